// The pages in index.html (a form) and service.html (a whole service page: Kopfzeile, Header, Breadcrumb,
// „Angaben prüfen“, Footer) use only @stadtkern/css classes and a theme — no React, no JavaScript;
// interactive.html adds every interactive component, enhanced by @stadtkern/web.
// In real Chromium, in the selected themes (KERN and one further theme per run, vitest.config.ts) × colour
// scheme: the styles apply and axe finds no violation.
import '@stadtkern/tokens/css/all.css';
import '@stadtkern/css/index.css';
import { start } from '@stadtkern/web';
import axe from 'axe-core';
import themes from '@stadtkern/tokens/themes.json';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { page } from 'vitest/browser';
import formPage from '../index.html?raw';
import interactivePage from '../interactive.html?raw';
import servicePage from '../service.html?raw';

function showBody(html: string, file: string) {
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1];
  if (!body) throw new Error(`${file} has no <body>`);
  // Test-only: the example pages' markup is ours and static.
  document.body.innerHTML = body;
  document.documentElement.lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
}

afterAll(() => {
  document.body.innerHTML = '';
});

declare module 'vitest' {
  export interface ProvidedContext {
    themes: string[];
  }
}

const selected = inject('themes');
const unknown = selected.filter((id) => !themes.some((t) => t.id === id));
if (selected.length === 0 || unknown.length > 0) {
  throw new Error(`vitest.config.ts selects no theme or an unknown one: ${unknown.join(', ')}`);
}
const cases = selected.flatMap((id) =>
  (['light', 'dark'] as const).map((scheme) => [id, scheme] as const),
);

async function useTheme(theme: string, scheme: string) {
  document.documentElement.dataset.skTheme = theme;
  document.documentElement.dataset.skColorScheme = scheme;
  // Colour transitions run after a theme switch; measure the settled styles.
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}

