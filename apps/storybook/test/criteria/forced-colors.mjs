// Checks for forced colours (Windows high-contrast themes, WCAG 1.4.11 and 2.4.7 under `forced-colors: active`),
// run in Chromium on a page that already emulates forced colours (a story, or a fixture that must fail). Forced
// colours replace the theme's colours with the system ones (Canvas, CanvasText, LinkText, ButtonText, Highlight …),
// so what a theme draws with colour alone (a button's fill, a mask icon painted with background-color, a
// box-shadow focus ring) is gone; these checks find it. Each returns a list of readable problems; an empty list
// passes. Used by ../forced-colors.test.mjs (every story) and ../forced-colors-fixtures.test.mjs (proof they can
// fail).
//
// The pixel checks compare small regions of screenshots: one screenshot of the page as it is (the baseline,
// `baselineOf(page, root)`, shared by the checks of one page) against a screenshot taken with one thing changed
// (an element focused, a state switched off, icons hidden). Identical pixels mean the change cannot be seen.
import { PNG } from 'pngjs';
import { chromiumLaunchOptions } from '../../../../scripts/lib/chromium.mjs';

/**
 * @typedef {{ x: number, y: number, width: number, height: number }} Rect
 * @typedef {Rect & { data: Buffer }} Image RGBA pixels of a region of the viewport (x, y: its position there)
 */

/** Marks elements and pseudo-elements hidden by the icon check. */
const HIDE_ATTRIBUTE = 'data-sk-fc-hide';
const HIDE_CSS = `[${HIDE_ATTRIBUTE}~='self'], [${HIDE_ATTRIBUTE}~='before']::before, [${HIDE_ATTRIBUTE}~='after']::after { visibility: hidden !important; }`;

/** The most Tab presses the focus check makes in one page (a safety net; reaching it is reported). */
export const MAX_TAB_STOPS = 150;

/**
 * Launch options for these checks: Debian's Chromium as everywhere, drawing a frame as soon as one is asked for
 * rather than at the next 60 Hz tick, which halves the time of each screenshot.
 * @returns {import('playwright').LaunchOptions}
 */
export function forcedColorsLaunchOptions() {
  const options = chromiumLaunchOptions();
  return {
    ...options,
    args: [...(options.args ?? []), '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  };
}

/**
 * Finishes running transitions and animations (cancels endless ones), in the page. Even the 0.01 ms transitions
 * of reduced motion are at their start in the first frame and in getComputedStyle right after a change, so a
 * screenshot or a computed style would show the old state.
 */
const SETTLE = `() => {
  for (const animation of document.getAnimations()) {
    try { animation.finish(); } catch { animation.cancel(); }
  }
}`;

/** @param {import('playwright').Page} page */
function settle(page) {
  return page.evaluate(`(${SETTLE})()`);
}

/**
 * A screenshot of the viewport, or of `rect` in it, as RGBA pixels. Rects are rounded outwards to whole pixels
 * and cut to the viewport.
 * @param {import('playwright').Page} page
 * @param {Rect} [rect]
 * @returns {Promise<Image | undefined>} undefined when `rect` lies outside the viewport
 */
export async function capture(page, rect) {
  const viewport = page.viewportSize() ?? { width: 1024, height: 768 };
  const clip = toPixels(rect ?? { x: 0, y: 0, ...viewport }, viewport);
  if (!clip) return undefined;
  await settle(page);
  // Playwright waits for a frame drawn after the last change (a bare DevTools capture may return the one
  // before). The caret stays: forced colours force caret-color, so it cannot be hidden; the focus check leaves
  // its area out instead.
  const png = await page.screenshot({ clip, caret: 'initial', scale: 'css' });
  const { width, height, data } = PNG.sync.read(png);
  return { ...clip, width, height, data };
}

/**
 * The baseline of one page state: a function that captures the content, with nothing focused, the first time it
 * is called and returns that screenshot from then on, so that checks which need it share one and pages without
 * anything to compare take none. The content is the box around every element of `root` (and 16 px around it,
 * for focus rings), in the viewport.
 * @param {import('playwright').Page} page
 * @param {string} root
 * @returns {() => Promise<Image | undefined>}
 */
export function baselineOf(page, root) {
  let shot;
  const unfocused = async () => {
    // A focus ring in the baseline would hide that element's own ring from the focus check (the focus check's
    // start marker draws nothing and stays focused).
    await page.evaluate(() => {
      const active = /** @type {HTMLElement | null} */ (document.activeElement);
      if (active && !active.matches('[data-sk-fc-start]')) active.blur();
    });
    return capture(page, await contentBox(page, root));
  };
  return () => (shot ??= unfocused());
}

/**
 * The box around `root` and every element in it that has one (a modal dialog in the top layer lies outside its
 * parent's box), widened by 16 px.
 * @param {import('playwright').Page} page
 * @param {string} root
 * @returns {Promise<Rect>}
 */
function contentBox(page, root) {
  return page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll(`${selector}, ${selector} *`)]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    if (!boxes.length) return { x: 0, y: 0, width: 1, height: 1 };
    const left = Math.min(...boxes.map((b) => b.left)) - 16;
    const top = Math.min(...boxes.map((b) => b.top)) - 16;
    const right = Math.max(...boxes.map((b) => b.right)) + 16;
    const bottom = Math.max(...boxes.map((b) => b.bottom)) + 16;
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, root);
}

