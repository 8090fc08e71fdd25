import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Callout } from './Callout.js';

describeBasics('Callout', {
  component: Callout,
  rootClass: 'sk-callout',
  rootTag: 'DIV',
  render: (extra) => <Callout {...extra}>Die Bearbeitung dauert etwa vier Wochen.</Callout>,
});

describe('Callout: Akzeptanzkriterien', () => {
  it('Semantik: der Inhalt bleibt normaler Fließtext ohne eigene Rolle, Absätze und Links darin bleiben erhalten', () => {
    const { container } = render(
      <Callout>
        <p>Die Bearbeitung dauert etwa vier Wochen.</p>
        <p>
          <a href="#fristen">Mehr zu Fristen</a>
        </p>
      </Callout>,
    );
    const callout = container.firstElementChild;
    expect(callout).toHaveClass('sk-callout');
    expect(callout).not.toHaveAttribute('role');
    expect(screen.getByRole('link')).toHaveAccessibleName('Mehr zu Fristen');
    expect(callout?.querySelectorAll('p')).toHaveLength(2);
  });
});
