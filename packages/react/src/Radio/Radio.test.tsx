import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Radio } from './Radio.js';

describeBasics('Radio', {
  component: Radio,
  rootClass: 'sk-radio',
  rootTag: 'DIV',
  refTag: 'INPUT',
  render: (extra) => <Radio label="Ja" name="antwort" value="ja" {...extra} />,
});

const options = (
  <>
    <Radio label="Per Post" name="kontakt" value="post" hint="Dauert 3 Tage" />
    <Radio label="Per E-Mail" name="kontakt" value="email" />
  </>
);

// Zeigegeräte (24 × 24 px circle) is CSS: checked in the browser by the stories' tests.
describe('Radio: acceptance criteria (Radio.mdx)', () => {
  it('Semantik: a native <input type="radio">, named by <label for>', () => {
    render(options);
    const post = screen.getByRole('radio', { name: 'Per Post' });
    expect(post).toHaveAttribute('type', 'radio');
    expect(screen.getByText('Per Post')).toHaveAttribute('for', post.id);
    expect(post).toHaveAccessibleDescription('Dauert 3 Tage');
  });

  it('Tastatur: Tab reaches the group once, the arrow keys change the answer', async () => {
    const user = userEvent.setup();
    render(
      <>
        {options}
        <button type="button">Weiter</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Per Post' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'Per Post' })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveFocus();
  });

  it('Zeigegeräte: the label is clickable', async () => {
    const user = userEvent.setup();
    render(options);
    await user.click(screen.getByText('Per E-Mail'));
    expect(screen.getByRole('radio', { name: 'Per E-Mail' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Per Post' })).not.toBeChecked();
  });
});
