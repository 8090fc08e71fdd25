// Known accessibility violations. These stories exist only to prove that the story tests fail on
// an axe violation or a focus-appearance problem; they are loaded only when SK_A11Y_FIXTURES=1 (see
// .storybook/main.ts and scripts/check-a11y-gate.mjs) and never appear in the published Storybook.
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'Testfälle/Barrierefreiheitsverstöße',
  tags: ['!autodocs', 'a11y-fixture'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** axe rule `label`: a form field without any accessible name. */
export const UnlabelledInput: Story = {
  parameters: { expectedViolation: 'label' },
  render: () => <input type="text" />,
};

/** axe rule `color-contrast`: light grey text on white (about 1.5:1). */
export const LowContrast: Story = {
  parameters: { expectedViolation: 'color-contrast' },
  render: () => (
    <p style={{ color: '#cccccc', backgroundColor: '#ffffff', padding: '1rem' }}>
      Kaum lesbarer Text
    </p>
  ),
};

/** Focus appearance (2.4.7): the focus ring is switched off and nothing else shows focus. */
export const NoFocusIndicator: Story = {
  parameters: { expectedViolation: 'no visible focus indicator' },
  render: () => (
    <button type="button" className="sk-button" style={{ outline: 'none' }}>
      Weiter
    </button>
  ),
};

/** Focus appearance (2.4.13): a pale focus ring on white (about 1.2:1). */
export const FaintFocusIndicator: Story = {
  parameters: { expectedViolation: 'focus indicator has 1.' },
  render: () => (
    <>
      <style>{'.sk-fixture-faint:focus-visible { outline: 3px solid #eeeeee !important; }'}</style>
      <div style={{ backgroundColor: '#ffffff', padding: '1rem' }}>
        <button type="button" className="sk-button sk-fixture-faint">
          Weiter
        </button>
      </div>
    </>
  ),
};

/** Focus not obscured (2.4.11): a sticky banner covers the focused link entirely. */
export const HiddenFocus: Story = {
  parameters: { expectedViolation: 'hidden behind' },
  render: () => (
    <div style={{ position: 'relative' }}>
      <a href="#weiter" className="sk-link">
        Zum Formular
      </a>
      <div
        className="sk-fixture-banner"
        style={{
          position: 'absolute',
          inset: '-0.5rem',
          backgroundColor: '#ffffff',
          color: '#000000',
        }}
      >
        Hinweis auf Cookies
      </div>
    </div>
  ),
};
