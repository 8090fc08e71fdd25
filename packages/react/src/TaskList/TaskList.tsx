import { forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { Badge } from '../Badge/Badge.js';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

export type TaskStatus = 'completed' | 'in-progress' | 'not-started' | 'cannot-start';

const STATUS: Texts<Record<TaskStatus, string>> = {
  de: {
    completed: 'Erledigt',
    'in-progress': 'In Bearbeitung',
    'not-started': 'Nicht begonnen',
    'cannot-start': 'Kann noch nicht begonnen werden',
  },
  en: {
    completed: 'Completed',
    'in-progress': 'In progress',
    'not-started': 'Not yet started',
    'cannot-start': 'Cannot start yet',
  },
};

export type TaskListTask = {
  /** The task, e.g. „Persönliche Angaben“. Becomes the link text. */
  name: ReactNode;
  /** Where the task starts. Ignored for `cannot-start`: such a task is no link. @default undefined */
  href?: string;
  /** Where the task stands. */
  status: TaskStatus;
  /** Text under the name, e.g. how long the task takes. Part of the link's description. @default undefined */
  hint?: ReactNode;
  /**
   * Replaces the default status text of this task.
   * @default from `status` and `locale`, e.g. „Nicht begonnen“
   */
  statusText?: ReactNode;
};

export type TaskListProps = Omit<HTMLAttributes<HTMLUListElement>, 'children'> & {
  /** The tasks in the order they should be done. */
  tasks: TaskListTask[];
  /**
   * Language of the default status texts.
   * @default 'de'
   */
  locale?: Locale;
};

function statusElement(id: string, status: TaskStatus, text: ReactNode) {
  if (status === 'in-progress' || status === 'not-started')
    return (
      <div id={id} className="sk-task-list__status">
        <Badge variant={status === 'in-progress' ? 'info' : 'strong'}>{text}</Badge>
      </div>
    );
  return (
    <div
      id={id}
      className={cx(
        'sk-task-list__status',
        status === 'cannot-start' && 'sk-task-list__status--muted',
      )}
    >
      {text}
    </div>
  );
}

/**
 * The tasks of an application with their status („Erledigt“, „In Bearbeitung“, „Nicht begonnen“,
 * „Kann noch nicht begonnen werden“). The whole row of a task is clickable (block link); the status is part
 * of the link's description. Renders `<ul class="sk-task-list">`.
 */
export const TaskList = forwardRef<HTMLUListElement, TaskListProps>(function TaskList(
  { tasks, locale, className, ...rest },
  ref,
) {
  const base = useId();
  const texts = textsFor(STATUS, locale);
  return (
    <ul ref={ref} className={cx('sk-task-list', className)} {...rest}>
      {tasks.map((task, index) => {
        const statusId = `${base}-${index}-status`;
        const hintId = task.hint ? `${base}-${index}-hint` : undefined;
        const href = task.status === 'cannot-start' ? undefined : safeHref(task.href);
        if (process.env.NODE_ENV !== 'production' && task.status !== 'cannot-start' && !href)
          devWarning(
            `TaskList: the task at index ${index} has status "${task.status}" but no safe href, so it is no link. Give it an href, or the status "cannot-start".`,
          );
        return (
          <li
            key={index}
            className={cx('sk-task-list__item', href && 'sk-task-list__item--with-link')}
          >
            <div className="sk-task-list__name-and-hint">
              {href ? (
                <a
                  className="sk-task-list__link"
                  href={href}
                  aria-describedby={cx(hintId, statusId)}
                >
                  {task.name}
                </a>
              ) : (
                <div className="sk-task-list__name">{task.name}</div>
              )}
              {task.hint ? (
                <div id={hintId} className="sk-task-list__hint">
                  {task.hint}
                </div>
              ) : null}
            </div>
            {statusElement(statusId, task.status, task.statusText ?? texts[task.status])}
          </li>
        );
      })}
    </ul>
  );
});
if (process.env.NODE_ENV !== 'production') TaskList.displayName = 'TaskList';
