import themes from '@stadtkern/tokens/themes.json';

/** Storybook path of the landing page (src/Welcome.mdx). */
export const WELCOME_PATH = '/docs/willkommen--dokumentation';

const SCHEMES = { light: 'hell', dark: 'dunkel' } as const;

/**
 * A link to a Storybook page in a theme and colour scheme, relative to the Storybook (it works wherever the
 * Storybook is published, also under a sub-path).
 */
export function shareLink(path: string, theme: string, colorScheme: keyof typeof SCHEMES): string {
  return `./?path=${path}&globals=theme:${theme};colorScheme:${colorScheme}`;
}

/** „Hamburg, KERN, München und Schleswig-Holstein“ — the themes of the tokens build, none written here. */
export function ThemeNames() {
  const names = themes.map((theme) => theme.name);
  return (
    <>{names.length > 1 ? `${names.slice(0, -1).join(', ')} und ${names.at(-1)}` : names[0]}</>
  );
}

/** This page in every theme and colour scheme: the links a designer can copy and share. */
export function ThemeLinks({ path = WELCOME_PATH }: { path?: string }) {
  return (
    <ul>
      {themes.map((theme) => (
        <li key={theme.id}>
          {Object.entries(SCHEMES).map(([scheme, label], i) => (
            <span key={scheme}>
              {i > 0 && ' · '}
              <a
                className="sk-link"
                href={shareLink(path, theme.id, scheme as keyof typeof SCHEMES)}
                target="_top"
              >
                {theme.name} {label}
              </a>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
