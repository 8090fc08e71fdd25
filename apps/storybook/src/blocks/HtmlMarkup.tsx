import { Source, useOf } from '@storybook/addon-docs/blocks';
import type { Of } from '@storybook/addon-docs/blocks';
import { useMemo } from 'react';
import {
  PREBUILT_SCRIPT,
  behavioursFor,
  bundlerScript,
  storyMarkup,
  type RenderableStory,
} from './html-markup';

export interface HtmlMarkupProps {
  /** The story whose HTML to show (`Stories.Standard`). */
  of: Of;
  /** Further stories whose HTML follows, for variants a template needs too (`[Stories.Sekundaer]`). */
  also?: Of[];
}

/** The HTML a story renders on the server (html-markup.ts), memoised per story. */
function useStoryMarkup(of: Of) {
  const { story } = useOf(of, ['story']);
  const html = useMemo(
    () =>
      storyMarkup(story as unknown as RenderableStory, {
        ...story,
        globals: {},
        loaded: {},
        viewMode: 'docs',
      }),
    [story],
  );
  return { name: story.name, html };
}

/** One further story's HTML, with its name. */
function MoreHtml({ of }: { of: Of }) {
  const { name, html } = useStoryMarkup(of);
  return (
    <>
      <p>Story „{name}“:</p>
      <Source code={html} language="html" />
    </>
  );
}

/**
 * Doc block for the section „HTML ohne Framework“ of a component page: `<HtmlMarkup of={Stories.Standard} />`
 * shows the HTML the story renders on a server (html-markup.ts, from the story itself, never written by hand)
 * with a copy button, what of it is required, and whether the page needs @stadtkern/web and which behaviour.
 * `also={[Stories.Sekundaer]}` adds the HTML of variants a template needs too.
 */
export function HtmlMarkup({ of, also = [] }: HtmlMarkupProps) {
  const { name, html } = useStoryMarkup(of);
  const behaviours = behavioursFor(html);
  return (
    <>
      <p>
        HTML der Story „{name}“ – so rendert es <code>@stadtkern/react</code> auf dem Server. Für
        Thymeleaf, Razor, Twig, Vue-Templates oder reines HTML mit <code>@stadtkern/css</code>:
      </p>
      <Source code={html} language="html" />
      {also.map((story, i) => (
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Storybook's `Of` includes a module export (any)
        <MoreHtml key={i} of={story} />
      ))}
      <p>
        <strong>Pflicht</strong> sind die Elemente mit ihren <code>sk-</code>-Klassen, Rollen sowie{' '}
        <code>aria-</code>- und <code>data-sk-</code>-Attributen. <strong>Frei</strong> sind Texte
        und Beispielwerte; <code>id</code>s dürfen anders heißen, müssen aber zu ihren Verweisen
        passen (<code>for</code>, <code>aria-describedby</code>, <code>aria-labelledby</code>,{' '}
        <code>href=&quot;#…&quot;</code>
        ).
      </p>
      {behaviours.length === 0 ? (
        <p>
          <strong>Kein JavaScript nötig:</strong> Die Komponente braucht nur{' '}
          <code>@stadtkern/css</code>, nicht <code>@stadtkern/web</code>.
        </p>
      ) : (
        <>
          <p>
            <strong>
              Mit <code>@stadtkern/web</code>:
            </strong>{' '}
            Das HTML funktioniert ohne JavaScript; das Verhalten{' '}
            {behaviours.map((b, i) => (
              <span key={b.name}>
                {i > 0 ? ', ' : ''}
                <code>{b.name}</code> (<code>{b.selector}</code>)
              </span>
            ))}{' '}
            ergänzt die Bedienung wie in React. Mit einem Bundler nur dieses Verhalten:
          </p>
          <Source code={bundlerScript(behaviours)} language="typescript" />
          <p>
            Ohne Bundler eine Zeile mit der vorgebauten Datei (alle Verhalten, startet sich selbst):
          </p>
          <Source code={PREBUILT_SCRIPT} language="html" />
        </>
      )}
    </>
  );
}