/**
 * The box around some rects.
 * @param {Rect[]} rects
 * @returns {Rect}
 */
function around(rects) {
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * @param {Rect} rect
 * @param {{ width: number, height: number }} viewport
 * @returns {Rect | undefined}
 */
function toPixels(rect, viewport) {
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  const right = Math.min(viewport.width, Math.ceil(rect.x + rect.width));
  const bottom = Math.min(viewport.height, Math.ceil(rect.y + rect.height));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

/**
 * Counts the pixels of `rect` that differ between two images of the same viewport, leaving out the `ignore`
 * rects; with `not`, only pixels whose new colour is not that colour (e.g. Canvas) count.
 * @param {Image} before
 * @param {Image} after
 * @param {Rect} rect
 * @param {{ ignore?: Rect[], not?: number[] }} [options]
 */
export function changedPixels(before, after, rect, { ignore = [], not } = {}) {
  const x0 = Math.max(Math.floor(rect.x), before.x, after.x);
  const y0 = Math.max(Math.floor(rect.y), before.y, after.y);
  const x1 = Math.min(
    Math.ceil(rect.x + rect.width),
    before.x + before.width,
    after.x + after.width,
  );
  const y1 = Math.min(
    Math.ceil(rect.y + rect.height),
    before.y + before.height,
    after.y + after.height,
  );
  const inside = (x, y) =>
    ignore.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
  let count = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = ((y - before.y) * before.width + (x - before.x)) * 4;
      const j = ((y - after.y) * after.width + (x - after.x)) * 4;
      const same =
        before.data[i] === after.data[j] &&
        before.data[i + 1] === after.data[j + 1] &&
        before.data[i + 2] === after.data[j + 2];
      if (same || inside(x, y)) continue;
      if (
        not &&
        after.data[j] === not[0] &&
        after.data[j + 1] === not[1] &&
        after.data[j + 2] === not[2]
      )
        continue;
      count += 1;
    }
  }
  return count;
}

/** How far (0–255, in any channel) a pixel's colour must be from Canvas to count as painted. */
export const INK_DISTANCE = 48;

/**
 * Counts the pixels of `rect` that are painted (not Canvas, give or take INK_DISTANCE) in one image and not in
 * the other: changes of shape, not of colour. Text that only changes colour changes no pixel's paintedness.
 * @param {Image} before
 * @param {Image} after
 * @param {Rect} rect
 * @param {number[]} canvas the Canvas colour
 */
