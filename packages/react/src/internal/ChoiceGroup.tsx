import { Children, cloneElement, isValidElement } from 'react';
import type { ReactNode, Ref } from 'react';
import { Fieldset } from '../Fieldset/Fieldset.js';
import type { FieldsetProps } from '../Fieldset/Fieldset.js';
import { cx } from './cx.js';
import type { DistributiveOmit } from './types.js';

export type ChoiceGroupProps = DistributiveOmit<FieldsetProps, 'children'> & {
  /** The `Checkbox` or `Radio` elements. */
  children: ReactNode;
  /** Shared `name`, given to every option that has none. @default undefined */
  name?: string;
  /**
   * Shows the options side by side (for two or three short ones, e.g. „Ja“ / „Nein“).
   * @default false
   */
  inline?: boolean;
};

/** Shared markup of CheckboxGroup and RadioGroup: a Fieldset with the options and their name. */
export function ChoiceGroup({
  props: { name, inline = false, error, children, className, ...rest },
  ref,
}: {
  props: ChoiceGroupProps;
  ref: Ref<HTMLFieldSetElement>;
}) {
  const options = Children.map(children, (child) =>
    isValidElement<{ name?: string; invalid?: boolean }>(child)
      ? cloneElement(child, {
          name: child.props.name ?? name,
          ...(error ? { invalid: true } : {}),
        })
      : child,
  );
  return (
    <Fieldset ref={ref} error={error} className={className} {...rest}>
      <div className={cx('sk-fieldset__items', inline && 'sk-fieldset__items--inline')}>
        {options}
      </div>
    </Fieldset>
  );
}
