// The plain-HTML page a behaviour spec runs against: server-rendered markup, the stylesheets, and the
// prebuilt script by one <script type="module"> — as a Java, PHP or CMS page would load it.

/**
 * @param {{ html: string, script?: string, stylesheets?: string[], theme?: string, lang?: string }} options
 *   `script` omitted: the page has no script at all.
 */
export function behaviourPage({ html, script, stylesheets = [], theme = 'kern', lang = 'de' }) {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  return `<!doctype html>
<html lang="${lang}" data-sk-theme="${theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stadtkern – Verhalten</title>
${links}
${script ? `<script type="module" src="${script}"></script>` : ''}
</head>
<body>
<main>
<h1>Bewohnerparkausweis</h1>
${html}
</main>
</body>
</html>`;
}