export function changedShape(before, after, rect, canvas) {
  const x0 = Math.max(Math.floor(rect.x), before.x, after.x);
  const y0 = Math.max(Math.floor(rect.y), before.y, after.y);
  const x1 = Math.min(
    Math.ceil(rect.x + rect.width),
    before.x + before.width,
    after.x + after.width,
  );
  const y1 = Math.min(
    Math.ceil(rect.y + rect.height),
    before.y + before.height,
    after.y + after.height,
  );
  const painted = (data, i) =>
    Math.abs(data[i] - canvas[0]) > INK_DISTANCE ||
    Math.abs(data[i + 1] - canvas[1]) > INK_DISTANCE ||
    Math.abs(data[i + 2] - canvas[2]) > INK_DISTANCE;
  let count = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = ((y - before.y) * before.width + (x - before.x)) * 4;
      const j = ((y - after.y) * after.width + (x - after.x)) * 4;
      if (painted(before.data, i) !== painted(after.data, j)) count += 1;
    }
  }
  return count;
}

/** The fewest pixels whose paintedness must change for a state to count as drawn without colour. */
export const MIN_SHAPE_CHANGE = 8;

/** The Canvas colour of a page, as [r, g, b], asked once per page. */
const canvases = new WeakMap();

/** @param {import('playwright').Page} page */
function canvasColour(page) {
  if (!canvases.has(page)) canvases.set(page, probeCanvas(page));
  return canvases.get(page);
}

/** @param {import('playwright').Page} page */
function probeCanvas(page) {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    probe.remove();
    return colour;
  });
}

/** Names an element for a problem: tag, classes and the start of its text or label. Runs in the page. */
const DESCRIBE = `(element) => {
  const classes = typeof element.className === 'string' && element.className.trim()
    ? '.' + element.className.trim().split(/\\s+/).filter((c) => !c.startsWith('data-')).join('.')
    : '';
  const text = (element.getAttribute('aria-label') || element.labels?.[0]?.textContent ||
    element.textContent || element.value || '')
    .replace(/\\s+/g, ' ').trim().slice(0, 30);
  return element.tagName.toLowerCase() + classes + (text ? ' „' + text + '“' : '');
}`;

/**
 * 1.4.11 in forced colours: every control that needs a boundary keeps one. Controls are buttons, inputs (not
 * hidden ones, and not visually hidden ones whose label draws the control), selects, textareas, elements with
 * role button, tab or switch that are not links (`<a href>`), and summaries styled as a control (with a filled
 * background, which forced colours turn into Canvas). A control styled as a link — underlined text without a
 * fill — needs none: its underline is its affordance, and forced colours keep it. A boundary is a border of at
 * least 1 px with a style that draws on every side, or an outline, in a colour that is not Canvas, or the
 * browser's own drawing of a checkbox, radio button, range, colour or file input (`appearance` not none).
 * Run it with nothing focused (a focus ring is an outline).
 * @param {import('playwright').Page} page
 * @param {string} root CSS selector of the content to check
 */
