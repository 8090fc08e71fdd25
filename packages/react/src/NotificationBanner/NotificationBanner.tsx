import { forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';
import { FocusOnMount } from './FocusOnMount.js';

export type NotificationBannerVariant = 'important' | 'success';

const TITLE: Texts<Record<NotificationBannerVariant, string>> = {
  de: { important: 'Wichtig', success: 'Erfolg' },
  en: { important: 'Important', success: 'Success' },
};

export type NotificationBannerProps = Omit<HTMLAttributes<HTMLDivElement>, 'title'> & {
  /**
   * `important` for a message about the whole service (closures, changed rules); `success` for the result
   * of the step the user just finished.
   * @default 'important'
   */
  variant?: NotificationBannerVariant;
  /**
   * The title in the banner's header.
   * @default 'Wichtig' / 'Erfolg' (de), 'Important' / 'Success' (en)
   */
  title?: ReactNode;
  /**
   * Level of the title heading, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The message in large type, above further content. @default undefined */
  heading?: ReactNode;
  /**
   * Announce the banner: `role="alert"` instead of a labelled region. For banners that appear after an
   * action without a page load.
   * @default false
   */
  announce?: boolean;
  /**
   * Focus the banner once when it mounts and announce it (`role="alert"`): for a success banner rendered
   * after a redirect, so that screen-reader and keyboard users start there. Adds a small client part;
   * without it the banner is a server component.
   * @default false
   */
  focusOnMount?: boolean;
  /**
   * Language of the default title.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A message at the top of the main content: important news about the service, or the success of the last
 * step (after a redirect with `focusOnMount`). Renders `<div class="sk-notification-banner">`.
 */
export const NotificationBanner = forwardRef<HTMLDivElement, NotificationBannerProps>(
  function NotificationBanner(
    {
      variant = 'important',
      title,
      headingLevel = 2,
      heading,
      announce = false,
      focusOnMount = false,
      locale,
      className,
      children,
      ...rest
    },
    ref,
  ) {
    const titleId = `${useId()}-title`;
    const Title = `h${headingLevel}` as const;
    const Root = focusOnMount ? FocusOnMount : 'div';
    return (
      <Root
        ref={ref}
        role={announce || focusOnMount ? 'alert' : 'region'}
        aria-labelledby={titleId}
        className={cx(
          'sk-notification-banner',
          variant === 'success' && 'sk-notification-banner--success',
          className,
        )}
        {...rest}
      >
        <div className="sk-notification-banner__header">
          <Title id={titleId} className="sk-notification-banner__title">
            {title ?? textsFor(TITLE, locale)[variant]}
          </Title>
        </div>
        <div className="sk-notification-banner__content">
          {heading ? <p className="sk-notification-banner__heading">{heading}</p> : null}
          {children}
        </div>
      </Root>
    );
  },
);
if (process.env.NODE_ENV !== 'production') NotificationBanner.displayName = 'NotificationBanner';
