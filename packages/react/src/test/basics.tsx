// The fixed minimum every component is tested for: renders, root class, extra className, ref,
// displayName, axe, and server rendering. Behaviour tests stay in each component's own file.
import { render } from '@testing-library/react';
import { createRef } from 'react';
import type { ComponentType, ReactElement, Ref } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';

export type BasicsOptions = {
  /** The component, for its displayName. */
  component: ComponentType<never> & { displayName?: string };
  /** Renders the component with the given extra className and ref. */
  render: (extra: { className: string; ref: Ref<never> }) => ReactElement;
  /** The root class, e.g. `sk-button`. */
  rootClass: string;
  /** Tag of the element the ref points to, e.g. `INPUT`; defaults to the root element's tag. */
  refTag?: string;
  /** Tag of the root element, e.g. `BUTTON`. */
  rootTag: string;
};

export function describeBasics(name: string, options: BasicsOptions): void {
  describe(`${name}: basics`, () => {
    const renderIt = () => {
      const ref = createRef<HTMLElement>();
      const result = render(options.render({ className: 'app-extra', ref: ref as Ref<never> }));
      const root = result.container.querySelector(`.${options.rootClass}`);
      return { ...result, ref, root };
    };

    it(`renders a <${options.rootTag.toLowerCase()}> with the root class .${options.rootClass}`, () => {
      const { root } = renderIt();
      expect(root?.tagName).toBe(options.rootTag);
    });

    it('merges an extra className onto the root element', () => {
      const { root } = renderIt();
      expect(root).toHaveClass(options.rootClass, 'app-extra');
    });

    it('forwards its ref', () => {
      const { ref } = renderIt();
      expect(ref.current?.tagName).toBe(options.refTag ?? options.rootTag);
    });

    it(`has the displayName ${name}`, () => {
      expect(options.component.displayName).toBe(name);
    });

    it('has no axe violations', async () => {
      const { container } = renderIt();
      await expectNoAxeViolations(container);
    });

    it('renders the same root on the server', () => {
      const html = renderToString(options.render({ className: 'app-extra', ref: createRef() }));
      expect(html).toContain(options.rootClass);
      expect(html).toContain('app-extra');
    });
  });
}