export async function missingBoundaries(page, root) {
  await settle(page);
  return page.evaluate(
    ([selector, describe]) => {
      const name = new Function(`return ${describe}`)();
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const drawn = (colour) => colour !== canvas && !/rgba\(.*, 0\)$/.test(colour);
      const NATIVE = ['checkbox', 'radio', 'range', 'color', 'file'];
      const problems = [];
      const candidates = document.querySelectorAll(
        [
          'button',
          'input:not([type="hidden"])',
          'select',
          'textarea',
          'summary',
          ':is([role="button"], [role="tab"], [role="switch"]):not(a[href])',
        ]
          .map((s) => `${selector} ${s}`)
          .join(', '),
      );
      for (const element of candidates) {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        if (!element.getClientRects().length || style.visibility !== 'visible') continue;
        if (element.closest('[hidden], [inert]')) continue;
        const filled = !/rgba\(.*, 0\)$/.test(style.backgroundColor);
        if (element.localName === 'input') {
          // Visually hidden: its label draws the control.
          const hidden =
            box.width <= 1 ||
            box.height <= 1 ||
            style.opacity === '0' ||
            style.clipPath === 'inset(50%)';
          if (hidden) continue;
          if (NATIVE.includes(element.type) && style.appearance !== 'none') continue;
        }
        if (element.localName === 'summary' && !filled) continue;
        const underlined = style.textDecorationLine.includes('underline');
        const sides = ['Top', 'Right', 'Bottom', 'Left'];
        const border = sides.every(
          (side) =>
            Number.parseFloat(style[`border${side}Width`]) >= 1 &&
            !['none', 'hidden'].includes(style[`border${side}Style`]) &&
            drawn(style[`border${side}Color`]),
        );
        const outline =
          style.outlineStyle !== 'none' &&
          Number.parseFloat(style.outlineWidth) >= 1 &&
          drawn(style.outlineColor);
        if (border || outline) continue;
        if (
          underlined &&
          !filled &&
          !sides.some((s) => Number.parseFloat(style[`border${s}Width`]))
        )
          continue;
        problems.push(`${name(element)} has no visible boundary in forced colours`);
      }
      return problems;
    },
    [root, DESCRIBE],
  );
}

/**
 * 2.4.7 in forced colours: every element Tab reaches (from the start of the page until focus leaves the page or
 * comes back round) matches :focus-visible and shows it: a screenshot of its surroundings (its box, its labels,
 * the box a positioned ::before or ::after covers, and its outline) focused differs from the unfocused baseline
 * in pixels that are not Canvas. For text fields the content box (where the caret blinks; forced colours force
 * its colour) is left out, so their indicator must be drawn by the outline or border.
 * @param {import('playwright').Page} page
 * @param {string} root
 * @param {{ baseline?: () => Promise<Image | undefined> }} [options] the page's baseline (`baselineOf`), unfocused
 */
