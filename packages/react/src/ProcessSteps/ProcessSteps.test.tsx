import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { ProcessSteps } from './ProcessSteps.js';

const steps = ['Persönliche Angaben', 'Neue Anschrift', 'Nachweise', 'Prüfen und senden'];

describeBasics('ProcessSteps', {
  component: ProcessSteps,
  rootClass: 'sk-process-steps',
  rootTag: 'OL',
  render: (extra) => <ProcessSteps steps={steps} current={1} {...extra} />,
});

describe('ProcessSteps: Akzeptanzkriterien', () => {
  it('Semantik: die Schritte sind eine geordnete, benannte Liste', () => {
    render(<ProcessSteps steps={steps} current={1} />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(list).toHaveAccessibleName('Schritte des Antrags');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });

  it('Screenreader: der aktuelle Schritt hat aria-current="step", nur er', () => {
    render(<ProcessSteps steps={steps} current={1} />);
    const items = screen.getAllByRole('listitem');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items.filter((item) => item.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('Screenreader: erledigte Schritte enden mit dem versteckten Wort „abgeschlossen“, kommende nicht', () => {
    render(<ProcessSteps steps={steps} current={2} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Persönliche Angaben – abgeschlossen$/);
    expect(items[1]).toHaveTextContent(/^Neue Anschrift – abgeschlossen$/);
    expect(items[2]).toHaveTextContent(/^3Nachweise$/);
    expect(items[3]).toHaveTextContent(/^4Prüfen und senden$/);
    expect(within(items[0] as HTMLElement).getByText('– abgeschlossen')).toHaveClass(
      'sk-process-steps__status',
    );
  });

  it('Screenreader: Nummer und Haken werden nicht gelesen (die Liste zählt selbst)', () => {
    const { container } = render(<ProcessSteps steps={steps} current={1} />);
    const markers = container.querySelectorAll('.sk-process-steps__marker');
    expect(markers).toHaveLength(4);
    for (const marker of markers) expect(marker).toHaveAttribute('aria-hidden', 'true');
  });

  it('Darstellung: erledigt, aktuell und kommend tragen ihre Modifikatoren; current = Anzahl heißt alles erledigt', () => {
    const { rerender } = render(<ProcessSteps steps={steps} current={1} />);
    expect(screen.getAllByRole('listitem').map((item) => item.className)).toEqual([
      'sk-process-steps__step sk-process-steps__step--done',
      'sk-process-steps__step sk-process-steps__step--current',
      'sk-process-steps__step',
      'sk-process-steps__step',
    ]);
    rerender(<ProcessSteps steps={steps} current={4} />);
    for (const item of screen.getAllByRole('listitem'))
      expect(item).toHaveClass('sk-process-steps__step--done');
  });

  it('Sprache: locale="en" nennt die Liste „Steps of the application“ und erledigte Schritte „completed“', () => {
    render(<ProcessSteps steps={['Details', 'Address']} current={1} locale="en" />);
    expect(screen.getByRole('list')).toHaveAccessibleName('Steps of the application');
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(/^Details – completed$/);
  });

  it('Entwicklung: warnt, wenn current keine gültige Schrittnummer ist', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<ProcessSteps steps={steps} current={7} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'ProcessSteps: current is 7, but it must be a whole number from 0 to 4',
      ),
    );
  });
});
