import type { Meta, StoryObj } from '@storybook/react-vite';
import { Callout } from './Callout.js';

const meta = {
  title: 'Komponenten/Inhalt/Callout',
  tags: ['stage-experimental'],
  component: Callout,
  args: { children: <p>Die Bearbeitung Ihres Antrags dauert in der Regel vier Wochen.</p> },
} satisfies Meta<typeof Callout>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const MitLink: Story = {
  name: 'Mit Link und mehreren Absätzen',
  args: {
    children: (
      <>
        <p>Ab dem 1. Januar gelten neue Gebühren für Bewohnerparkausweise.</p>
        <p>
          <a className="sk-link" href="#gebuehren">
            Gebührenordnung lesen
          </a>
        </p>
      </>
    ),
  },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children: (
      <p>
        Für Anträge nach der Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung ist
        ab dem 1. Januar 2027 die Lokalbaukommission zuständig; bereits eingereichte Anträge werden
        dort weiterbearbeitet.
      </p>
    ),
  },
};
