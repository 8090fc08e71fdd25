import { forwardRef } from 'react';
import { ChoiceGroup } from '../internal/ChoiceGroup.js';
import type { ChoiceGroupProps } from '../internal/ChoiceGroup.js';

export type RadioGroupProps = ChoiceGroupProps & {
  /** The name every radio shares; it makes them one group for the arrow keys and the form data. */
  name: string;
};

/**
 * A question with one answer: `<fieldset>` and `<legend>` name the group; the radios share `name`,
 * so Tab reaches the group once and the arrow keys change the answer.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(
  function RadioGroup(props, ref) {
    return <ChoiceGroup props={props} ref={ref} />;
  },
);
if (process.env.NODE_ENV !== 'production') RadioGroup.displayName = 'RadioGroup';
