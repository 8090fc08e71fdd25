// The WCAG 2.x contrast gate: every semantic foreground/background pair in every theme × scheme. The pairs include
// every pair a component of @stadtkern/css declares in its src/components/<name>.pairs.json: the CSS build fails
// when a declared pair is missing here (packages/css/scripts/contrast-pairs.mjs), naming the component. The gate returns
// data (each pair with its ratio, its minimum and, for a failing pair, the brand step to change and the nearest step
// that passes); `contrastProblems` phrases it as the build's English messages, the Theme-Werkstatt in German.
import { contrastRatio, stepsByDistance } from './color.mjs';

const BACKGROUNDS = [
  'color.layout.background.level-1',
  'color.layout.background.level-2',
  'color.layout.background.level-3',
];
/** WCAG 1.4.3: the minimum contrast of text. */
export const TEXT_CONTRAST = 4.5;
/** WCAG 1.4.11: the minimum contrast of borders, icons and the focus ring. */
export const NON_TEXT_CONTRAST = 3;

/** @typedef {{ fg: string, bg: string, min: number, reason: string }} ContrastPair */

/** @returns {ContrastPair[]} */
export function contrastPairs() {
  /** @type {ContrastPair[]} */
  const pairs = [];
  const onBackgrounds = (fg, min, reason) =>
    BACKGROUNDS.forEach((bg) => pairs.push({ fg, bg, min, reason }));

  onBackgrounds('color.layout.text.default', TEXT_CONTRAST, 'body text (WCAG 1.4.3)');
  onBackgrounds('color.layout.text.muted', TEXT_CONTRAST, 'muted text (WCAG 1.4.3)');
  pairs.push({
    fg: 'color.layout.text.inverse',
    bg: 'color.layout.background.inverse',
    min: TEXT_CONTRAST,
    reason: 'inverse text (WCAG 1.4.3)',
  });
  onBackgrounds('color.action.default', TEXT_CONTRAST, 'links and tertiary buttons (WCAG 1.4.3)');
  onBackgrounds('color.action.hover', TEXT_CONTRAST, 'hovered links (WCAG 1.4.3)');
  onBackgrounds('color.action.visited', TEXT_CONTRAST, 'visited links (WCAG 1.4.3)');
  for (const state of ['background', 'hover', 'active'])
    pairs.push({
      fg: 'color.action.on-default',
      bg: `color.action.primary.${state}`,
      min: TEXT_CONTRAST,
      reason: `primary button text, ${state === 'background' ? 'default' : state} (WCAG 1.4.3)`,
    });
  for (const state of ['background', 'hover', 'active'])
    onBackgrounds(
      `color.action.primary.${state}`,
      NON_TEXT_CONTRAST,
      `primary button against the page, ${state === 'background' ? 'default' : state} (WCAG 1.4.11)`,
    );
  for (const state of ['background', 'hover', 'active'])
    pairs.push({
      fg: 'color.action.default',
      bg: `color.action.secondary.${state}`,
      min: TEXT_CONTRAST,
      reason: `secondary button text, ${state} (WCAG 1.4.3)`,
    });
  pairs.push({
    fg: 'color.action.disabled.text',
    bg: 'color.action.disabled.background',
    min: TEXT_CONTRAST,
    reason: 'disabled button text stays readable (aria-disabled pattern)',
  });
  for (const kind of ['info', 'success', 'warning', 'danger']) {
    pairs.push({
      fg: `color.feedback.${kind}.text`,
      bg: `color.feedback.${kind}.background`,
      min: TEXT_CONTRAST,
      reason: `${kind} feedback text (WCAG 1.4.3)`,
    });
    pairs.push({
      fg: 'color.layout.text.default',
      bg: `color.feedback.${kind}.background`,
      min: TEXT_CONTRAST,
      reason: `body text inside ${kind} feedback (WCAG 1.4.3)`,
    });
    pairs.push({
      fg: `color.feedback.${kind}.icon`,
      bg: `color.feedback.${kind}.background`,
      min: NON_TEXT_CONTRAST,
      reason: `${kind} icon (WCAG 1.4.11)`,
    });
    onBackgrounds(
      `color.feedback.${kind}.border`,
      NON_TEXT_CONTRAST,
      `${kind} border (WCAG 1.4.11)`,
    );
  }
  pairs.push({
    fg: 'color.form.input.text',
    bg: 'color.form.input.background',
    min: TEXT_CONTRAST,
    reason: 'input text (WCAG 1.4.3)',
  });
  pairs.push({
    fg: 'color.form.input.placeholder',
    bg: 'color.form.input.background',
    min: TEXT_CONTRAST,
    reason: 'placeholder text (WCAG 1.4.3)',
  });
  pairs.push({
    fg: 'color.form.input.border',
    bg: 'color.form.input.background',
    min: NON_TEXT_CONTRAST,
    reason: 'input border (WCAG 1.4.11)',
  });
  onBackgrounds(
    'color.form.input.border',
    NON_TEXT_CONTRAST,
    'input border against the page (WCAG 1.4.11)',
  );
  pairs.push({
    fg: 'color.form.input.text',
    bg: 'color.form.input.disabled-background',
    min: TEXT_CONTRAST,
    reason: 'text in a disabled or read-only input stays readable (WCAG 1.4.3)',
  });
  pairs.push({
    fg: 'color.form.input.border',
    bg: 'color.form.input.disabled-background',
    min: NON_TEXT_CONTRAST,
    reason: 'border of a disabled or read-only input (WCAG 1.4.11)',
  });
  pairs.push({
    fg: 'color.action.default',
    bg: 'color.form.input.background',
    min: NON_TEXT_CONTRAST,
    reason: 'button border inside a file input (WCAG 1.4.11)',
  });
  onBackgrounds('color.form.error', TEXT_CONTRAST, 'error messages (WCAG 1.4.3)');
  pairs.push({
    fg: 'color.form.checked',
    bg: 'color.form.input.background',
    min: NON_TEXT_CONTRAST,
    reason: 'dot of a checked radio (WCAG 1.4.11)',
  });
  pairs.push({
    fg: 'color.action.on-default',
    bg: 'color.form.checked',
    min: NON_TEXT_CONTRAST,
    reason: 'check mark of a checked checkbox (WCAG 1.4.11)',
  });
  onBackgrounds(
    'color.form.checked',
    NON_TEXT_CONTRAST,
    'checked checkbox and radio (WCAG 1.4.11)',
  );
  onBackgrounds('color.focus.ring', NON_TEXT_CONTRAST, 'focus ring (WCAG 1.4.11, 2.4.13)');
  pairs.push({
    fg: 'color.layout.background.level-1',
    bg: 'color.layout.text.default',
    min: TEXT_CONTRAST,
    reason: 'the „!“ of the warning text icon, page colour on text colour (WCAG 1.4.3)',
  });
  onBackgrounds(
    'color.layout.border.strong',
    NON_TEXT_CONTRAST,
    'strong borders of controls (WCAG 1.4.11)',
  );
  return pairs;
}

