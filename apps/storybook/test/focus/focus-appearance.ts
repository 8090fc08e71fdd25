// Focus appearance (WCAG 2.4.7 Focus Visible, 2.4.11 Focus Not Obscured, 2.4.13 Focus Appearance) for what
// a story renders, measured in the browser by computed styles: each element a keyboard user can reach is
// focused after a real key press (so `:focus-visible` applies) and must
//   - match `:focus-visible`,
//   - show an indicator: a style that changes on focus (outline, box-shadow, border or background of the
//     element, its ::before/::after, or its parent), at least MIN_WIDTH_PX thick when it is a line,
//   - have ≥ 3:1 contrast between the indicator's colour and the colour next to it (the background it is
//     drawn on, and for a changed border or background: the colour the same pixels had before),
//   - not be hidden: the element (or its label) is what the browser finds at the element's position.
// Runs after every story test in every theme × scheme (./vitest.setup.ts); the fixtures in
// ../a11y-fixtures prove it fails (scripts/check-a11y-gate.mjs).

/** The thinnest outline, border or shadow spread that counts as an indicator (2.4.13: a 2 CSS px perimeter). */
export const MIN_WIDTH_PX = 2;
/** WCAG's non-text contrast. */
export const MIN_CONTRAST = 3;

type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas');
canvas.width = 1;
canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true });

