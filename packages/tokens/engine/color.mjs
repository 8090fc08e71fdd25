// Colour helpers for the token build and the theme command, on colorjs.io:
// hex parsing, WCAG 2.1 contrast and OKLCH palettes. No colour maths of our own. Also the palette steps of a
// theme's brand tokens and their order by distance, which the contrast gate and the theme command share.
import Color from 'colorjs.io';

const HEX_RE = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** @param {unknown} value @returns {value is string} */
export function isHexColor(value) {
  return typeof value === 'string' && HEX_RE.test(value);
}

/** @param {string} hex */
function parse(hex) {
  if (!isHexColor(hex)) throw new TypeError(`Not a hex colour: ${String(hex)}`);
  return new Color(hex);
}

/** sRGB hex (#rrggbb) of a colour, mapped into the sRGB gamut first (CSS Color 4 gamut mapping). */
export function toHex(/** @type {Color} */ color) {
  return color.to('srgb').toGamut({ space: 'srgb' }).toString({ format: 'hex', collapse: false });
}

/** Composites a translucent colour over an opaque one (source-over in sRGB). */
function over(/** @type {Color} */ fg, /** @type {Color} */ bg) {
  if (fg.alpha >= 1) return fg;
  const opaque = fg.clone();
  opaque.alpha = 1;
  return bg.mix(opaque, Number(fg.alpha), { space: 'srgb' });
}

/**
 * WCAG 2.1 contrast ratio (1..21); a translucent background is composited over white,
 * a translucent foreground over the background.
 * @param {string} fg @param {string} bg
 */
export function contrastRatio(fg, bg) {
  const background = over(parse(bg), new Color('#ffffff'));
  return over(parse(fg), background).contrast(background, 'WCAG21');
}

/** @param {string} hex @returns {{ l: number, c: number, h: number }} OKLCH coordinates */
export function hexToOklch(hex) {
  const [l, c, h] = parse(hex).to('oklch').coords;
  return { l: Number(l), c: Number(c), h: Number.isNaN(Number(h)) ? 0 : Number(h) };
}

/** OKLCH to #rrggbb, gamut-mapped into sRGB. */
export function oklchToHex(
  /** @type {number} */ l,
  /** @type {number} */ c,
  /** @type {number} */ h,
) {
  return toHex(new Color('oklch', [l, c, h]));
}

/** Palette steps and the OKLCH lightness each one targets. */
export const SCALE_STEPS = /** @type {const} */ ({
  50: 0.975,
  100: 0.94,
  200: 0.87,
  300: 0.79,
  400: 0.7,
  500: 0.61,
  600: 0.53,
  700: 0.45,
  800: 0.37,
  900: 0.29,
  950: 0.21,
});
export const PALETTE_STEPS = Object.keys(SCALE_STEPS).sort((a, b) => Number(a) - Number(b));

/** The palette step whose target lightness is nearest to the colour's OKLCH lightness. */
export function nearestStep(/** @type {string} */ hex) {
  const { l } = hexToOklch(hex);
  return PALETTE_STEPS.reduce((best, step) =>
    Math.abs(SCALE_STEPS[step] - l) < Math.abs(SCALE_STEPS[best] - l) ? step : best,
  );
}

/**
 * An 11-step palette around a seed colour: hue kept, lightness fixed per step,
 * chroma following the seed and tapering towards white and black.
 * @param {string} seed hex colour
 * @param {{ chroma?: number }} [options] override the seed's chroma (0 gives greys)
 * @returns {Record<string, string>}
 */
export function paletteFromSeed(seed, options = {}) {
  const { c, h } = hexToOklch(seed);
  const chroma = options.chroma ?? c;
  /** @type {Record<string, string>} */
  const out = {};
  for (const step of PALETTE_STEPS) {
    const l = SCALE_STEPS[step];
    const taper = 1 - Math.abs(l - 0.5) * 1.1;
    out[step] = oklchToHex(l, Math.max(0, chroma * taper), h);
  }
  return out;
}

/** A brand palette step such as brand.color.primary.800 (not a role, which only points at one). */
export const PALETTE_STEP_RE = /^brand\.color\.(?!role\.)([a-z-]+)\.(\d+)$/;
const PALETTE_FIRST = ['primary', 'neutral'];

/**
 * The brand palette steps among a theme's resolved values, primary and neutral first, steps in ascending order.
 * @param {Map<string, unknown>} values resolved value by token path
 * @returns {Array<[string, string]>}
 */
export function paletteSteps(values) {
  const rank = (/** @type {string} */ name) =>
    PALETTE_FIRST.includes(name) ? PALETTE_FIRST.indexOf(name) : PALETTE_FIRST.length;
  return [...values]
    .map(([path, value]) => ({ path, value: String(value), match: PALETTE_STEP_RE.exec(path) }))
    .filter((s) => s.match)
    .sort((a, b) => {
      const [, nameA, stepA] = /** @type {RegExpExecArray} */ (a.match);
      const [, nameB, stepB] = /** @type {RegExpExecArray} */ (b.match);
      return (
        rank(nameA) - rank(nameB) || nameA.localeCompare(nameB) || Number(stepA) - Number(stepB)
      );
    })
    .map((s) => /** @type {[string, string]} */ ([s.path, s.value]));
}

/**
 * The other steps of a palette, nearest to `origin` first; of two at the same distance the darker (higher) step
 * first. Where a colour fails, the nearest step that passes is the smallest change to the design.
 * @param {string[]} steps step numbers in ascending order, e.g. PALETTE_STEPS
 * @param {string} origin one of `steps`
 * @returns {Array<{ step: string, distance: number }>}
 */
export function stepsByDistance(steps, origin) {
  const index = steps.indexOf(origin);
  return steps
    .map((step, i) => ({ step, distance: Math.abs(i - index) }))
    .filter((c) => c.step !== origin)
    .sort((a, b) => a.distance - b.distance || Number(b.step) - Number(a.step));
}
