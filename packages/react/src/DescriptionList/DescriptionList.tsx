import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';

export type DescriptionListItem = {
  /** The term, e.g. „Öffnungszeiten“. */
  term: ReactNode;
  /** Its description; an array gives several descriptions (`<dd>`) for one term. */
  description: ReactNode | ReactNode[];
};

export type DescriptionListVariant = 'stacked' | 'inline';

export type DescriptionListProps = Omit<HTMLAttributes<HTMLDListElement>, 'children'> & {
  /** The term–description pairs, in reading order. */
  items: DescriptionListItem[];
  /**
   * `stacked`: description below its term. `inline`: side by side on wide screens, stacked on narrow ones.
   * @default 'stacked'
   */
  variant?: DescriptionListVariant;
};

/**
 * Term–description pairs such as opening hours or contact details. Renders `<dl class="sk-description-list">`.
 * To let users check and change their answers, use `SummaryList`.
 */
export const DescriptionList = forwardRef<HTMLDListElement, DescriptionListProps>(
  function DescriptionList({ items, variant = 'stacked', className, ...rest }, ref) {
    return (
      <dl
        ref={ref}
        className={cx(
          'sk-description-list',
          variant === 'inline' && 'sk-description-list--inline',
          className,
        )}
        {...rest}
      >
        {items.map((item, index) => (
          <div key={index} className="sk-description-list__item">
            <dt className="sk-description-list__term">{item.term}</dt>
            {(Array.isArray(item.description) ? item.description : [item.description]).map(
              (description, i) => (
                <dd key={i} className="sk-description-list__description">
                  {description}
                </dd>
              ),
            )}
          </div>
        ))}
      </dl>
    );
  },
);
if (process.env.NODE_ENV !== 'production') DescriptionList.displayName = 'DescriptionList';
