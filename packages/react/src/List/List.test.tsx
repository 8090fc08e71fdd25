import { render, screen } from '@testing-library/react';
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

describe('List', () => {
  it('renders an ordered list for numbered steps', () => {
    render(
      <List variant="numbered">
        <li>Formular ausfüllen</li>
        <li>Absenden</li>
      </List>,
    );
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
