// Runs Style Dictionary 5 on the checked sources of one theme × scheme and returns CSS-ready tokens.
import StyleDictionary from 'style-dictionary';

/**
 * @typedef {{ name: string, cssName: string, path: string[], value: string,
 *   aboveBreakpoint?: string, colour: boolean, type: string }} OutputToken
 */

/** @param {string[]} files ordered sources (later override earlier) @returns {Promise<OutputToken[]>} */
export async function buildWithStyleDictionary(files) {
  const sd = new StyleDictionary({
    usesDtcg: true,
    // `include` has the lower priority; the theme's own files come last in `source`.
    include: files.slice(0, 1),
    source: files.slice(1),
    log: { verbosity: 'silent', warnings: 'disabled', errors: { brokenReferences: 'throw' } },
    platforms: {
      css: { transformGroup: 'css', prefix: 'sk', transforms: undefined },
    },
  });
  const platform = await sd.getPlatformTokens('css');
  return platform.allTokens
    .filter((t) => t.path[0] !== 'brand')
    .map((t) => {
      const ext = t.$extensions?.['de.stadtkern'];
      return {
        name: t.path.join('.'),
        cssName: `--${t.name}`,
        path: t.path,
        value: String(t.$value),
        ...(ext?.aboveBreakpoint ? { aboveBreakpoint: String(ext.aboveBreakpoint) } : {}),
        colour: t.$type === 'color',
        type: String(t.$type),
      };
    })
    .sort((a, b) => a.cssName.localeCompare(b.cssName));
}
