import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Container } from './Container.js';

describeBasics('Container', {
  component: Container,
  rootClass: 'sk-container',
  rootTag: 'DIV',
  render: (extra) => <Container {...extra}>Inhalt</Container>,
});

// Darstellung (content width, inline padding) is CSS: checked in the browser by the stories' tests.
describe('Container: Akzeptanzkriterien', () => {
  it('Semantik: ein neutrales <div> ohne Rolle, das seinen Inhalt unverändert enthält', () => {
    render(
      <Container>
        <h1>Wohngeld beantragen</h1>
      </Container>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Wohngeld beantragen' });
    expect(heading.parentElement).toHaveClass('sk-container', { exact: true });
    expect(heading.parentElement).not.toHaveAttribute('role');
  });
});