/**
 * The palette step nearest to `origin` (a brand palette step) that would pass, with its ratio.
 * @param {string} origin e.g. brand.color.primary.800
 * @param {Map<string, unknown>} values
 * @param {(candidate: string) => number} ratioWith
 * @param {number} min
 * @returns {NearestStep | undefined}
 */
export function nearestPassingStep(origin, values, ratioWith, min) {
  const palette = origin.slice(0, origin.lastIndexOf('.'));
  const stepOf = (/** @type {string} */ path) => path.slice(palette.length + 1);
  const steps = [...values.keys()]
    .filter((path) => path.startsWith(`${palette}.`) && /^\d+$/.test(stepOf(path)))
    .map(stepOf)
    .sort((a, b) => Number(a) - Number(b));
  for (const { step, distance } of stepsByDistance(steps, stepOf(origin))) {
    const value = values.get(`${palette}.${step}`);
    if (typeof value !== 'string') continue;
    const ratio = ratioWith(value);
    if (ratio + 1e-9 >= min) return { step: `${palette}.${step}`, value, ratio, distance };
  }
  return undefined;
}

/**
 * @typedef {{ step: string, value: string, ratio: number, distance: number }} NearestStep
 *   step: the token path of the passing step (brand.color.primary.900); distance: how many steps away
 * @typedef {{ token: string, origin: string, file: string, nearest?: NearestStep }} ContrastFix
 *   token: the pair's side to change (color.action.default); origin: the brand palette step it comes from
 *   (brand.color.primary.800) and the file that defines it; nearest: the nearest step that passes, if any
 * @typedef {ContrastPair & { ratio: number, fgValue: string, bgValue: string, passes: boolean,
 *   fixes: ContrastFix[] }} PairResult
 *   fixes: for a failing pair, what to edit (one side, or both when neither side has a passing step)
 * @typedef {{ theme: string, scheme: string, results: PairResult[], missing: ContrastPair[] }} ContrastCheck
 *   missing: pairs that could not be checked because a token is missing
 */

