import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToOklch, oklchToHex, paletteFromSeed } from '@stadtkern/tokens/engine';

describe('contrastRatio (WCAG 2.1, colorjs.io)', () => {
  it('matches published reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('is symmetric and composites translucent foregrounds', () => {
    expect(contrastRatio('#005a9f', '#ffffff')).toBeCloseTo(
      contrastRatio('#ffffff', '#005a9f'),
      10,
    );
    expect(contrastRatio('#00000000', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('rejects what is not a hex colour', () => {
    expect(() => contrastRatio('rgb(0,0,0)', '#ffffff')).toThrow(/Not a hex colour: rgb\(0,0,0\)/);
  });
});

describe('palettes', () => {
  it('round-trips OKLCH for in-gamut colours', () => {
    for (const hex of ['#005a9f', '#003063', '#c0182d', '#777777']) {
      const { l, c, h } = hexToOklch(hex);
      expect(oklchToHex(l, c, h)).toBe(hex);
    }
  });

  it('produces 11 steps from light to dark', () => {
    const palette = paletteFromSeed('#005a9f');
    const steps = Object.values(palette);
    expect(steps).toHaveLength(11);
    const lightness = steps.map((s) => hexToOklch(s).l);
    for (let i = 1; i < lightness.length; i++)
      expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 1);
  });
});
