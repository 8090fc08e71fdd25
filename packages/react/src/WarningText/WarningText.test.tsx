import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { WarningText } from './WarningText.js';

describeBasics('WarningText', {
  component: WarningText,
  rootClass: 'sk-warning-text',
  rootTag: 'DIV',
  render: (extra) => (
    <WarningText {...extra}>Sie können mit einem Bußgeld belegt werden.</WarningText>
  ),
});

describe('WarningText: Akzeptanzkriterien', () => {
  it('Screenreader: vor dem Text steht das versteckte Wort „Warnung:“, das Symbol wird nicht gelesen', () => {
    const { container } = render(
      <WarningText>Sie können mit einem Bußgeld belegt werden.</WarningText>,
    );
    expect(screen.getByText('Warnung:')).toHaveClass('sk-warning-text__label');
    expect(screen.getByText('!')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('strong')).toHaveTextContent(
      /^Warnung: Sie können mit einem Bußgeld belegt werden\.$/,
    );
  });

  it('Semantik: der Warntext ist stark betont (strong)', () => {
    render(<WarningText>Die Frist endet am 31. Januar.</WarningText>);
    expect(screen.getByText('Die Frist endet am 31. Januar.').tagName).toBe('STRONG');
  });

  it('Sprache: locale="en" liest „Warning:“, das Wort ist ersetzbar', () => {
    const { rerender } = render(<WarningText locale="en">You can be fined.</WarningText>);
    expect(screen.getByText('Warning:')).toHaveClass('sk-warning-text__label');
    rerender(<WarningText label="Achtung:">Kosten entstehen.</WarningText>);
    expect(screen.getByText('Achtung:')).toHaveClass('sk-warning-text__label');
  });
});
