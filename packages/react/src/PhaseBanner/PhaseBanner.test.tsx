import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { PhaseBanner } from './PhaseBanner.js';

describeBasics('PhaseBanner', {
  component: PhaseBanner,
  rootClass: 'sk-phase-banner',
  rootTag: 'DIV',
  render: (extra) => <PhaseBanner feedbackHref="/rueckmeldung" {...extra} />,
});

// Darstellung (tag beside the text, wrapping, forced colours) is CSS: checked in the browser by the stories' tests.
describe('PhaseBanner: Akzeptanzkriterien', () => {
  it('Semantik: die Phase steht als Badge-Tag („Beta“) vor dem Text, beides in einem Absatz', () => {
    render(<PhaseBanner feedbackHref="/rueckmeldung" />);
    const tag = screen.getByText('Beta');
    expect(tag).toHaveClass('sk-badge sk-badge--info sk-phase-banner__tag');
    expect(tag.closest('p')).toHaveTextContent(
      'Beta Dieser Online-Dienst ist neu. Ihre Rückmeldung hilft uns, ihn zu verbessern.',
    );
  });

  it('Screenreader: der Link zur Rückmeldung hat einen sprechenden Namen', () => {
    render(<PhaseBanner phase="alpha" feedbackHref="/rueckmeldung" />);
    expect(screen.getByText('Alpha')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ihre Rückmeldung' })).toHaveAttribute(
      'href',
      '/rueckmeldung',
    );
  });

  it('Tastatur: der Link zur Rückmeldung ist mit Tab erreichbar', async () => {
    const user = userEvent.setup();
    render(<PhaseBanner feedbackHref="/rueckmeldung" />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ihre Rückmeldung' })).toHaveFocus();
  });

  it('Inhalt: ein eigener Text ersetzt den Standardtext', () => {
    render(
      <PhaseBanner>
        Neu: Wohngeld online. <a href="/umfrage">Machen Sie bei unserer Umfrage mit</a>.
      </PhaseBanner>,
    );
    expect(
      screen.getByRole('link', { name: 'Machen Sie bei unserer Umfrage mit' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Dieser Online-Dienst ist neu/)).toBeNull();
  });

  it('Sprache: englischer Standardtext mit locale="en"', () => {
    render(<PhaseBanner feedbackHref="/feedback" locale="en" />);
    expect(screen.getByRole('link', { name: 'Your feedback' })).toBeInTheDocument();
    expect(screen.getByText(/This is a new service/)).toBeInTheDocument();
  });

  it('Fehler: ohne feedbackHref und ohne eigenen Text warnt die Entwicklungsversion', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<PhaseBanner />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('PhaseBanner: give a feedbackHref'));
    expect(screen.queryByRole('link')).toBeNull();
  });
});
