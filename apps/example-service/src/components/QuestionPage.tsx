import { BackLink, Button, ErrorSummary, Heading, Link, ProcessSteps } from '@stadtkern/react';
import type { ReactNode } from 'react';
import { SECTIONS, sectionIndex, stepBefore } from '../lib/application';
import type { StepId } from '../lib/application';
import { STEP_TITLES } from '../lib/application';
import type { StepState } from '../lib/page';

interface Props {
  step: StepId;
  state: StepState;
  /** The page's main heading; the step's title by default. */
  heading?: ReactNode;
  /** Text between the heading and the form. */
  intro?: ReactNode;
  /** The form's server action. */
  action: (formData: FormData) => Promise<void>;
  /** The submit button's text. */
  submitLabel?: string;
  children: ReactNode;
}

/**
 * The frame of every question: „Zurück“, where the applicant is, the error summary after a failed
 * submit, and a form that posts to a server action (with or without JavaScript).
 */
export function QuestionPage({
  step,
  state,
  heading,
  intro,
  action,
  submitLabel = 'Weiter',
  children,
}: Props) {
  const { city, errors, draft, fromCheck } = state;
  const base = `/${city.id}/antrag`;
  const before = stepBefore(step, fromCheck);
  return (
    <>
      <BackLink href={before === '' ? `/${city.id}` : `${base}/${before}`} />
      <ProcessSteps steps={SECTIONS.map((section) => section.name)} current={sectionIndex(step)} />
      {errors.length > 0 ? (
        <ErrorSummary
          // A new summary (and focus on it) after every failed submit, also on the same page.
          key={draft?.id}
          errors={errors.map((error) => ({ href: `#${error.fieldId}`, message: error.message }))}
        />
      ) : null}
      <Heading level={1}>{heading ?? STEP_TITLES[step]}</Heading>
      {intro}
      <form action={action} noValidate>
        <input type="hidden" name="city" value={city.id} />
        <input type="hidden" name="step" value={step} />
        {fromCheck ? <input type="hidden" name="aendern" value="1" /> : null}
        {children}
        <Button type="submit">{submitLabel}</Button>
      </form>
      <p className="sk-text">
        <Link href={base}>Alle Abschnitte des Antrags im Überblick</Link>
      </p>
    </>
  );
}
