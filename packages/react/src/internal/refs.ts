import type { Ref } from 'react';

/** Points a ref — callback or object — at a value; does nothing without a ref. */
export function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * Passes a ref typed for a base element (e.g. `HTMLElement`) to an element of a more specific type
 * (e.g. `<p>`). Sound because React only writes to refs, and the element is a `Base`. TypeScript checks
 * ref objects covariantly, so this one assertion stands here, typed by the `Element extends Base`
 * bound, instead of an unchecked `as never` at each call site. Server-safe: no hook.
 */
export function narrowRef<Element extends Base, Base>(ref: Ref<Base> | undefined): Ref<Element> {
  return (ref ?? null) as Ref<Element>;
}