export async function invisibleFocus(page, root, { baseline } = {}) {
  // Start before the content: a focused marker in front of it (in a modal dialog's page it cannot take focus,
  // and Tab starts in the dialog).
  const canvas = await canvasColour(page);
  const focusable = await page.evaluate((selector) => {
    /** @type {HTMLElement | null} */ (document.activeElement)?.blur?.();
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    marker.dataset.skFcStart = '';
    marker.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;outline:none';
    document.querySelector(selector)?.before(marker);
    marker.focus({ preventScroll: true });
    return document.querySelectorAll(
      ':is(a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]):not([data-sk-fc-start])',
    ).length;
  }, root);
  let before = focusable ? await (baseline ?? baselineOf(page, root))() : undefined;
  let scrolled = await page.evaluate(() => `${window.scrollX},${window.scrollY}`);
  const problems = [];
  try {
    for (let stop = 0; ; stop += 1) {
      if (stop === MAX_TAB_STOPS) {
        problems.push(`the focus walk stopped after ${MAX_TAB_STOPS} tab stops`);
        break;
      }
      await page.keyboard.press('Tab');
      const info = await page.evaluate(
        ([describe, settleScript, number]) => {
          new Function(`return ${settleScript}`)()();
          document.querySelector('[data-sk-fc-start]')?.remove();
          const element = /** @type {HTMLElement | null} */ (document.activeElement);
          const scroll = `${window.scrollX},${window.scrollY}`;
          if (!element || element === document.body || element === document.documentElement) {
            return undefined;
          }
          if (element.dataset.skFcSeen) return { repeated: true };
          element.dataset.skFcSeen = String(number);
          const name = new Function(`return ${describe}`)()(element);
          // Where the indicator may be drawn: the element, its labels, the box of a ::before or ::after
          // positioned around it (a block link's ring around its card), and for a visually hidden element the
          // nearest visible ancestor.
          const hosts = [element, .../** @type {HTMLInputElement} */ (element.labels ?? [])];
          let ring = 0;
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(element, pseudo);
            if (pseudo && ['none', 'normal'].includes(style.content)) continue;
            ring = Math.max(
              ring,
              Number.parseFloat(style.outlineWidth) +
                Math.max(0, Number.parseFloat(style.outlineOffset)),
            );
            if (pseudo && ['absolute', 'fixed'].includes(style.position)) {
              const own = getComputedStyle(element).position !== 'static';
              const block = own ? element : element.offsetParent;
              if (block) hosts.push(/** @type {HTMLElement} */ (block));
            }
          }
          let host = element;
          while (host.parentElement && host.getBoundingClientRect().width <= 1) {
            host = host.parentElement;
          }
          hosts.push(host);
          const boxes = hosts
            .map((e) => e.getBoundingClientRect())
            .filter((b) => b.width > 1 && b.height > 1);
          const pad = ring + 4;
          const left = Math.min(...boxes.map((b) => b.left)) - pad;
          const top = Math.min(...boxes.map((b) => b.top)) - pad;
          const right = Math.max(...boxes.map((b) => b.right)) + pad;
          const bottom = Math.max(...boxes.map((b) => b.bottom)) + pad;
          // A text field's content box, where the caret blinks.
          const textField =
            element.localName === 'textarea' ||
            element.isContentEditable ||
            (element.localName === 'input' &&
              ![
                'checkbox',
                'radio',
                'button',
                'submit',
                'reset',
                'image',
                'range',
                'color',
                'file',
              ].includes(/** @type {HTMLInputElement} */ (element).type));
          const style = getComputedStyle(element);
          const px = (property) => Number.parseFloat(style[property]);
          const box = element.getBoundingClientRect();
          const content = {
            x: box.left + px('borderLeftWidth') + px('paddingLeft'),
            y: box.top + px('borderTopWidth') + px('paddingTop'),
            width:
              box.width -
              px('borderLeftWidth') -
              px('borderRightWidth') -
              px('paddingLeft') -
              px('paddingRight'),
            height:
              box.height -
              px('borderTopWidth') -
              px('borderBottomWidth') -
              px('paddingTop') -
              px('paddingBottom'),
          };
          return {
            name,
            scroll,
            focusVisible: element.matches(':focus-visible'),
            region: boxes.length
              ? { x: left, y: top, width: right - left, height: bottom - top }
              : undefined,
            ignore: textField ? [content] : [],
          };
        },
        [DESCRIBE, SETTLE, stop],
      );
      if (!info || info.repeated) break;
      if (!info.focusVisible) {
        problems.push(`${info.name} is focused by Tab but does not match :focus-visible`);
      }
      if (!info.region) {
        problems.push(`${info.name} takes focus but has no visible box to show it`);
        continue;
      }
      const after = await capture(page, info.region);
      let reference = before;
      if (info.scroll !== scrolled) {
        // Tab scrolled the page: compare with the element unfocused at the new position, then carry on from it
        // (Tab continues from a blurred element) with a new baseline.
        await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement).blur());
        reference = await capture(page, info.region);
        before = await capture(page, await contentBox(page, root));
        scrolled = info.scroll;
      }
      if (!after || !reference) {
        problems.push(`${info.name} is focused outside the viewport`);
      } else if (
        changedPixels(reference, after, info.region, { ignore: info.ignore, not: canvas }) === 0
      ) {
        problems.push(`${info.name} shows no visible focus indicator in forced colours`);
      }
    }
  } finally {
    await page.evaluate(() => {
      document.querySelector('[data-sk-fc-start]')?.remove();
      for (const element of document.querySelectorAll('[data-sk-fc-seen]')) {
        delete (/** @type {HTMLElement} */ (element).dataset.skFcSeen);
      }
      /** @type {HTMLElement | null} */ (document.activeElement)?.blur?.();
    });
  }
  return problems;
}

