// KoliBri's set-up as its README gives it: register the default theme and the component loader.
import { register } from '@public-ui/components';
import { defineCustomElements } from '@public-ui/components/loader';
import { DEFAULT } from '@public-ui/theme-default';

export function before() {
  return register(DEFAULT, defineCustomElements);
}
