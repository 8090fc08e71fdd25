// The WCAG 2.x contrast gate: every semantic foreground/background pair in every theme × scheme.
import { contrastRatio } from './color.mjs';

const BACKGROUNDS = [
  'color.layout.background.level-1',
  'color.layout.background.level-2',
  'color.layout.background.level-3',
];
const TEXT = 4.5;
const NON_TEXT = 3;

/** @typedef {{ fg: string, bg: string, min: number, reason: string }} ContrastPair */

/** @returns {ContrastPair[]} */
export function contrastPairs() {
  /** @type {ContrastPair[]} */
  const pairs = [];
  const onBackgrounds = (fg, min, reason) =>
    BACKGROUNDS.forEach((bg) => pairs.push({ fg, bg, min, reason }));

  onBackgrounds('color.layout.text.default', TEXT, 'body text (WCAG 1.4.3)');
  onBackgrounds('color.layout.text.muted', TEXT, 'muted text (WCAG 1.4.3)');
  pairs.push({
    fg: 'color.layout.text.inverse',
    bg: 'color.layout.background.inverse',
    min: TEXT,
    reason: 'inverse text (WCAG 1.4.3)',
  });
  onBackgrounds('color.action.default', TEXT, 'links and tertiary buttons (WCAG 1.4.3)');
  onBackgrounds('color.action.hover', TEXT, 'hovered links (WCAG 1.4.3)');
  onBackgrounds('color.action.visited', TEXT, 'visited links (WCAG 1.4.3)');
  for (const state of ['default', 'hover', 'active'])
    pairs.push({
      fg: 'color.action.on-default',
      bg: `color.action.${state}`,
      min: TEXT,
      reason: `primary button text, ${state} (WCAG 1.4.3)`,
    });
  for (const state of ['background', 'hover', 'active'])
    pairs.push({
      fg: 'color.action.default',
      bg: `color.action.secondary.${state}`,
      min: TEXT,
      reason: `secondary button text, ${state} (WCAG 1.4.3)`,
    });
  pairs.push({
    fg: 'color.action.disabled.text',
    bg: 'color.action.disabled.background',
    min: TEXT,
    reason: 'disabled button text stays readable (aria-disabled pattern)',
  });
  for (const kind of ['info', 'success', 'warning', 'danger']) {
    pairs.push({
      fg: `color.feedback.${kind}.text`,
      bg: `color.feedback.${kind}.background`,
      min: TEXT,
      reason: `${kind} feedback text (WCAG 1.4.3)`,
    });
    pairs.push({
      fg: 'color.layout.text.default',
      bg: `color.feedback.${kind}.background`,
      min: TEXT,
      reason: `body text inside ${kind} feedback (WCAG 1.4.3)`,
    });
    pairs.push({
      fg: `color.feedback.${kind}.icon`,
      bg: `color.feedback.${kind}.background`,
      min: NON_TEXT,
      reason: `${kind} icon (WCAG 1.4.11)`,
    });
    pairs.push({
      fg: `color.feedback.${kind}.border`,
      bg: 'color.layout.background.level-1',
      min: NON_TEXT,
      reason: `${kind} border (WCAG 1.4.11)`,
    });
  }
  pairs.push({
    fg: 'color.form.input.text',
    bg: 'color.form.input.background',
    min: TEXT,
    reason: 'input text (WCAG 1.4.3)',
  });
  pairs.push({
    fg: 'color.form.input.placeholder',
    bg: 'color.form.input.background',
    min: TEXT,
    reason: 'placeholder text (WCAG 1.4.3)',
  });
  pairs.push({
    fg: 'color.form.input.border',
    bg: 'color.form.input.background',
    min: NON_TEXT,
    reason: 'input border (WCAG 1.4.11)',
  });
  onBackgrounds('color.form.input.border', NON_TEXT, 'input border against the page (WCAG 1.4.11)');
  onBackgrounds('color.form.error', TEXT, 'error messages (WCAG 1.4.3)');
  onBackgrounds('color.form.checked', NON_TEXT, 'checked checkbox and radio (WCAG 1.4.11)');
  onBackgrounds('color.focus.ring', NON_TEXT, 'focus ring (WCAG 1.4.11, 2.4.13)');
  onBackgrounds('color.layout.border.strong', NON_TEXT, 'strong borders of controls (WCAG 1.4.11)');
  return pairs;
}

const stepNumber = (/** @type {string} */ path) => Number(path.slice(path.lastIndexOf('.') + 1));

