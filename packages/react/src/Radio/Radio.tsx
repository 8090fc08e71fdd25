import { forwardRef } from 'react';
import { useChoice } from '../internal/Choice.js';
import type { ChoiceProps } from '../internal/Choice.js';

export type RadioProps = ChoiceProps;

/**
 * A native radio button with its label and optional hint; always inside a `RadioGroup` (or a
 * fieldset) with a shared `name`, so arrow keys move between the options.
 * `className` goes to the wrapper `.sk-radio`; other props and the ref go to the `<input>`.
 */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(props, ref) {
  return useChoice('radio', props, ref);
});
if (process.env.NODE_ENV !== 'production') Radio.displayName = 'Radio';
