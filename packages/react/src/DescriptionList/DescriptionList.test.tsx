import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { DescriptionList } from './DescriptionList.js';
import type { DescriptionListItem } from './DescriptionList.js';

const items: DescriptionListItem[] = [
  { term: 'Telefon', description: '089 233-96000' },
  { term: 'Öffnungszeiten', description: ['Mo–Fr 7:30–12:00', 'Do 14:00–18:00'] },
];

describeBasics('DescriptionList', {
  component: DescriptionList,
  rootClass: 'sk-description-list',
  rootTag: 'DL',
  render: (extra) => <DescriptionList items={items} {...extra} />,
});

describe('DescriptionList: Akzeptanzkriterien', () => {
  it('Semantik: jeder Begriff ist ein dt, jede Beschreibung ein dd, auch mehrere zu einem Begriff', () => {
    render(<DescriptionList items={items} />);
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Telefon',
      'Öffnungszeiten',
    ]);
    const descriptions = screen.getAllByRole('definition');
    expect(descriptions).toHaveLength(3);
    expect(descriptions[2]).toHaveTextContent('Do 14:00–18:00');
    expect(descriptions[2]?.parentElement).toBe(screen.getByText('Öffnungszeiten').parentElement);
  });

  it('Darstellung: die Variante inline setzt die Modifikatorklasse, gestapelt ist der Standard', () => {
    const { container, rerender } = render(<DescriptionList items={items} />);
    expect(container.firstElementChild).not.toHaveClass('sk-description-list--inline');
    rerender(<DescriptionList items={items} variant="inline" />);
    expect(container.firstElementChild).toHaveClass('sk-description-list--inline');
  });
});
