#!/usr/bin/env node
// Usage: node scripts/create-theme.mjs --id koeln --name "Köln" --primary "#e30613" [--font "Noto Sans"]
//        [--font-package @fontsource/noto-sans] [--radius 4px]
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeTheme } from './lib/theme-files.mjs';

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    name: { type: 'string' },
    primary: { type: 'string' },
    font: { type: 'string' },
    'font-package': { type: 'string' },
    radius: { type: 'string' },
    description: { type: 'string' },
    dir: { type: 'string' },
  },
});
if (!values.id || !values.name || !values.primary) {
  console.error('create-theme: --id, --name and --primary are required.');
  process.exit(2);
}
const themesDir = values.dir ?? fileURLToPath(new URL('../themes', import.meta.url));
const dir = await writeTheme(themesDir, {
  id: values.id,
  name: values.name,
  primary: values.primary,
  font: values.font,
  fontPackage: values['font-package'],
  radius: values.radius,
  description: values.description,
});
console.log(`Theme written to ${dir}. Run the tokens build to check its contrast.`);
