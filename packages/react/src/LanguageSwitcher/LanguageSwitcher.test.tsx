import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';

const languages = [
  { lang: 'de', label: 'Deutsch', current: true },
  { lang: 'en', label: 'English', href: '/en/wohngeld' },
  { lang: 'tr', label: 'Türkçe', href: '/tr/wohngeld' },
];

describeBasics('LanguageSwitcher', {
  component: LanguageSwitcher,
  rootClass: 'sk-language-switcher',
  rootTag: 'NAV',
  render: (extra) => <LanguageSwitcher languages={languages} {...extra} />,
});

// Darstellung (current language bold with a bar, forced colours) is CSS: checked in the browser by the stories.
describe('LanguageSwitcher: Akzeptanzkriterien', () => {
  it('Semantik: Navigation „Sprache wählen“ mit einer Liste der Sprachfassungen', () => {
    render(<LanguageSwitcher languages={languages} />);
    const nav = screen.getByRole('navigation', { name: 'Sprache wählen' });
    expect(within(nav).getAllByRole('listitem')).toHaveLength(3);
  });

  it('Screenreader: jede Sprache heißt in ihrer eigenen Sprache und trägt lang, Links zusätzlich hreflang', () => {
    render(<LanguageSwitcher languages={languages} />);
    const english = screen.getByRole('link', { name: 'English' });
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('hreflang', 'en');
    expect(english).toHaveAttribute('href', '/en/wohngeld');
    expect(screen.getByRole('link', { name: 'Türkçe' })).toHaveAttribute('lang', 'tr');
  });

  it('Screenreader: die aktuelle Sprache ist mit aria-current markiert und kein Link auf sich selbst', () => {
    render(<LanguageSwitcher languages={languages} />);
    const current = screen.getByText('Deutsch');
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveAttribute('lang', 'de');
    expect(screen.queryByRole('link', { name: 'Deutsch' })).toBeNull();
  });

  it('Tastatur: nur die anderen Sprachen sind mit Tab erreichbar', async () => {
    const user = userEvent.setup();
    render(<LanguageSwitcher languages={languages} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'English' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Türkçe' })).toHaveFocus();
  });

  it('Sprache: „Choose language“ mit locale="en", ein eigener Name ersetzt den Standard', () => {
    const { rerender } = render(<LanguageSwitcher languages={languages} locale="en" />);
    expect(screen.getByRole('navigation', { name: 'Choose language' })).toBeInTheDocument();
    rerender(<LanguageSwitcher languages={languages} aria-label="Sprache / Language" />);
    expect(screen.getByRole('navigation', { name: 'Sprache / Language' })).toBeInTheDocument();
  });

  it('Fehler: keine oder mehrere aktuelle Sprachen und Links ohne href warnen in der Entwicklung', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<LanguageSwitcher languages={[{ lang: 'en', label: 'English' }]} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('mark exactly one language as current'),
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"en" has no href'));
  });
});