/**
 * Checks every pair of one theme × scheme.
 * @param {{ theme: string, scheme: string, values: Map<string, unknown>,
 *   origins?: Map<string, { token: string, file: string }> }} input
 * @returns {ContrastCheck}
 */
export function checkContrast({ theme, scheme, values, origins = new Map() }) {
  /** @type {PairResult[]} */
  const results = [];
  /** @type {ContrastPair[]} */
  const missing = [];
  for (const pair of contrastPairs()) {
    const fgValue = values.get(pair.fg);
    const bgValue = values.get(pair.bg);
    if (typeof fgValue !== 'string' || typeof bgValue !== 'string') {
      missing.push(pair);
      continue;
    }
    const ratio = contrastRatio(fgValue, bgValue);
    const passes = ratio + 1e-9 >= pair.min;
    results.push({
      ...pair,
      ratio,
      fgValue,
      bgValue,
      passes,
      fixes: passes ? [] : fixes(pair, { fgValue, bgValue, values, origins }),
    });
  }
  return { theme, scheme, results, missing };
}

/** What to edit: the brand step behind the failing token, its file and the nearest step that passes. */
function fixes(
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
    return [
      {
        token: side.token,
        origin: origin.token,
        file: origin.file,
        ...(nearest ? { nearest } : {}),
      },
    ];
  });
  options.sort((a, b) => (a.nearest?.distance ?? Infinity) - (b.nearest?.distance ?? Infinity));
  return options.some((o) => o.nearest) ? options.slice(0, 1) : options;
}

/** A palette step without the `brand.color.` prefix, as the messages show it: primary.800. */
export const shortStep = (/** @type {string} */ token) => token.replace(/^brand\.color\./, '');

/**
 * The build's English messages for one check: one per pair below its minimum or not checkable.
 * @param {ContrastCheck} check
 * @returns {string[]}
 */
export function contrastProblems({ theme, scheme, results, missing }) {
  return [
    ...missing.map(
      (pair) =>
        `contrast: theme "${theme}" (${scheme}): cannot check ${pair.fg} on ${pair.bg}: token missing`,
    ),
    ...results.filter((r) => !r.passes).map((r) => contrastProblem(theme, scheme, r)),
  ];
}

/** The build's English message for a failing pair: the pair, its ratio and minimum, and what to edit. */
function contrastProblem(
  /** @type {string} */ theme,
  /** @type {string} */ scheme,
  /** @type {PairResult} */ r,
) {
  const notes = r.fixes.map(
    ({ token, origin, file, nearest }) =>
      `${token} comes from ${shortStep(origin)} (${origin} in ${file}); ` +
      (nearest
        ? `the nearest shade that passes is ${shortStep(nearest.step)} (${nearest.value}, ${nearest.ratio.toFixed(2)}:1)`
        : `no step of ${origin.slice(0, origin.lastIndexOf('.'))} passes`),
  );
  return (
    `contrast too low in theme "${theme}" (${scheme}): ${r.fg} (${r.fgValue}) on ${r.bg} (${r.bgValue}) ` +
    `is ${r.ratio.toFixed(2)}:1, needs at least ${r.min}:1 for ${r.reason}` +
    (notes.length > 0 ? `. To fix: ${notes.join('; or ')}` : '')
  );
}