/**
 * 1.4.1 / 1.4.11 in forced colours: every element in a state — a checked input, aria-current, aria-selected,
 * aria-pressed or aria-expanded true, an open details element's summary — looks different without colour with
 * the state switched off for a moment (unchecked; the attribute removed or false, together with the element's own
 * BEM state class such as `__current` or `--selected`, which the component may style instead; details closed):
 * at least MIN_SHAPE_CHANGE pixels turn from painted to Canvas or back (`changedShape`). A difference of colour
 * alone (a Highlight bar where the others have a CanvasText one) is reported apart from identical pixels. When
 * the state is not told apart, the same switch is tried in normal colours: a state that is not drawn there
 * either (its text says it, as „Alle schließen“ does) is not one forced colours lose.
 * @param {import('playwright').Page} page
 * @param {string} root
 * @param {{ baseline?: () => Promise<Image | undefined> }} [options] the page's baseline (`baselineOf`)
 */
export async function indistinguishableStates(page, root, { baseline } = {}) {
  await settle(page);
  const states = await page.evaluate(
    ([selector, describe]) => {
      const name = new Function(`return ${describe}`)();
      const found = [];
      const add = (element, state) => {
        // For a visually hidden input, its labels draw the state.
        const boxes = [element, ...(element.labels ?? [])]
          .map((e) => e.getBoundingClientRect())
          .filter((b) => b.width > 1 && b.height > 1);
        if (!boxes.length || getComputedStyle(element).visibility !== 'visible') return;
        const left = Math.min(...boxes.map((b) => b.left)) - 4;
        const top = Math.min(...boxes.map((b) => b.top)) - 4;
        const right = Math.max(...boxes.map((b) => b.right)) + 4;
        const bottom = Math.max(...boxes.map((b) => b.bottom)) + 4;
        element.dataset.skFcState = String(found.length);
        found.push({
          state,
          name: name(element),
          region: { x: left, y: top, width: right - left, height: bottom - top },
        });
      };
      const within = (s) => document.querySelectorAll(`${selector} ${s}`);
      for (const e of within('input:checked')) add(e, 'checked');
      for (const e of within('[aria-current]:not([aria-current="false"])')) add(e, 'aria-current');
      for (const e of within('[aria-selected="true"]')) add(e, 'aria-selected');
      for (const e of within('[aria-pressed="true"]')) add(e, 'aria-pressed');
      for (const e of within('[aria-expanded="true"]')) add(e, 'aria-expanded');
      for (const e of within('details[open] > summary')) add(e, 'open');
      return found;
    },
    [root, DESCRIBE],
  );
  if (!states.length) return [];
  /** Switches state `index` off, or back on with `restore` (in the page). */
  const toggle = (index, restore) =>
    page.evaluate(
      ([i, restore]) => {
        const element = /** @type {HTMLElement} */ (
          document.querySelector(`[data-sk-fc-state="${i}"]`)
        );
        const STATE = /(?:--|__)(?:current|selected|active|checked|pressed|expanded|open)$/;
        if (!restore) {
          const saved = {
            classes: [...element.classList].filter((c) => STATE.test(c)),
            attributes: Object.fromEntries(
              ['aria-current', 'aria-selected', 'aria-pressed', 'aria-expanded']
                .filter((a) => element.hasAttribute(a))
                .map((a) => [a, element.getAttribute(a)]),
            ),
            checked: element instanceof HTMLInputElement && element.checked,
            open: element.localName === 'summary' && element.parentElement?.hasAttribute('open'),
          };
          element.dataset.skFcSaved = JSON.stringify(saved);
          element.classList.remove(...saved.classes);
          if (saved.checked) /** @type {HTMLInputElement} */ (element).checked = false;
          if (saved.open) element.parentElement?.removeAttribute('open');
          if ('aria-current' in saved.attributes) element.removeAttribute('aria-current');
          for (const a of ['aria-selected', 'aria-pressed', 'aria-expanded']) {
            if (a in saved.attributes) element.setAttribute(a, 'false');
          }
        } else {
          const saved = JSON.parse(element.dataset.skFcSaved ?? '{}');
          element.classList.add(...saved.classes);
          if (saved.checked) /** @type {HTMLInputElement} */ (element).checked = true;
          if (saved.open) element.parentElement?.setAttribute('open', '');
          for (const [a, value] of Object.entries(saved.attributes)) element.setAttribute(a, value);
          delete element.dataset.skFcSaved;
        }
      },
      [index, restore],
    );
  const problems = [];
  const canvas = await canvasColour(page);
  let before = await (baseline ?? baselineOf(page, root))();
  try {
    for (const [index, { state, name, region }] of states.entries()) {
      await toggle(index, false);
      const off = await capture(page, region);
      await toggle(index, true);
      if (!off || !before) {
        problems.push(`${name} is outside the viewport`);
        continue;
      }
      if (changedShape(before, off, region, canvas) >= MIN_SHAPE_CHANGE) continue;
      const colourOnly = changedPixels(before, off, region) > 0;
      // Not told apart without colour in forced colours: is the state drawn at all (in normal colours)?
      await page.emulateMedia({ forcedColors: 'none' });
      try {
        const normal = await capture(page, region);
        await toggle(index, false);
        const normalOff = await capture(page, region);
        await toggle(index, true);
        if (normal && normalOff && changedPixels(normal, normalOff, region) === 0) continue;
      } finally {
        await page.emulateMedia({ forcedColors: 'active' });
        before = await capture(page, await contentBox(page, root));
      }
      const both = state === 'checked' ? 'checked and unchecked' : `with and without ${state}`;
      problems.push(
        colourOnly
          ? `${name} differs only in colour ${both} in forced colours`
          : `${name} looks the same ${both} in forced colours`,
      );
    }
  } finally {
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('[data-sk-fc-state]')) {
        delete (/** @type {HTMLElement} */ (element).dataset.skFcState);
      }
    });
  }
  return problems;
}

