#!/usr/bin/env node
// Repository metadata checks: REUSE compliance (every file has copyright and licence information) and
// publiccode.yml (the keys its schema requires, per the Standard for Public Code).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const problems = [];

const reuse = spawnSync('reuse', ['lint', '--quiet'], { encoding: 'utf8' });
if (reuse.error) {
  problems.push(
    'the `reuse` tool is missing: install it (Debian: apt-get install reuse), then run `reuse lint`.',
  );
} else if (reuse.status !== 0) {
  const details = spawnSync('reuse', ['lint'], { encoding: 'utf8' }).stdout;
  problems.push(`reuse lint failed:\n${details}`);
}

const doc = parse(readFileSync(new URL('../publiccode.yml', import.meta.url), 'utf8'));
const get = (path) =>
  path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), doc);
const required = [
  'publiccodeYmlVersion',
  'name',
  'url',
  'platforms',
  'categories',
  'developmentStatus',
  'softwareType',
  'legal.license',
  'maintenance.type',
  'localisation.localisationReady',
  'localisation.availableLanguages',
];
for (const key of required)
  if (get(key) === undefined) problems.push(`publiccode.yml: ${key} is required`);
for (const lang of ['de', 'en']) {
  for (const key of ['shortDescription', 'longDescription', 'features']) {
    if (get(`description.${lang}.${key}`) === undefined)
      problems.push(`publiccode.yml: description.${lang}.${key} is required`);
  }
  const long = get(`description.${lang}.longDescription`);
  if (typeof long === 'string' && (long.length < 150 || long.length > 10000)) {
    problems.push(
      `publiccode.yml: description.${lang}.longDescription must have 150–10000 characters`,
    );
  }
  const short = get(`description.${lang}.shortDescription`);
  if (typeof short === 'string' && short.length > 150)
    problems.push(`publiccode.yml: description.${lang}.shortDescription is over 150 characters`);
}
if (get('legal.license') !== 'EUPL-1.2')
  problems.push('publiccode.yml: legal.license must be EUPL-1.2');
if (
  ['community', 'internal'].includes(get('maintenance.type')) &&
  !Array.isArray(get('maintenance.contacts'))
) {
  problems.push(
    'publiccode.yml: maintenance.contacts is required for community or internal maintenance',
  );
}

if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log('✓ REUSE compliant; publiccode.yml has every required key.');
