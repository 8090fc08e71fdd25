import type { Meta, StoryObj } from '@storybook/react-vite';
import { schemeOf, tokenValues } from './token-data';

const SPACES = [
  '2x-small',
  'x-small',
  'small',
  'medium',
  'large',
  'x-large',
  '2x-large',
  '3x-large',
];

const meta = {
  title: 'Grundlagen/Abstände und Maße',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Abstaende: Story = {
  name: 'Abstände',
  render: (_, { globals }) => {
    const values = tokenValues(String(globals.theme), schemeOf(globals.colorScheme));
    return (
      <div>
        <h2>Abstände</h2>
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {SPACES.map((space) => (
            <li
              key={space}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: '1rem',
                marginBlockEnd: '0.5rem',
              }}
            >
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  inlineSize: `var(--sk-metric-space-${space})`,
                  blockSize: '1rem',
                  backgroundColor: 'var(--sk-color-action-default)',
                }}
              />
              <code>--sk-metric-space-{space}</code> {values[`--sk-metric-space-${space}`]}
            </li>
          ))}
        </ul>
        <h2>Mindestgrößen für Ziele</h2>
        <p>
          <code>--sk-metric-dimension-target-minimum</code>:{' '}
          {values['--sk-metric-dimension-target-minimum']} (WCAG 2.2, 2.5.8, Stufe AA) ·{' '}
          <code>--sk-metric-dimension-target-comfortable</code>:{' '}
          {values['--sk-metric-dimension-target-comfortable']}
        </p>
        <h2>Radien</h2>
        <p>
          <code>--sk-metric-border-radius-default</code>:{' '}
          {values['--sk-metric-border-radius-default']} (aus dem Stadt-Theme)
        </p>
      </div>
    );
  },
};
