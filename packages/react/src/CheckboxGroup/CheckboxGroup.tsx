import { forwardRef } from 'react';
import { ChoiceGroup } from '../internal/ChoiceGroup.js';
import type { ChoiceGroupProps } from '../internal/ChoiceGroup.js';

export type CheckboxGroupProps = ChoiceGroupProps;

/**
 * A question with several checkboxes: `<fieldset>` and `<legend>` name the group, hint and error are
 * referenced by `aria-describedby`. Styles come from `.sk-fieldset` and `.sk-checkbox`.
 */
export const CheckboxGroup = forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(
  function CheckboxGroup(props, ref) {
    return <ChoiceGroup props={props} ref={ref} />;
  },
);
if (process.env.NODE_ENV !== 'production') CheckboxGroup.displayName = 'CheckboxGroup';
