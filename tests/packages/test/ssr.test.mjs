// Consumer proof: install the packed tarballs (not workspace links) into fresh projects with React 19
// and React 18.3 from the registry, and server-render a form page through both `import` and `require`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { installConsumer, tarballDependencies } from '../lib/pack.mjs';

const PAGE = (h) => `
const { Alert, Button, Checkbox, FormField, Link, TextInput } = stadtkern;
const html = renderToString(
  ${h}('form', { noValidate: true },
    ${h}(Alert, { title: 'Hinweis' }, 'Halten Sie Ihren Ausweis bereit.'),
    ${h}(FormField, { label: 'Nachname', hint: 'Wie im Ausweis', error: 'Geben Sie Ihren Nachnamen ein.', required: true },
      ${h}(TextInput, { name: 'nachname' })),
    ${h}(Checkbox, { label: 'Ich stimme zu', name: 'zustimmung' }),
    ${h}(Link, { href: 'javascript:alert(1)' }, 'Unsicher'),
    ${h}(Button, { type: 'submit' }, 'Antrag senden')));
const { validatePostalCode } = utils;
process.stdout.write(JSON.stringify({ html, react: version, plz: validatePostalCode('80331') }));
`;

const ESM = `import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';
import * as stadtkern from '@stadtkern/react';
import * as utils from '@stadtkern/utils';
${PAGE('h')}`;

const CJS = `const { createElement: h, version } = require('react');
const { renderToString } = require('react-dom/server');
const stadtkern = require('@stadtkern/react');
const utils = require('@stadtkern/utils');
${PAGE('h')}`;

function install(reactVersion) {
  const dir = installConsumer(`consumer-react${reactVersion.split('.')[0]}`, {
    react: reactVersion,
    'react-dom': reactVersion,
    ...tarballDependencies(),
  });
  writeFileSync(join(dir, 'render.mjs'), ESM);
  writeFileSync(join(dir, 'render.cjs'), CJS);
  return dir;
}

function checkPage(output, reactMajor) {
  const { html, react, plz } = JSON.parse(output);
  assert.equal(react.split('.')[0], reactMajor);
  assert.deepEqual(plz, { valid: true, value: '80331' });
  const forId = /<label class="sk-label" for="([^"]+)"/.exec(html)?.[1];
  assert.ok(forId, 'label has a for attribute');
  const input = /<input[^>]*class="sk-text-input__input"[^>]*>/.exec(html)?.[0] ?? '';
  assert.match(input, new RegExp(`id="${forId}"`));
  const describedby = /aria-describedby="([^"]+)"/.exec(input)?.[1]?.split(' ') ?? [];
  assert.equal(describedby.length, 2);
  assert.match(
    html,
    new RegExp(`<div class="sk-hint" id="${describedby[0]}">Wie im Ausweis</div>`),
  );
  assert.match(html, new RegExp(`<p class="sk-error-message" id="${describedby[1]}">`));
  assert.match(html, /<button type="submit" class="sk-button">Antrag senden<\/button>/);
  assert.doesNotMatch(html, /javascript:/i);
  assert.match(html, /class="sk-alert"/);
}

for (const [reactVersion, major] of [
  ['19.3.1', '19'],
  ['18.3.1', '18'],
]) {
  describe(`packed tarballs with React ${reactVersion}`, () => {
    const dir = install(reactVersion);
    for (const file of ['render.mjs', 'render.cjs']) {
      it(`renders the form page on the server through ${file.endsWith('.mjs') ? 'import' : 'require'}`, () => {
        const output = execFileSync(process.execPath, [file], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NODE_ENV: 'production' },
        });
        checkPage(output, major);
      });
    }
  });
}
