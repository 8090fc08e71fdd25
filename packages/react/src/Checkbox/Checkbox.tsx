import { forwardRef } from 'react';
import { useChoice } from '../internal/Choice.js';
import type { ChoiceProps } from '../internal/Choice.js';

export type CheckboxProps = ChoiceProps;

/**
 * A native checkbox with its label and optional hint. Several belong in a `CheckboxGroup`.
 * `className` goes to the wrapper `.sk-checkbox`; other props and the ref go to the `<input>`.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(props, ref) {
  return useChoice('checkbox', props, ref);
});
if (process.env.NODE_ENV !== 'production') Checkbox.displayName = 'Checkbox';
