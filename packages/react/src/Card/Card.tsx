import { forwardRef } from 'react';
import type { HTMLAttributes, ImgHTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';

export type CardImage = Omit<ImgHTMLAttributes<HTMLImageElement>, 'alt' | 'src'> & {
  /** The image URL. */
  src: string;
  /** What the image shows; `''` when it only decorates (the heading says everything). */
  alt: string;
};

export type CardProps = Omit<HTMLAttributes<HTMLDivElement>, 'title'> & {
  /** The card's heading; with `href`, also the link's accessible name. */
  heading: ReactNode;
  /**
   * Level of the heading, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Makes the whole card a link to this URL (block link). Put no other links or buttons into such a card.
   * Unsafe schemes such as `javascript:` never reach the DOM.
   * @default undefined
   */
  href?: string;
  /** An image shown at the top of the card. `alt` is required (`''` for a decorative image). @default undefined */
  image?: CardImage;
  /** A short line such as a date or a category, below the text. @default undefined */
  meta?: ReactNode;
};

/**
 * A teaser for a service or page: heading, text, optional image and meta line. With `href` the whole card is
 * clickable through its heading link. Renders `<div class="sk-card">`.
 */
export const Card = forwardRef<HTMLDivElement, CardProps>(function Card(
  { heading, headingLevel = 2, href, image, meta, className, children, ...rest },
  ref,
) {
  const safe = safeHref(href);
  if (process.env.NODE_ENV !== 'production') {
    if (href !== undefined && safe === undefined)
      devWarning(`Card: the href "${href}" uses an unsafe URL scheme and was removed.`);
    if (!hasTextContent(heading))
      devWarning('Card has no heading text. Give it a heading: it names the card and its link.');
    if (image && typeof (image as { alt?: unknown }).alt !== 'string')
      devWarning(
        `Card: the image "${image.src}" has no alt. Describe it, or pass alt="" if it only decorates.`,
      );
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <div ref={ref} className={cx('sk-card', safe && 'sk-card--link', className)} {...rest}>
      <div className="sk-card__body">
        <Heading className="sk-card__heading">
          {safe ? (
            <a className="sk-card__link" href={safe}>
              {heading}
            </a>
          ) : (
            heading
          )}
        </Heading>
        {children ? <div className="sk-card__text">{children}</div> : null}
        {meta ? <p className="sk-card__meta">{meta}</p> : null}
      </div>
      {image ? (
        <img {...image} alt={image.alt} className={cx('sk-card__image', image.className)} />
      ) : null}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Card.displayName = 'Card';