async function axeViolations() {
  const results = await axe.run(document, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('index.html (form page)', () => {
  beforeAll(() => {
    showBody(formPage, 'index.html');
  });

  describe.each(cases)('in theme %s (%s)', (theme, scheme) => {
    beforeAll(() => useTheme(theme, scheme));

    it('is styled by the component CSS and the theme tokens', () => {
      const button = document.querySelector('.sk-button');
      const input = document.querySelector('.sk-text-input__input');
      const checkbox = document.querySelector('.sk-checkbox__input');
      if (!button || !input || !checkbox)
        throw new Error('example page is missing its button, input or checkbox');
      const root = getComputedStyle(document.documentElement);
      const action = root.getPropertyValue('--sk-color-action-primary-background').trim();
      expect(action).toMatch(/^#[0-9a-f]{6}$/);
      const toRgb = (hex: string) =>
        `rgb(${[1, 3, 5].map((i) => String(parseInt(hex.slice(i, i + 2), 16))).join(', ')})`;
      expect(getComputedStyle(button).backgroundColor).toBe(toRgb(action));
      expect(Number.parseFloat(getComputedStyle(input).minHeight)).toBeGreaterThanOrEqual(44);
      expect(checkbox.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
    });

    it('has no axe violations (WCAG 2.2 A/AA, including colour contrast)', async () => {
      expect(await axeViolations()).toEqual([]);
    });
  });
});

describe('service.html (service page)', () => {
  beforeAll(async () => {
    showBody(servicePage, 'service.html');
    // Wide enough that the service navigation is shown without the „Menü“ toggle, so axe checks it.
    await page.viewport(1280, 900);
  });

  it('has lang="de" and a skip link to the main landmark', () => {
    expect(document.documentElement.lang).toBe('de');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' }).element();
    const target = document.querySelector(skip.getAttribute('href') ?? '');
    expect(target).toBe(page.getByRole('main').element());
  });

  it('has the landmarks banner, named navigations, main, contentinfo and the Kopfzeile region', () => {
    expect(page.getByRole('banner').elements()).toHaveLength(1);
    expect(page.getByRole('main').elements()).toHaveLength(1);
    expect(page.getByRole('contentinfo').elements()).toHaveLength(1);
    expect(
      page.getByRole('region', { name: 'Offizielle Website der Stadt Musterstadt' }).elements(),
    ).toHaveLength(1);
    const navigations = page
      .getByRole('navigation')
      .elements()
      .map((nav) => nav.getAttribute('aria-label'));
    expect(navigations).toEqual(['Servicenavigation', 'Brotkrumennavigation']);
    const current = page
      .getByRole('navigation', { name: 'Servicenavigation' })
      .getByRole('link', { name: 'Meine Anträge' })
      .element();
    expect(current.getAttribute('aria-current')).toBe('page');
  });

  it('names every „Ändern“ link of the summary list after its key', () => {
    const keys = [...document.querySelectorAll('.sk-summary-list__row')]
      .filter((row) => row.querySelector('.sk-summary-list__actions'))
      .map((row) => row.querySelector('.sk-summary-list__key')?.textContent ?? '');
    expect(keys).toEqual(['Name', 'Geburtsdatum', 'Anschrift', 'Kennzeichen', 'Fahrzeughalterin']);
    for (const key of keys) {
      expect(
        page.getByRole('link', { name: `Ändern ${key}`, exact: true }).elements(),
      ).toHaveLength(1);
    }
    expect(page.getByRole('link', { name: 'Ändern', exact: true }).elements()).toHaveLength(0);
  });

  it('has the footer links a municipal site needs', () => {
    const footer = page.getByRole('contentinfo');
    for (const name of [
      'Impressum',
      'Datenschutz',
      'Erklärung zur Barrierefreiheit',
      'Kontakt',
      'Leichte Sprache',
      'Gebärdensprache',
    ]) {
      expect(footer.getByRole('link', { name, exact: true }).elements()).toHaveLength(1);
    }
  });

  it('does not scroll horizontally at 320 CSS px, with both <details> open', async () => {
    await page.viewport(320, 640);
    try {
      for (const details of document.querySelectorAll('details')) details.open = true;
      const root = document.documentElement;
      expect(root.clientWidth).toBe(320);
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    } finally {
      for (const details of document.querySelectorAll('details')) details.open = false;
      await page.viewport(1280, 900);
    }
  });

  describe.each(cases)('in theme %s (%s)', (theme, scheme) => {
    beforeAll(() => useTheme(theme, scheme));

    it('has no axe violations (WCAG 2.2 A/AA, including colour contrast), closed and open', async () => {
      expect(await axeViolations()).toEqual([]);
      // The Kopfzeile's explanation is hidden until opened; check its colours too.
      for (const details of document.querySelectorAll('details')) details.open = true;
      try {
        expect(await axeViolations()).toEqual([]);
      } finally {
        for (const details of document.querySelectorAll('details')) details.open = false;
      }
    });
  });
});

describe('interactive.html (every interactive component)', () => {
  let stop: () => void = () => undefined;
  beforeAll(async () => {
    await page.viewport(1280, 900);
  });
  afterAll(() => {
    stop();
  });

  describe.each(cases)('in theme %s (%s)', (theme, scheme) => {
    beforeAll(async () => {
      // Fresh markup per theme: first as the server sends it, then enhanced.
      stop();
      showBody(interactivePage, 'interactive.html');
      await useTheme(theme, scheme);
    });

    it('has no axe violations as the server sends it (no JavaScript)', async () => {
      expect(await axeViolations()).toEqual([]);
    });

    it('has no axe violations enhanced by @stadtkern/web, closed and with everything open', async () => {
      stop = start();
      expect(document.querySelector('[role="tablist"]')).not.toBeNull();
      expect(await axeViolations()).toEqual([]);
      for (const details of document.querySelectorAll('details')) details.open = true;
      const dialog = document.querySelector('dialog');
      dialog?.showModal();
      try {
        expect(await axeViolations()).toEqual([]);
      } finally {
        dialog?.close();
        for (const details of document.querySelectorAll('details')) details.open = false;
      }
    });
  });
});
