// Consumer proof: a Vite + React single-page app that installs the packed tarballs, builds for
// production and renders a themed form page in Debian's Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../apps/storybook/scripts/chromium.js';
import { installConsumer, tarballDependencies } from '../lib/pack.mjs';

const MAIN = `import '@stadtkern/tokens/css/themes/muenchen.css';
import '@stadtkern/css';
import { createRoot } from 'react-dom/client';
import { Alert, Button, Checkbox, FormField, Link, TextInput } from '@stadtkern/react';

function FormPage() {
  return (
    <main>
      <h1>Antrag</h1>
      <form noValidate>
        <Alert title="Hinweis">Halten Sie Ihren Ausweis bereit.</Alert>
        <FormField label="Nachname" hint="Wie im Ausweis" required>
          <TextInput name="nachname" />
        </FormField>
        <Checkbox label="Ich stimme zu" name="zustimmung" />
        <Link href="/datenschutz">Datenschutz</Link>
        <Button type="submit">Antrag senden</Button>
      </form>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<FormPage />);
`;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
};

it('builds with Vite and renders the themed form page in Chromium', async () => {
  const dir = installConsumer(
    'vite-spa',
    {
      react: '19.3.1',
      'react-dom': '19.3.1',
      vite: '8.3.8',
      '@vitejs/plugin-react': '6.3.0',
      ...tarballDependencies(),
    },
    { type: 'module', ignoreScripts: false },
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="de" data-sk-theme="muenchen"><head><meta charset="utf-8"><title>Antrag</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>',
  );
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/main.jsx'), MAIN);
  writeFileSync(
    join(dir, 'vite.config.js'),
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()], logLevel: 'error' });\n",
  );
  execFileSync(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir, stdio: 'pipe' });
  assert.ok(existsSync(join(dir, 'dist/index.html')));

  const server = createServer((req, res) => {
    const path = join(
      dir,
      'dist',
      req.url === '/' ? 'index.html' : decodeURIComponent(req.url.split('?')[0]),
    );
    if (!existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const external = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1:')) external.push(request.url());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const input = page.getByRole('textbox', { name: 'Nachname (Pflichtfeld)' });
    await input.waitFor();
    const button = page.getByRole('button', { name: 'Antrag senden' });
    const [background, action] = await Promise.all([
      button.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.evaluate(() =>
        getComputedStyle(document.documentElement)
          .getPropertyValue('--sk-color-action-default')
          .trim(),
      ),
    ]);
    const hex = action.replace('#', '');
    const rgb = `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    assert.equal(background, rgb, 'the button is styled with the München theme');
    assert.equal(await page.getByRole('checkbox', { name: 'Ich stimme zu' }).count(), 1);
    assert.deepEqual(external, [], 'no request leaves the app');
  } finally {
    await browser.close();
    server.close();
  }
});
