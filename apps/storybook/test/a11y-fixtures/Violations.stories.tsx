// Known accessibility violations. These stories exist only to prove that the story tests fail on
// an axe violation; they are loaded only when SK_A11Y_FIXTURES=1 (see .storybook/main.ts and
// scripts/check-a11y-gate.mjs) and never appear in the published Storybook.
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
