import { forwardRef } from 'react';
import type { SVGAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { icons } from './icons.js';
import type { IconName } from './icons.js';

export type IconSize = 'small' | 'medium' | 'inherit';

type IconBaseProps = Omit<SVGAttributes<SVGSVGElement>, 'children'> & {
  /** Which icon of the curated set. */
  name: IconName;
  /**
   * `small` 16 px, `medium` 24 px, `inherit` follows the font size (1em).
   * @default 'medium'
   */
  size?: IconSize;
};

/** A decorative icon: hidden from assistive technology because the text next to it says the same. */
export type DecorativeIconProps = IconBaseProps & {
  /** @default undefined */
  label?: undefined;
};

/** A meaningful icon that stands alone: announced as an image with this label. */
export type MeaningfulIconProps = IconBaseProps & {
  /** What the icon means, e.g. "Warnung". */
  label: string;
};

export type IconProps = DecorativeIconProps | MeaningfulIconProps;

/** An icon from the curated SVG set; decorative unless it has a `label`. */
export const Icon = forwardRef<SVGSVGElement, IconProps>(function Icon(
  { name, size = 'medium', label, className, ...rest },
  ref,
) {
  const a11y = label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label };
  return (
    <svg
      ref={ref}
      className={cx('sk-icon', size !== 'medium' && `sk-icon--${size}`, className)}
      viewBox="0 0 24 24"
      focusable="false"
      {...a11y}
      {...rest}
    >
      <path d={icons[name]} />
    </svg>
  );
});
if (process.env.NODE_ENV !== 'production') Icon.displayName = 'Icon';
