// JSON Schema (draft 2020-12) validation of a theme folder's theme.json and brand.json with ajv.
// Every error names the file, the JSON path and what was expected.
// Isomorphic (no Node.js built-ins): Storybook's theme workshop validates its downloads with it.
import { Ajv2020 } from 'ajv/dist/2020.js';
import brandSchema from '../schemas/brand.schema.json' with { type: 'json' };
import themeSchema from '../schemas/theme.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
const validators = {
  'theme.json': ajv.compile(themeSchema),
  'brand.json': ajv.compile(brandSchema),
};

/** The relative `$schema` path a theme folder's file uses, e.g. "../../schemas/brand.schema.json". */
export const schemaRef = (/** @type {'theme.json' | 'brand.json'} */ kind) =>
  `../../schemas/${kind.replace('.json', '.schema.json')}`;

/**
 * @param {'theme.json' | 'brand.json'} kind
 * @param {unknown} data parsed JSON
 * @param {string} file the path shown in messages, e.g. themes/koeln/brand.json
 * @returns {string[]} problems, empty when valid
 */
export function validateThemeFile(kind, data, file) {
  const validate = validators[kind];
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // `anyOf` failures repeat the branch errors; the branches carry the useful text.
  return errors
    .filter((e) => e.keyword !== 'anyOf' || errors.length === 1)
    .filter((e) => e.keyword !== 'propertyNames')
    .map((e) => {
      const path = e.instancePath === '' ? '(root)' : e.instancePath;
      const where = e.propertyName ? `${path}: property name "${e.propertyName}"` : path;
      const expected = e.parentSchema?.description;
      const what =
        e.keyword === 'additionalProperties'
          ? `must not have the property "${e.params.additionalProperty}"`
          : e.keyword === 'enum'
            ? `must be one of ${e.params.allowedValues.join(', ')}, got ${JSON.stringify(e.data)}`
            : e.message;
      return `${file}: ${where}: ${what}${expected ? ` (expected ${expected})` : ''}`;
    })
    .filter((line, i, all) => all.indexOf(line) === i);
}
