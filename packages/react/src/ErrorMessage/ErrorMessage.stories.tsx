import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorMessage } from './ErrorMessage.js';

const meta = {
  title: 'Komponenten/Formular/ErrorMessage',
  tags: ['stage-experimental'],
  component: ErrorMessage,
  args: { children: 'Geben Sie Ihre Postleitzahl ein, zum Beispiel 80331.' },
} satisfies Meta<typeof ErrorMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', children: 'Enter your postcode, like 80331.' },
};
export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Die IBAN ist nicht korrekt. Prüfen Sie jede Stelle, zum Beispiel mit Ihrer Bankkarte oder Ihrem Kontoauszug, und geben Sie die IBAN erneut ein.',
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
};
