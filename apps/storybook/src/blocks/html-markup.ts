/**
 * The plain HTML of a component for stacks without React (Thymeleaf, Razor, Twig, Vue templates, plain pages),
 * shown on every component's docs page under the heading HTML_HEADING by the block <HtmlMarkup>.
 *
 * Its one source is the story: `storyMarkup` server-renders the story's own render function with its args
 * (react-dom/server, without Storybook's decorators, which only add layout around it), so the HTML a page shows
 * is exactly what @stadtkern/react renders on the server and cannot drift from it. When the markup contract
 * (fixtures per component) exists, `storyMarkup` is the one function to point at it.
 *
 * Everything else here is a pure string function, so Node tests can call it without a DOM.
 */
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** The heading every component's docs page shows its plain HTML under (checked in test/html-markup.test.mjs). */
export const HTML_HEADING = 'HTML ohne Framework';

/** What the block needs of a prepared story: its render function without decorators and its args. */
export interface RenderableStory {
  undecoratedStoryFn: (context: never) => unknown;
  initialArgs: Record<string, unknown>;
}

/**
 * The story's HTML as a server renders it: the story's render function (the component with its args, or the
 * story's `render`) inside a component of its own, so hooks in a `render` work; React's generated ids made
 * readable and stable; pretty-printed.
 */
export function storyMarkup(story: RenderableStory, context: Record<string, unknown>): string {
  const args = story.initialArgs;
  const Story = () => story.undecoratedStoryFn({ ...context, args } as never) as ReactNode;
  return prettyHtml(renderToStaticMarkup(createElement(Story)));
}

// ---------------------------------------------------------------------------------------------------------
// @stadtkern/web

/**
 * The behaviours of @stadtkern/web: the elements each enhances (its `selector`), its module and export.
 * test/html-markup.test.mjs compares this list with packages/web (its `behaviours`, each one's `selector`
 * and the package's exports), so a new or changed behaviour fails the test until it is listed here.
 */
export const WEB_BEHAVIOURS = [
  { name: 'accordion', selector: '.sk-accordion', module: '@stadtkern/web/accordion' },
  { name: 'errorSummary', selector: '.sk-error-summary', module: '@stadtkern/web/error-summary' },
  { name: 'characterCount', selector: '.sk-textarea', module: '@stadtkern/web/character-count' },
  {
    name: 'passwordInput',
    selector: '.sk-password-input',
    module: '@stadtkern/web/password-input',
  },
  { name: 'tabs', selector: '.sk-tabs', module: '@stadtkern/web/tabs' },
  { name: 'fileUpload', selector: '.sk-file-upload', module: '@stadtkern/web/file-upload' },
  { name: 'dialog', selector: '.sk-dialog', module: '@stadtkern/web/dialog' },
] as const;

export type WebBehaviour = (typeof WEB_BEHAVIOURS)[number];

/** The classes used in a piece of HTML. */
export function classesIn(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/** The behaviours of @stadtkern/web that enhance an element of this HTML. */
export function behavioursFor(html: string): WebBehaviour[] {
  const classes = classesIn(html);
  return WEB_BEHAVIOURS.filter((behaviour) => classes.has(behaviour.selector.slice(1)));
}

/** The script a bundled page adds for these behaviours (only those, so the bundle carries only them). */
export function bundlerScript(behaviours: readonly WebBehaviour[]): string {
  return [
    "import { startWith } from '@stadtkern/web';",
    ...behaviours.map((b) => `import { ${b.name} } from '${b.module}';`),
    '',
    `startWith([${behaviours.map((b) => b.name).join(', ')}]);`,
  ].join('\n');
}

/** The one line for a page without a bundler: the prebuilt file with every behaviour, which starts itself. */
export const PREBUILT_SCRIPT =
  '<script type="module" src="/assets/stadtkern-web.js"></script>\n<!-- Kopie von node_modules/@stadtkern/web/dist/stadtkern-web.js -->';

// ---------------------------------------------------------------------------------------------------------
// Pretty printing

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const BOOLEAN = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'checked',
  'default',
  'defer',
  'disabled',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
]);
const MAX_LINE = 100;

interface Attribute {
  name: string;
  /** Absent for a boolean attribute written without a value. */
  value: string | undefined;
}
interface ElementNode {
  kind: 'element';
  tag: string;
  attributes: Attribute[];
  children: Node[];
}
type Node = ElementNode | { kind: 'text'; text: string } | { kind: 'comment'; text: string };

