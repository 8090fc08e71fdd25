import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Loader } from './Loader.js';

const meta = {
  title: 'Komponenten/Inhalt/Loader',
  tags: ['stage-experimental'],
  component: Loader,
} satisfies Meta<typeof Loader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const EigenerText: Story = {
  name: 'Eigener Text',
  args: { label: 'Termine werden gesucht …' },
};
export const TextVersteckt: Story = {
  name: 'Text nur für Screenreader',
  args: { hideLabel: true },
};
export const Englisch: Story = { name: 'Englisch (locale="en")', args: { locale: 'en' } };

function Search() {
  const [loading, setLoading] = useState(false);
  return (
    <div>
      <button
        type="button"
        className="sk-button"
        onClick={() => {
          setLoading(true);
        }}
      >
        Termine suchen
      </button>
      <Loader active={loading} label="Termine werden gesucht …" />
    </div>
  );
}

export const StatusBleibtImDom: Story = {
  name: 'Status-Region bleibt im DOM',
  render: () => <Search />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await expect(status).toBeEmptyDOMElement();
    await userEvent.click(canvas.getByRole('button', { name: 'Termine suchen' }));
    await expect(canvas.getByRole('status')).toBe(status);
    await expect(status).toHaveTextContent('Termine werden gesucht …');
  },
};
