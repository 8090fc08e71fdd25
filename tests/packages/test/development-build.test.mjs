// Consumer proof of docs/adr/0009-development-build-by-export-condition.md, from the packed tarballs: the
// production build (dist/, the default of "exports") holds no development warning, the development build
// (dist/development/, the "development" export condition) does; Node and Vite (a React app and a Vue app)
// pick the build the ADR says. Next.js is proven in next-app.test.mjs (`next build` and `next dev`).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { installConsumer, packAll, tarballDependencies } from '../lib/pack.mjs';

/** One development-only text per package, and a page that makes each package say it. */
const WARNINGS = {
  web: 'left as it is', // every warning of @stadtkern/web ends with it
  react: 'has no accessible name', // Button, Link, Card … without a name
};

/** Every .js/.cjs file below `dir`, as paths relative to it. */
function scripts(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.c?js$/.test(file),
  );
}

function unpack(tarball) {
  const dir = mkdtempSync(join(tmpdir(), 'sk-unpacked-'));
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  return join(dir, 'package');
}

describe('the published files', () => {
  for (const [folder, text] of Object.entries(WARNINGS)) {
    it(`@stadtkern/${folder}: no production file holds „${text}“, the development build does`, () => {
      const root = unpack(packAll()[folder].tarball);
      const dist = join(root, 'dist');
      const isDevelopment = (file) =>
        file.startsWith(`development/`) || file.endsWith('.development.js');
      const files = scripts(dist);
      const production = files.filter((file) => !isDevelopment(file));
      const development = files.filter(isDevelopment);
      const holding = (list) =>
        list.filter((file) => readFileSync(join(dist, file), 'utf8').includes(text));
      assert.ok(production.length > 0, 'there are production files');
      assert.deepEqual(holding(production), [], 'production files with the warning text');
      assert.ok(holding(development).length > 0, 'the development build holds the text');
      // Every development file has its production twin and the other way round.
      assert.deepEqual(
        development
          .filter((file) => file.startsWith('development/'))
          .map((file) => relative('development', file))
          .sort(),
        production.filter((file) => !file.startsWith('stadtkern-web')).sort(),
      );
    });
  }

  it('@stadtkern/web: the prebuilt production file is silent, the development file warns', () => {
    const dist = join(unpack(packAll().web.tarball), 'dist');
    assert.ok(!readFileSync(join(dist, 'stadtkern-web.js'), 'utf8').includes(WARNINGS.web));
    assert.ok(
      readFileSync(join(dist, 'stadtkern-web.development.js'), 'utf8').includes(WARNINGS.web),
    );
  });
});

describe('a consumer', () => {
  let dir;
  before(() => {
    dir = installConsumer(
      'development-build',
      {
        react: '19.3.1',
        'react-dom': '19.3.1',
        vue: '3.5.45',
        vite: '8.3.8',
        '@vitejs/plugin-react': '6.3.0',
        '@vitejs/plugin-vue': '6.0.11',
        ...tarballDependencies(['web', 'react']),
      },
      { type: 'module' },
    );
  });

  it('Node: production by default, development with --conditions=development (import and require)', () => {
    writeFileSync(
      join(dir, 'render.mjs'),
      `import { createRequire } from 'node:module';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { Button } from '@stadtkern/react';
const require = createRequire(import.meta.url);
console.log(JSON.stringify({
  web: import.meta.resolve('@stadtkern/web'),
  react: import.meta.resolve('@stadtkern/react'),
  webRequire: require.resolve('@stadtkern/web'),
  html: renderToString(createElement(Button, { 'aria-label': ' ' })),
}));
`,
    );
    const run = (args) => {
      const result = spawnSync(process.execPath, [...args, 'render.mjs'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: '' },
      });
      assert.equal(result.status, 0, result.stderr);
      return { ...JSON.parse(result.stdout), stderr: result.stderr };
    };
    const production = run([]);
    assert.doesNotMatch(production.web, /\/development\//);
    assert.doesNotMatch(production.react, /\/development\//);
    assert.doesNotMatch(production.webRequire, /[/\\]development[/\\]/);
    assert.ok(!production.stderr.includes(WARNINGS.react), production.stderr);
    assert.match(production.html, /<button[^>]*class="sk-button"/);

    const development = run(['--conditions=development']);
    assert.match(development.web, /\/dist\/development\/index\.js$/);
    assert.match(development.react, /\/dist\/development\/index\.js$/);
    assert.match(development.webRequire, /[/\\]dist[/\\]development[/\\]index\.cjs$/);
    assert.ok(development.stderr.includes(`Button ${WARNINGS.react}`), development.stderr);
    assert.equal(development.html, production.html, 'both builds render the same markup');
  });

  // Each app uses the development code of both packages: an unnamed Button (React) and a tabs component
  // without its list (@stadtkern/web).
  const APPS = {
    react: {
      entry: 'main.jsx',
      config:
        "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'error' };\n",
      main: `import { createRoot } from 'react-dom/client';
import { Button } from '@stadtkern/react';
import { start } from '@stadtkern/web';
createRoot(document.getElementById('app')).render(<Button aria-label=" " />);
start();
`,
      texts: [WARNINGS.react, WARNINGS.web],
    },
    vue: {
      entry: 'main.js',
      config:
        "import vue from '@vitejs/plugin-vue';\nexport default { plugins: [vue()], logLevel: 'error' };\n",
      main: `import { createApp, h } from 'vue';
import { start } from '@stadtkern/web';
createApp({ render: () => h('div', { class: 'sk-tabs' }, 'Hilfe') }).mount('#app');
start();
`,
      texts: [WARNINGS.web],
    },
  };

  for (const [name, app] of Object.entries(APPS)) {
    it(`Vite (${name}): \`vite build\` leaves the texts out, a development build keeps them`, () => {
      const root = join(dir, name);
      mkdirSync(root, { recursive: true });
      writeFileSync(join(root, 'vite.config.js'), app.config);
      writeFileSync(
        join(root, 'index.html'),
        `<!doctype html><html lang="de"><body><div id="app"></div><script type="module" src="/${app.entry}"></script></body></html>\n`,
      );
      writeFileSync(join(root, app.entry), app.main);
      const build = (env) => {
        const outDir = join(root, `dist-${env}`);
        execFileSync(
          join(dir, 'node_modules/.bin/vite'),
          ['build', '--outDir', outDir, '--mode', env],
          { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: env } },
        );
        return scripts(outDir)
          .map((file) => readFileSync(join(outDir, file), 'utf8'))
          .join('\n');
      };
      const production = build('production');
      const development = build('development');
      for (const text of app.texts) {
        assert.ok(!production.includes(text), `production bundle holds „${text}“`);
        assert.ok(development.includes(text), `development bundle lacks „${text}“`);
      }
    });
  }
});