/**
 * The palette step nearest to `origin` (a brand palette step) that would pass, with its ratio.
 * @param {string} origin e.g. brand.color.primary.800
 * @param {Map<string, unknown>} values
 * @param {(candidate: string) => number} ratioWith
 * @param {number} min
 */
export function nearestPassingStep(origin, values, ratioWith, min) {
  const palette = origin.slice(0, origin.lastIndexOf('.'));
  const own = stepNumber(origin);
  const steps = [...values.keys()]
    .filter((p) => p.startsWith(`${palette}.`) && /^\d+$/.test(p.slice(palette.length + 1)))
    .sort((a, b) => stepNumber(a) - stepNumber(b));
  const index = steps.indexOf(origin);
  const byDistance = steps
    .map((step, i) => ({ step, distance: Math.abs(i - index) }))
    .filter((c) => c.step !== origin)
    .sort((a, b) => a.distance - b.distance || stepNumber(b.step) - stepNumber(a.step));
  for (const { step, distance } of byDistance) {
    const value = values.get(step);
    if (typeof value !== 'string') continue;
    const ratio = ratioWith(value);
    if (ratio + 1e-9 >= min) return { step, value, ratio, own, distance };
  }
  return undefined;
}

/**
 * @param {{ theme: string, scheme: string, values: Map<string, unknown>,
 *   origins?: Map<string, { token: string, file: string }> }} input
 * @returns {{ failures: string[], results: Array<ContrastPair & { ratio: number, fgValue: string, bgValue: string,
 *   failure?: string }> }} `failure`: the build's message for a pair below its minimum
 */
export function checkContrast({ theme, scheme, values, origins = new Map() }) {
  const failures = [];
  const results = [];
  for (const pair of contrastPairs()) {
    const fgValue = values.get(pair.fg);
    const bgValue = values.get(pair.bg);
    if (typeof fgValue !== 'string' || typeof bgValue !== 'string') {
      failures.push(
        `contrast: theme "${theme}" (${scheme}): cannot check ${pair.fg} on ${pair.bg}: token missing`,
      );
      continue;
    }
    const ratio = contrastRatio(fgValue, bgValue);
    if (ratio + 1e-9 < pair.min) {
      const failure =
        `contrast too low in theme "${theme}" (${scheme}): ${pair.fg} (${fgValue}) on ${pair.bg} (${bgValue}) ` +
        `is ${ratio.toFixed(2)}:1, needs at least ${pair.min}:1 for ${pair.reason}` +
        remedy(pair, { fgValue, bgValue, values, origins });
      failures.push(failure);
      results.push({ ...pair, ratio, fgValue, bgValue, failure });
    } else results.push({ ...pair, ratio, fgValue, bgValue });
  }
  return { failures, results };
}

/** What to edit: the brand step behind the failing token, its file and the nearest shade that passes. */
function remedy(
  /** @type {ContrastPair} */ pair,
  /** @type {{ fgValue: string, bgValue: string, values: Map<string, unknown>, origins: Map<string, { token: string, file: string }> }} */ {
    fgValue,
    bgValue,
    values,
    origins,
  },
) {
  const sides = [
    { token: pair.fg, ratioWith: (/** @type {string} */ c) => contrastRatio(c, bgValue) },
    { token: pair.bg, ratioWith: (/** @type {string} */ c) => contrastRatio(fgValue, c) },
  ];
  // Name the side whose nearest passing step is closest: for white text on a too-light button that is
  // the button's step, not the white.
  const options = sides.flatMap((side) => {
    const origin = origins.get(side.token);
    if (!origin) return [];
    const nearest = nearestPassingStep(origin.token, values, side.ratioWith, pair.min);
    return [{ side, origin, nearest, distance: nearest?.distance ?? Infinity }];
  });
  options.sort((a, b) => a.distance - b.distance);
  const best = options.find((o) => o.nearest) ? [options[0]] : options;
  const short = (/** @type {string} */ token) => token.replace(/^brand\.color\./, '');
  const notes = best.map(
    ({ side, origin, nearest }) =>
      `${side.token} comes from ${short(origin.token)} (${origin.token} in ${origin.file}); ` +
      (nearest
        ? `the nearest shade that passes is ${short(nearest.step)} (${nearest.value}, ${nearest.ratio.toFixed(2)}:1)`
        : `no step of ${origin.token.slice(0, origin.token.lastIndexOf('.'))} passes`),
  );
  return notes.length > 0 ? `. To fix: ${notes.join('; or ')}` : '';
}
