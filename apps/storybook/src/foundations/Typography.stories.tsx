import type { Meta, StoryObj } from '@storybook/react-vite';
import { schemeOf, tokenValues } from './token-data';

const SIZES = ['x-small', 'small', 'medium', 'large', 'x-large', '2x-large', '3x-large'];
const WEIGHTS = ['regular', 'semibold', 'bold'];

const meta = {
  title: 'Grundlagen/Typografie',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Schriftgrößen. Ab 768 px Breite werden die Stufen ab „medium“ größer (adaptive Typografie wie in KERN). */
export const Schriftgroessen: Story = {
  name: 'Schriftgrößen',
  render: (_, { globals }) => {
    const values = tokenValues(String(globals.theme), schemeOf(globals.colorScheme));
    return (
      <div>
        <h2>Schriftgrößen</h2>
        <p>
          Schriftfamilie: <code>{values['--sk-typography-font-family-default']}</code>
        </p>
        <dl>
          {SIZES.map((size) => (
            <div key={size} style={{ marginBlockEnd: '1rem' }}>
              <dt>
                <code>--sk-typography-font-size-{size}</code> (
                {values[`--sk-typography-font-size-${size}`]})
              </dt>
              <dd
                style={{
                  margin: 0,
                  fontSize: `var(--sk-typography-font-size-${size})`,
                  lineHeight: 1.3,
                }}
              >
                Bürgerservice für alle
              </dd>
            </div>
          ))}
        </dl>
      </div>
    );
  },
};

export const Schriftstaerken: Story = {
  name: 'Schriftstärken',
  render: () => (
    <div>
      <h2>Schriftstärken</h2>
      {WEIGHTS.map((weight) => (
        <p key={weight} style={{ fontWeight: `var(--sk-typography-font-weight-${weight})` }}>
          <code>--sk-typography-font-weight-{weight}</code>: Antrag auf Wohngeld
        </p>
      ))}
    </div>
  ),
};
