import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { List } from './List.js';

describeBasics('List', {
  component: List,
  rootClass: 'sk-list',
  rootTag: 'UL',
  render: (extra) => (
    <List {...extra}>
      <li>Personalausweis</li>
      <li>Meldebescheinigung</li>
    </List>
  ),
});

describeBasics('List', {
  component: List,
  rootClass: 'sk-list',
  rootTag: 'OL',
  render: (extra) => (
    <List variant="numbered" {...extra}>
      <li>Formular ausfüllen</li>
      <li>Absenden</li>
    </List>
  ),
});

describe('List: acceptance criteria (List.mdx)', () => {
  it('Semantik: <ul>/<ol> with <li>; screen readers announce „Liste, N Einträge“', () => {
    const { rerender } = render(
      <List>
        <li>Personalausweis</li>
        <li>Meldebescheinigung</li>
      </List>,
    );
    expect(screen.getByRole('list').tagName).toBe('UL');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
    rerender(
      <List variant="numbered">
        <li>Formular ausfüllen</li>
        <li>Absenden</li>
        <li>Bescheid abwarten</li>
      </List>,
    );
    expect(screen.getByRole('list').tagName).toBe('OL');
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('Darstellung: plain stays a list (only the markers go, by class)', () => {
    render(
      <List variant="plain">
        <li>Eins</li>
      </List>,
    );
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('UL');
    expect(list).toHaveClass('sk-list sk-list--plain', { exact: true });
  });
});