/**
 * 1.1.1 / 1.4.11 in forced colours: icons stay visible — inline SVGs, and icons drawn by CSS on ::before and
 * ::after (a mask-image or background-image, or borders around no text). Each is hidden
 * (visibility: hidden) for a moment; if the pixels where it is do not change, it had already vanished. The
 * classic case: a mask icon painted with background-color, which forced colours turn into Canvas (fixed by
 * `forced-color-adjust: none` with a system colour such as CanvasText, or by currentColor on an SVG's fill).
 * Icons that do not show in normal colours either (scaled to 0, transparent) are left out.
 * @param {import('playwright').Page} page
 * @param {string} root
 * @param {{ baseline?: () => Promise<Image | undefined> }} [options] the page's baseline (`baselineOf`)
 */
export async function vanishingIcons(page, root, { baseline } = {}) {
  await settle(page);
  const icons = await page.evaluate(
    ([selector, describe]) => {
      const name = new Function(`return ${describe}`)();
      const found = [];
      const showing = (style) =>
        style.display !== 'none' &&
        style.visibility === 'visible' &&
        style.opacity !== '0' &&
        !/^matrix\(0, 0, 0, 0,/.test(style.transform);
      let host = 0;
      const mark = (element) => {
        element.dataset.skFcIcon ??= String(host++);
        return element.dataset.skFcIcon;
      };
      for (const svg of document.querySelectorAll(`${selector} svg`)) {
        if (svg.parentElement?.closest('svg')) continue;
        const box = svg.getBoundingClientRect();
        if (box.width < 2 || box.height < 2 || !showing(getComputedStyle(svg))) continue;
        const parent = svg.parentElement;
        found.push({
          host: mark(svg),
          part: 'self',
          name: `svg${svg.getAttribute('class') ? `.${svg.getAttribute('class').trim().split(/\s+/).join('.')}` : ''} in ${parent ? name(parent) : 'the page'}`,
          region: { x: box.x, y: box.y, width: box.width, height: box.height },
        });
      }
      for (const element of document.querySelectorAll(`${selector}, ${selector} *`)) {
        if (!element.getClientRects().length || element.closest('svg')) continue;
        for (const part of ['before', 'after']) {
          const style = getComputedStyle(element, `::${part}`);
          if (['none', 'normal'].includes(style.content) || !showing(style)) continue;
          if (!showing(getComputedStyle(element))) continue;
          const image = style.maskImage !== 'none' || style.backgroundImage !== 'none';
          const bordered =
            style.content === '""' &&
            ['Top', 'Right', 'Bottom', 'Left'].some(
              (s) =>
                Number.parseFloat(style[`border${s}Width`]) >= 1 &&
                !['none', 'hidden'].includes(style[`border${s}Style`]),
            );
          if (!image && !bordered) continue;
          const width = Number.parseFloat(style.width);
          const height = Number.parseFloat(style.height);
          if ((width === 0 || height === 0) && !bordered) continue;
          // Where a pseudo-element is cannot be asked for; its host's box, widened by its size, holds it.
          const box = element.getBoundingClientRect();
          const pad = Math.min(
            24,
            Math.max(4, Number.isNaN(width) ? 0 : width, Number.isNaN(height) ? 0 : height),
          );
          found.push({
            host: mark(element),
            part,
            name: `${name(element)}::${part}`,
            region: {
              x: box.x - pad,
              y: box.y - pad,
              width: box.width + 2 * pad,
              height: box.height + 2 * pad,
            },
          });
        }
      }
      return found;
    },
    [root, DESCRIBE],
  );
  if (!icons.length) return [];
  // Hide icons in rounds: in one round no two regions overlap, so each region shows its own icon only.
  const overlap = (a, b) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const rounds = [];
  for (const icon of icons) {
    const round = rounds.find((r) => r.every((other) => !overlap(other.region, icon.region)));
    if (round) round.push(icon);
    else rounds.push([icon]);
  }
  const problems = [];
  const before = await (baseline ?? baselineOf(page, root))();
  try {
    for (const round of rounds) {
      await page.evaluate(
        ([hidden, attribute, css]) => {
          for (const { host, part } of hidden) {
            const element = document.querySelector(`[data-sk-fc-icon="${host}"]`);
            element?.setAttribute(
              attribute,
              `${element.getAttribute(attribute) ?? ''} ${part}`.trim(),
            );
          }
          const style = document.createElement('style');
          style.dataset.skFcIcons = '';
          style.textContent = css;
          document.head.append(style);
        },
        [round.map(({ host, part }) => ({ host, part })), HIDE_ATTRIBUTE, HIDE_CSS],
      );
      const after = await capture(page, around(round.map((icon) => icon.region)));
      await page.evaluate((attribute) => {
        document.querySelector('style[data-sk-fc-icons]')?.remove();
        for (const element of document.querySelectorAll(`[${attribute}]`)) {
          element.removeAttribute(attribute);
        }
      }, HIDE_ATTRIBUTE);
      for (const icon of round) {
        if (!before || !after) problems.push(`${icon.name} (an icon) is outside the viewport`);
        else if (changedPixels(before, after, icon.region) === 0) {
          problems.push(`${icon.name} (an icon) vanishes in forced colours`);
        }
      }
    }
  } finally {
    await page.evaluate(() => {
      document.querySelector('style[data-sk-fc-icons]')?.remove();
      for (const element of document.querySelectorAll('[data-sk-fc-icon]')) {
        delete (/** @type {HTMLElement} */ (element).dataset.skFcIcon);
      }
    });
  }
  return problems;
}