/** Parses the well-formed markup React writes (every `<`, `>`, `"` inside text and values is escaped). */
function parse(html: string): Node[] {
  const root: ElementNode = { kind: 'element', tag: '#root', attributes: [], children: [] };
  const stack = [root];
  let svgDepth = 0;
  for (const match of html.matchAll(
    /<!--([\s\S]*?)-->|<\/([^\s>]+)\s*>|<([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g,
  )) {
    const parent = stack.at(-1) ?? root;
    const [, comment, closing, tag, attributeText, selfClosing, text] = match;
    if (comment !== undefined) parent.children.push({ kind: 'comment', text: comment });
    else if (closing !== undefined) {
      if (stack.length > 1) stack.pop();
    } else if (tag !== undefined) {
      const inSvg = svgDepth > 0 || tag === 'svg';
      // React writes some attributes as their DOM property (`inputMode`, `noValidate`); HTML's are lower case.
      const attributes = [...(attributeText ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g)]
        .map(([, written = '', value]): Attribute => ({
          name: inSvg ? written : written.toLowerCase(),
          value: value === '' && BOOLEAN.has(written.toLowerCase()) ? undefined : value,
        }))
        // No component writes a style attribute (its look is @stadtkern/css); a style in the HTML is the
        // story's demo layout (a frame around grid cells, a row of badges), not part of the component.
        .filter((a) => a.name !== 'style');
      const element: ElementNode = { kind: 'element', tag, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing && !VOID.has(tag.toLowerCase())) {
        stack.push(element);
        if (inSvg) svgDepth++;
      }
    } else if (text !== undefined) parent.children.push({ kind: 'text', text });
  }
  return root.children;
}

const attribute = (a: Attribute) => (a.value === undefined ? a.name : `${a.name}="${a.value}"`);
const openTag = (node: ElementNode) =>
  `<${node.tag}${node.attributes.map((a) => ` ${attribute(a)}`).join('')}>`;
const isVoid = (node: ElementNode) => VOID.has(node.tag.toLowerCase());

/** A node on one line, as it was written. */
function inline(node: Node): string {
  if (node.kind === 'text') return node.text;
  if (node.kind === 'comment') return `<!--${node.text}-->`;
  if (isVoid(node)) return openTag(node);
  return `${openTag(node)}${node.children.map(inline).join('')}</${node.tag}>`;
}

/** The opening tag, its attributes one per line when the tag is too long for one. */
function openLines(node: ElementNode, indent: string): string[] {
  const tag = openTag(node);
  if (indent.length + tag.length <= MAX_LINE || node.attributes.length < 2) return [indent + tag];
  return [
    `${indent}<${node.tag}`,
    ...node.attributes.map((a) => `${indent}  ${attribute(a)}`),
    `${indent}>`,
  ];
}

function print(node: Node, indent: string): string[] {
  if (node.kind !== 'element') {
    const text = inline(node).trim();
    return text ? [indent + text] : [];
  }
  const one = inline(node);
  // Text beside elements keeps its exact whitespace: such an element stays on one line (only its tag may wrap).
  const mixed = node.children.some((c) => c.kind === 'text' && c.text.trim() !== '');
  if (
    isVoid(node) ||
    node.children.length === 0 ||
    indent.length + one.length <= MAX_LINE ||
    mixed
  ) {
    if (indent.length + one.length <= MAX_LINE || node.attributes.length < 2) return [indent + one];
    const open = openLines(node, indent);
    if (isVoid(node)) return open;
    const rest = node.children.map(inline).join('');
    return [...open.slice(0, -1), `${open.at(-1) ?? ''}${rest}</${node.tag}>`];
  }
  return [
    ...openLines(node, indent),
    ...node.children.flatMap((child) => print(child, `${indent}  `)),
    `${indent}</${node.tag}>`,
  ];
}

/**
 * Indents markup for reading: an element that fits in 100 characters stays on one line, otherwise each child
 * element gets its own line. Text is never moved (an element with text in it stays on one line); only the
 * whitespace between elements changes, as in any template. Boolean
 * attributes are written without a value (`required`, not `required=""`).
 */
export function prettyHtml(html: string): string {
  const nodes = parse(html);
  readableIds(nodes);
  return nodes.flatMap((node) => print(node, '')).join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Readable ids

/** An id React's useId generated (`_R_1_`, `_R_1H1_`, or with an identifierPrefix `_xR_…_`). */
const REACT_ID = /_[A-Za-z0-9-]*R_[A-Za-z0-9]*_/g;

const classesOf = (node: ElementNode) =>
  (node.attributes.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);
/** `sk-form-field__hint` → `form-field-hint`. */
const readable = (skClass: string) => skClass.slice(3).replace(/__|--/g, '-');

/**
 * Replaces React's generated ids by readable ones, in document order: an element whose id is a generated id
 * is named after its own class (`sk-hint` → `hint`, else its tag); an id derived from one (`…-hint`, as
 * FormField writes them) is named after the component around it (`form-field-hint`). A name that repeats gets a
 * number. Every reference (`for`, `aria-describedby`, `href="#…"`) changes with it, so the HTML stays
 * consistent, and the same markup always gets the same ids.
 */
function readableIds(nodes: Node[]): void {
  const names = new Map<string, string>();
  const used = new Set<string>();
  const elements: ElementNode[] = [];
  const visit = (node: Node, roots: string[]) => {
    if (node.kind !== 'element') return;
    elements.push(node);
    const root = classesOf(node).find(
      (c) => c.startsWith('sk-') && !c.includes('__') && !c.includes('--'),
    );
    const id = node.attributes.find((a) => a.name === 'id')?.value;
    if (id !== undefined && !REACT_ID.test(id)) used.add(id);
    REACT_ID.lastIndex = 0;
    for (const token of id?.match(REACT_ID) ?? []) {
      if (names.has(token)) continue;
      const own = classesOf(node).find((c) => c.startsWith('sk-'));
      const around = roots.at(-1);
      const base =
        id === token
          ? own
            ? readable(own)
            : node.tag.toLowerCase()
          : around
            ? readable(around)
            : 'feld';
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
      used.add(name);
      names.set(token, name);
    }
    const inner = root ? [...roots, root] : roots;
    for (const child of node.children) visit(child, inner);
  };
  for (const node of nodes) visit(node, []);
  for (const element of elements)
    for (const a of element.attributes)
      if (a.value !== undefined) a.value = a.value.replace(REACT_ID, (t) => names.get(t) ?? t);
}
