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

/**
 * @param {{ theme: string, scheme: string, values: Map<string, unknown> }} input
 * @returns {{ failures: string[], results: Array<ContrastPair & { ratio: number, fgValue: string, bgValue: string }> }}
 */
export function checkContrast({ theme, scheme, values }) {
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
    results.push({ ...pair, ratio, fgValue, bgValue });
    if (ratio + 1e-9 < pair.min) {
      failures.push(
        `contrast too low in theme "${theme}" (${scheme}): ${pair.fg} (${fgValue}) on ${pair.bg} (${bgValue}) ` +
          `is ${ratio.toFixed(2)}:1, needs at least ${pair.min}:1 for ${pair.reason}`,
      );
    }
  }
  return { failures, results };
}
