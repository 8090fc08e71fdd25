import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { TaskList } from './TaskList.js';
import type { TaskListTask } from './TaskList.js';

const tasks: TaskListTask[] = [
  { name: 'Persönliche Angaben', href: '/antrag/person', status: 'completed' },
  {
    name: 'Neue Anschrift',
    href: '/antrag/anschrift',
    status: 'in-progress',
    hint: 'Dauert etwa 5 Minuten',
  },
  { name: 'Nachweise hochladen', href: '/antrag/nachweise', status: 'not-started' },
  { name: 'Angaben prüfen und senden', href: '/antrag/pruefen', status: 'cannot-start' },
];

describeBasics('TaskList', {
  component: TaskList,
  rootClass: 'sk-task-list',
  rootTag: 'UL',
  render: (extra) => <TaskList tasks={tasks} {...extra} />,
});

describe('TaskList: Akzeptanzkriterien', () => {
  it('Semantik: die Aufgaben sind eine Liste, jede Aufgabe ein Listeneintrag', () => {
    render(<TaskList tasks={tasks} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[1]).toHaveTextContent(/^Neue AnschriftDauert etwa 5 MinutenIn Bearbeitung$/);
  });

  it('Screenreader: der Link heißt wie die Aufgabe, Hinweis und Status sind seine Beschreibung', () => {
    render(<TaskList tasks={tasks} />);
    const link = screen.getByRole('link', { name: 'Neue Anschrift' });
    expect(link).toHaveAttribute('href', '/antrag/anschrift');
    expect(link).toHaveAccessibleDescription('Dauert etwa 5 Minuten In Bearbeitung');
    expect(screen.getByRole('link', { name: 'Persönliche Angaben' })).toHaveAccessibleDescription(
      'Erledigt',
    );
  });

  it('Semantik: eine Aufgabe, die noch nicht beginnen kann, ist kein Link', () => {
    render(<TaskList tasks={tasks} />);
    expect(screen.queryByRole('link', { name: 'Angaben prüfen und senden' })).toBeNull();
    expect(screen.getByText('Angaben prüfen und senden')).toHaveClass('sk-task-list__name');
    expect(screen.getByText('Kann noch nicht begonnen werden')).toHaveClass(
      'sk-task-list__status--muted',
    );
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('Darstellung: „In Bearbeitung“ und „Nicht begonnen“ stehen als Badge, „Erledigt“ als Text', () => {
    render(<TaskList tasks={tasks} />);
    expect(screen.getByText('In Bearbeitung')).toHaveClass('sk-badge sk-badge--info', {
      exact: true,
    });
    expect(screen.getByText('Nicht begonnen')).toHaveClass('sk-badge sk-badge--strong', {
      exact: true,
    });
    expect(screen.getByText('Erledigt')).toHaveClass('sk-task-list__status', { exact: true });
  });

  it('Darstellung: Zeilen mit Link sind als ganze Zeile klickbar (Blocklink-Modifikator)', () => {
    render(<TaskList tasks={tasks} />);
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((row) => row.classList.contains('sk-task-list__item--with-link'))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('Tastatur: Tab erreicht nur die Links der Aufgaben, in ihrer Reihenfolge', async () => {
    const user = userEvent.setup();
    render(<TaskList tasks={tasks} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Persönliche Angaben' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Neue Anschrift' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Nachweise hochladen' })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('Sprache: locale="en" gibt die englischen Statustexte, statusText ersetzt einen davon', () => {
    render(
      <TaskList
        locale="en"
        tasks={[
          { name: 'Your details', href: '#a', status: 'completed' },
          { name: 'Address', href: '#b', status: 'in-progress' },
          { name: 'Documents', href: '#c', status: 'not-started', statusText: 'Incomplete' },
          { name: 'Check and send', status: 'cannot-start' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Your details' })).toHaveAccessibleDescription(
      'Completed',
    );
    expect(screen.getByRole('link', { name: 'Address' })).toHaveAccessibleDescription(
      'In progress',
    );
    expect(screen.getByRole('link', { name: 'Documents' })).toHaveAccessibleDescription(
      'Incomplete',
    );
    expect(screen.getByText('Cannot start yet')).toHaveClass('sk-task-list__status--muted');
  });

  it('Entwicklung: warnt bei einer Aufgabe ohne sicheren Link, die beginnen kann', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <TaskList
        tasks={[{ name: 'Zahlung', href: 'javascript:alert(1)', status: 'not-started' }]}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('TaskList: the task at index 0 has status "not-started"'),
    );
  });
});
