// The theme folder to take away: both files, the same folder as a command, and the steps of a merge request.
import { ButtonGroup, Heading, Alert } from '@stadtkern/react';
import { Section } from './Section';
import type { Input } from './state';

/** Shell quoting for the command line shown to copy. */
const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** The command that writes the same folder in a checkout (packages/tokens/scripts/theme.mjs). */
function themeCommand(input: Input): string {
  const parts = [
    'pnpm -C packages/tokens theme',
    `--id ${input.id}`,
    `--name ${quote(input.name.trim())}`,
    `--primary ${quote(input.primary.toLowerCase())}`,
    ...(input.neutral ? [`--neutral ${quote(input.neutral.toLowerCase())}`] : []),
    `--font ${quote(input.font)}`,
    `--radius ${input.radius}`,
  ];
  return parts.join(' \\\n  ');
}

/** A file to download as a data: URL (a few kilobytes of JSON; nothing to revoke). */
const download = (content: string) =>
  `data:application/json;charset=utf-8,${encodeURIComponent(content)}`;

export function Downloads({
  input,
  files,
  buildable,
}: {
  input: Input;
  files: Record<'theme.json' | 'brand.json', string>;
  buildable: boolean;
}) {
  return (
    <Section title="Theme herunterladen und einreichen">
      {!buildable ? (
        <Alert variant="warning" title="Noch nicht einreichen" headingLevel={3}>
          Dieses Theme besteht die Kontrastprüfung nicht. Wählen Sie oben „Wie der Theme-Befehl“
          oder eine andere Markenfarbe.
        </Alert>
      ) : null}
      <p>
        Legen Sie beide Dateien in den Ordner <code>packages/tokens/themes/{input.id}/</code>:
      </p>
      <ButtonGroup>
        {(['theme.json', 'brand.json'] as const).map((file) => (
          <a
            key={file}
            className="sk-button sk-button--secondary"
            href={download(files[file])}
            download={file}
          >
            {file} herunterladen
          </a>
        ))}
      </ButtonGroup>
      <Heading level={3}>Oder mit einem Befehl</Heading>
      <p>
        {input.action === 'command'
          ? 'Derselbe Ordner entsteht in einem Checkout (im Wurzelordner) mit:'
          : 'Der Befehl entscheidet wie „Wie der Theme-Befehl“ (nicht wie die Dateien oben, die die Markenfarbe überall verwenden). In einem Checkout (im Wurzelordner):'}
      </p>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <code>{themeCommand(input)}</code>
      </pre>
      <Heading level={3}>Merge-Request</Heading>
      <ol>
        <li>
          Ordner <code>packages/tokens/themes/{input.id}/</code> anlegen (Dateien oder Befehl oben).
        </li>
        <li>
          <code>pnpm --filter @stadtkern/tokens build</code> – die Kontrastprüfung muss bestehen.
        </li>
        <li>
          <code>pnpm changeset</code> – „@stadtkern/tokens“, minor, „Neues Theme {input.name}“.
        </li>
        <li>
          In <code>.github/CODEOWNERS</code> und <code>.gitlab/CODEOWNERS</code> das Team der Stadt
          eintragen (der Befehl macht das selbst).
        </li>
        <li>
          Merge-Request öffnen; Storybook zeigt das Theme danach in der Werkzeugleiste
          (docs/theming.md).
        </li>
      </ol>
    </Section>
  );
}
