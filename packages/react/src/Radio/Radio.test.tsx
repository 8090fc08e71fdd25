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

describe('Radio', () => {
  it('is a native radio named by its label, selected with Space', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Radio label="Per Post" name="kontakt" value="post" hint="Dauert 3 Tage" />
        <Radio label="Per E-Mail" name="kontakt" value="email" />
      </>,
    );
    const post = screen.getByRole('radio', { name: 'Per Post' });
    expect(document.getElementById(post.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Dauert 3 Tage',
    );
    await user.tab();
    expect(document.activeElement).toBe(post);
    await user.keyboard(' ');
    expect(post).toHaveProperty('checked', true);
    await user.click(screen.getByText('Per E-Mail'));
    expect(screen.getByRole('radio', { name: 'Per E-Mail' })).toHaveProperty('checked', true);
    expect(post).toHaveProperty('checked', false);
  });
});