/** Any CSS colour (rgb(), color(srgb …), oklch(), a system colour) as 0–255 RGBA, via the canvas. */
function rgba(colour: string): Rgba {
  if (!context) throw new Error('no 2d canvas');
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` drawn over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The opaque colour behind `element`'s content: its own background and its ancestors', composited. */
function backgroundOf(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let e = element; e; e = e.parentElement) {
    const colour = rgba(getComputedStyle(e).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  const canvasColour: Rgba =
    getComputedStyle(document.documentElement).colorScheme.includes('dark') &&
    !layers.some((l) => l[3] >= 1)
      ? [18, 18, 18, 1]
      : [255, 255, 255, 1];
  return layers.reduceRight<Rgba>((bottom, top) => over(top, bottom), canvasColour);
}

/** The parts of a style that can show focus. */
const PROPERTIES = [
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'box-shadow',
  'border-top-color',
  'border-top-width',
  'border-top-style',
  'background-color',
  'text-decoration-line',
] as const;
type Snapshot = Record<(typeof PROPERTIES)[number], string>;

function snapshot(element: Element, pseudo: string | null): Snapshot {
  const style = getComputedStyle(element, pseudo);
  return Object.fromEntries(PROPERTIES.map((p) => [p, style.getPropertyValue(p)])) as Snapshot;
}

function name(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const cls = typeof element.className === 'string' ? element.className.trim() : '';
  const label =
    element.getAttribute('aria-label') ??
    ((element as HTMLElement).innerText as string | undefined)
      ?.trim()
      .split('\n')[0]
      ?.slice(0, 30) ??
    '';
  return `${tag}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}${label ? ` „${label}“` : ''}`;
}

/** Elements a keyboard user can focus (Tab, or arrow keys within a radio group), visible and not inert. */
export function keyboardFocusable(root: Element): HTMLElement[] {
  const selector = [
    'a[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    '[tabindex]',
    '[contenteditable="true"]',
  ].join(',');
  const modal = root.ownerDocument.querySelector('dialog:modal');
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((element) => {
    if (element.matches(':disabled') || element.tabIndex < 0) return false;
    if (element.closest('[inert]')) return false;
    if (modal && !modal.contains(element)) return false;
    if (element.matches('summary') && element.parentElement?.querySelector('summary') !== element)
      return false;
    // Inside a closed <details> or hidden: not reachable.
    const closed = element.closest('details:not([open])');
    if (closed && !closed.querySelector(':scope > summary')?.contains(element)) return false;
    return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  });
}

interface Change {
  where: string;
  before: Snapshot;
  after: Snapshot;
  host: Element;
}

function px(value: string): number {
  return Number.parseFloat(value) || 0;
}

/** The indicator of one focused element: what changed, and the problems with it. */
function judge(element: HTMLElement, changes: Change[]): string[] {
  const label = name(element);
  if (changes.length === 0)
    return [`${label}: no visible focus indicator (nothing changes on focus)`];
  const problems: string[] = [];
  let passing = false;
  for (const { where, before, after, host } of changes) {
    const behind = backgroundOf(host.parentElement ?? host);
    const own = backgroundOf(host);
    const found: string[] = [];
    if (
      after['outline-style'] !== 'none' &&
      px(after['outline-width']) > 0 &&
      (after['outline-style'] !== before['outline-style'] ||
        after['outline-width'] !== before['outline-width'] ||
        after['outline-color'] !== before['outline-color'])
    ) {
      const colour = rgba(after['outline-color']);
      // An outline drawn outside the box sits on the parent's background; an inset one on the element's own.
      const next = px(after['outline-offset']) < 0 ? own : behind;
      const ratio = contrast(over(colour, next), next);
      if (after['outline-style'] === 'auto') {
        passing = true; // the browser's own two-tone ring
        continue;
      }
      if (px(after['outline-width']) < MIN_WIDTH_PX) {
        found.push(`outline of ${after['outline-width']} is thinner than ${MIN_WIDTH_PX}px`);
      }
      if (ratio < MIN_CONTRAST) {
        found.push(
          `focus indicator has ${ratio.toFixed(2)}:1 contrast (outline ${after['outline-color']} on ${rgbText(next)}), needs ${MIN_CONTRAST}:1`,
        );
      }
      if (found.length === 0) passing = true;
    } else if (after['box-shadow'] !== before['box-shadow'] && after['box-shadow'] !== 'none') {
      // The shadows' colours, each against the background it is drawn on.
      const shadows = after['box-shadow'].split(/,(?![^(]*\))/);
      const best = Math.max(
        ...shadows.map((shadow) => {
          const colour = /(rgba?\([^)]*\)|color\([^)]*\)|oklch\([^)]*\)|#[0-9a-f]+)/i.exec(
            shadow,
          )?.[1];
          const next = shadow.includes('inset') ? own : behind;
          return colour ? contrast(over(rgba(colour), next), next) : 0;
        }),
      );
      if (best < MIN_CONTRAST) {
        found.push(
          `focus indicator has ${best.toFixed(2)}:1 contrast (box-shadow ${after['box-shadow']}), needs ${MIN_CONTRAST}:1`,
        );
      } else passing = true;
    } else if (
      after['border-top-color'] !== before['border-top-color'] &&
      after['border-top-style'] !== 'none'
    ) {
      const was = over(rgba(before['border-top-color']), behind);
      const now = over(rgba(after['border-top-color']), behind);
      const ratio = Math.min(contrast(was, now), contrast(now, behind));
      if (px(after['border-top-width']) < MIN_WIDTH_PX || ratio < MIN_CONTRAST) {
        found.push(
          `focus indicator is a border change of ${ratio.toFixed(2)}:1 at ${after['border-top-width']}, needs ${MIN_CONTRAST}:1 and ${MIN_WIDTH_PX}px`,
        );
      } else passing = true;
    } else if (after['background-color'] !== before['background-color']) {
      const was = over(rgba(before['background-color']), behind);
      const now = over(rgba(after['background-color']), behind);
      const ratio = contrast(was, now);
      if (ratio < MIN_CONTRAST) {
        found.push(
          `focus indicator is a background change of ${ratio.toFixed(2)}:1 (${before['background-color']} → ${after['background-color']}), needs ${MIN_CONTRAST}:1`,
        );
      } else passing = true;
    } else if (after['text-decoration-line'] !== before['text-decoration-line']) {
      found.push('focus indicator is only a text decoration (not a 2 px perimeter)');
    }
    problems.push(...found.map((f) => `${label}${where}: ${f}`));
  }
  return passing ? [] : problems.length > 0 ? problems : [`${label}: no visible focus indicator`];
}

function rgbText([r, g, b]: Rgba): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** 2.4.11: what the browser finds at the element's position is the element, inside it, or its label. */
function obscured(element: HTMLElement): string | undefined {
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return undefined; // drawn by its label or a pseudo-element
  const points: [number, number][] = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2],
    [box.right - 2, box.bottom - 2],
  ];
  const labels = [...((element as HTMLInputElement).labels ?? [])];
  let cover: Element | null = null;
  for (const [x, y] of points) {
    const hit = element.ownerDocument.elementFromPoint(x, y);
    if (
      !hit ||
      element.contains(hit) ||
      hit.contains(element) ||
      labels.some((l) => l.contains(hit))
    ) {
      return undefined;
    }
    cover = hit;
  }
  return cover ? `${name(element)}: hidden behind ${name(cover)} when focused` : undefined;
}

/**
 * Focuses each keyboard-focusable element under `root` and lists the focus-appearance problems.
 * `pressKey` must send a real key press (so the browser treats focus as keyboard focus).
 */
export async function focusAppearanceProblems(
  root: Element,
  pressKey: () => Promise<void>,
): Promise<string[]> {
  const elements = keyboardFocusable(root);
  if (elements.length === 0) return [];
  const problems: string[] = [];
  const previous = document.activeElement as HTMLElement | null;
  // Measure the focused state itself, not a transition towards it.
  const still = document.createElement('style');
  still.textContent = '*, *::before, *::after { transition: none !important; }';
  document.head.append(still);
  await pressKey();
  for (const element of elements) {
    (document.activeElement as HTMLElement | null)?.blur();
    const hosts: [Element, string | null, string][] = [
      [element, null, ''],
      [element, '::before', '::before'],
      [element, '::after', '::after'],
    ];
    if (element.parentElement) hosts.push([element.parentElement, null, ' (its parent)']);
    const before = hosts.map(([e, pseudo]) => snapshot(e, pseudo));
    element.focus({ preventScroll: false });
    if (document.activeElement !== element) {
      problems.push(`${name(element)}: cannot be focused`);
      continue;
    }
    if (!element.matches(':focus-visible')) {
      problems.push(`${name(element)}: does not match :focus-visible when focused by keyboard`);
      continue;
    }
    const changes: Change[] = [];
    hosts.forEach(([host, pseudo, where], i) => {
      const after = snapshot(host, pseudo);
      const was = before[i];
      if (was && PROPERTIES.some((p) => p !== 'outline-offset' && after[p] !== was[p])) {
        changes.push({ where, before: was, after, host });
      }
    });
    problems.push(...judge(element, changes));
    const hidden = obscured(element);
    if (hidden) problems.push(hidden);
  }
  (document.activeElement as HTMLElement | null)?.blur();
  previous?.focus({ preventScroll: true });
  still.remove();
  return problems;
}
