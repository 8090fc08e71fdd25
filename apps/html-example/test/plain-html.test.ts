// The page in index.html uses only @stadtkern/css classes and a theme — no React, no JavaScript.
// In real Chromium, for every theme × colour scheme: the styles apply and axe finds no violation.
import '@stadtkern/tokens/css/all.css';
import '@stadtkern/css/index.css';
import axe from 'axe-core';
import themes from '@stadtkern/tokens/themes.json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import page from '../index.html?raw';

const body = /<body>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '';

beforeAll(() => {
  // Test-only: the example page's markup is ours and static.
  document.body.innerHTML = body;
  document.documentElement.lang = 'de';
});

afterAll(() => {
  document.body.innerHTML = '';
});

const cases = themes.flatMap((t) =>
  (['light', 'dark'] as const).map((scheme) => [t.id, scheme] as const),
);

describe.each(cases)('plain HTML page in theme %s (%s)', (theme, scheme) => {
  beforeAll(async () => {
    document.documentElement.dataset.skTheme = theme;
    document.documentElement.dataset.skColorScheme = scheme;
    // Colour transitions run after a theme switch; measure the settled styles.
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
  });

  it('is styled by the component CSS and the theme tokens', () => {
    const button = document.querySelector('.sk-button');
    const input = document.querySelector('.sk-text-input__input');
    const checkbox = document.querySelector('.sk-checkbox__input');
    if (!button || !input || !checkbox)
      throw new Error('example page is missing its button, input or checkbox');
    const root = getComputedStyle(document.documentElement);
    const action = root.getPropertyValue('--sk-color-action-default').trim();
    expect(action).toMatch(/^#[0-9a-f]{6}$/);
    const toRgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => String(parseInt(hex.slice(i, i + 2), 16))).join(', ')})`;
    expect(getComputedStyle(button).backgroundColor).toBe(toRgb(action));
    expect(Number.parseFloat(getComputedStyle(input).minHeight)).toBeGreaterThanOrEqual(44);
    expect(checkbox.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
  });

  it('has no axe violations (WCAG 2.2 A/AA, including colour contrast)', async () => {
    const results = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
});
