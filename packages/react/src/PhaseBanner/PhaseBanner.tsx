import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { Badge } from '../Badge/Badge.js';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { Link } from '../Link/Link.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

export type Phase = 'alpha' | 'beta';

const TEXTS: Texts<{ before: string; link: string; after: string }> = {
  de: {
    before: 'Dieser Online-Dienst ist neu. ',
    link: 'Ihre Rückmeldung',
    after: ' hilft uns, ihn zu verbessern.',
  },
  en: {
    before: 'This is a new service. ',
    link: 'Your feedback',
    after: ' will help us to improve it.',
  },
};

const TAG: Record<Phase, string> = { alpha: 'Alpha', beta: 'Beta' };

export type PhaseBannerProps = HTMLAttributes<HTMLDivElement> & {
  /**
   * The service's development phase, shown as a tag.
   * @default 'beta'
   */
  phase?: Phase;
  /**
   * Where users give feedback. With it the default text links to it; without it, pass your own `children`.
   * @default undefined
   */
  feedbackHref?: string;
  /**
   * Your own text instead of the default („Dieser Online-Dienst ist neu. Ihre Rückmeldung hilft uns, ihn zu
   * verbessern.“), e.g. with a link to a feedback form.
   * @default undefined
   */
  children?: ReactNode;
  /**
   * Language of the default text.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * Says that a service is new (Alpha or Beta) and asks for feedback. The tag reuses the Badge; place the banner
 * directly below the Header.
 */
export const PhaseBanner = forwardRef<HTMLDivElement, PhaseBannerProps>(function PhaseBanner(
  { phase = 'beta', feedbackHref, locale, className, children, ...rest },
  ref,
) {
  if (process.env.NODE_ENV !== 'production' && children === undefined && !feedbackHref)
    devWarning(
      'PhaseBanner: give a feedbackHref (or your own text as children) so users can give feedback.',
    );
  const texts = textsFor(TEXTS, locale);
  return (
    <div ref={ref} className={cx('sk-phase-banner', className)} {...rest}>
      <div className="sk-phase-banner__inner">
        <p className="sk-phase-banner__content">
          <Badge variant="info" className="sk-phase-banner__tag">
            {TAG[phase]}
          </Badge>{' '}
          <span className="sk-phase-banner__text">
            {children ?? (
              <>
                {texts.before}
                {feedbackHref ? <Link href={feedbackHref}>{texts.link}</Link> : texts.link}
                {texts.after}
              </>
            )}
          </span>
        </p>
      </div>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') PhaseBanner.displayName = 'PhaseBanner';
