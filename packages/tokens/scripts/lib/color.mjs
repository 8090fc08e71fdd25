// Colour maths for the token build: sRGB hex parsing, WCAG 2.x contrast, OKLCH palettes.
// Plain ESM with JSDoc types so the build runs without a compile step.

/** @typedef {{ r: number, g: number, b: number, a: number }} Rgba channels 0..1 */

const HEX_RE = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** @param {unknown} value @returns {value is string} */
export function isHexColor(value) {
  return typeof value === 'string' && HEX_RE.test(value);
}

/**
 * @param {string} hex `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`
 * @returns {Rgba}
 */
export function parseHex(hex) {
  if (!isHexColor(hex)) throw new TypeError(`Not a hex colour: ${String(hex)}`);
  let h = hex.slice(1);
  if (h.length <= 4) h = [...h].map((c) => c + c).join('');
  const n = (i) => parseInt(h.slice(i, i + 2), 16) / 255;
  return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) : 1 };
}

/** @param {number} c */
const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** @param {number} c */
const gamma = (c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2.x relative luminance of an opaque sRGB colour. @param {string} hex */
export function relativeLuminance(hex) {
  const { r, g, b } = parseHex(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Composites a (possibly translucent) foreground over an opaque background.
 * @param {string} fg @param {string} bg @returns {string}
 */
export function composite(fg, bg) {
  const f = parseHex(fg);
  const b = parseHex(bg);
  return toHex({
    r: f.r * f.a + b.r * (1 - f.a),
    g: f.g * f.a + b.g * (1 - f.a),
    b: f.b * f.a + b.b * (1 - f.a),
  });
}

/**
 * WCAG 2.x contrast ratio (1..21) between two colours; translucent foregrounds are composited first.
 * @param {string} fg @param {string} bg
 */
export function contrastRatio(fg, bg) {
  const opaqueBg = parseHex(bg).a < 1 ? composite(bg, '#ffffff') : bg;
  const l1 = relativeLuminance(composite(fg, opaqueBg));
  const l2 = relativeLuminance(opaqueBg);
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

/** @param {{r:number,g:number,b:number}} c */
export function toHex({ r, g, b }) {
  const h = (v) =>
    Math.round(Math.min(1, Math.max(0, v)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}

/** @param {string} hex @returns {{ l: number, c: number, h: number }} */
export function hexToOklch(hex) {
  const { r, g, b } = parseHex(hex);
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const C = Math.hypot(A, B);
  const H = ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360;
  return { l: L, c: C, h: H };
}

/** @returns {{ r: number, g: number, b: number }} linear-light channels, possibly out of gamut */
function oklchToLinear(l, c, h) {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return {
    r: 4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    g: -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    b: -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  };
}

/** OKLCH to sRGB hex, reducing chroma until the colour fits the sRGB gamut. */
export function oklchToHex(l, c, h) {
  let chroma = c;
  for (let i = 0; i < 60; i++) {
    const lin = oklchToLinear(l, chroma, h);
    const inGamut = [lin.r, lin.g, lin.b].every((v) => v >= -1e-4 && v <= 1 + 1e-4);
    if (inGamut) return toHex({ r: gamma(lin.r), g: gamma(lin.g), b: gamma(lin.b) });
    chroma *= 0.93;
  }
  const lin = oklchToLinear(l, 0, h);
  return toHex({ r: gamma(lin.r), g: gamma(lin.g), b: gamma(lin.b) });
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

/**
 * Builds an 11-step palette around a seed colour: hue kept, lightness fixed per step,
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
  for (const [step, l] of Object.entries(SCALE_STEPS)) {
    const taper = 1 - Math.abs(l - 0.5) * 1.1;
    out[step] = oklchToHex(l, Math.max(0, chroma * taper), h);
  }
  return out;
}
