// The theme picker in Storybook's toolbar (registered in manager.ts). A toolbar select lists its items in one flat
// menu without search, which stops working at a hundred city themes; this button opens a dialog with a search field
// (name, id or Land; case and diacritics ignored) and the themes under their Land (theme.json `land`), the
// reference theme KERN first. It sets the same `theme` global the URL carries (`globals=theme:hamburg`), so shared
// addresses and every test that sets the theme keep working. Text is German, as the rest of Storybook's chrome.
// Storybook bundles manager code with the classic JSX transform (React.createElement): React must be in scope.
import * as React from 'react';
import { Button, PopoverProvider } from 'storybook/internal/components';
import { useGlobals } from 'storybook/manager-api';
import { styled } from 'storybook/theming';
import themeList from '@stadtkern/tokens/themes.json';
import { DEFAULT_THEME } from './theme';

export const THEME_PICKER_ID = 'stadtkern/theme-picker';

interface PickerTheme {
  id: string;
  name: string;
  land?: string;
}
export interface ThemeGroup {
  land: string;
  themes: PickerTheme[];
}

/** The heading of themes whose theme.json names no Land. */
export const NO_LAND = 'Ohne Land';

const themes: readonly PickerTheme[] = themeList;
const collator = new Intl.Collator('de');

/** Lower case without diacritics: „Thüringen“, „thuringen“ and „THÜRINGEN“ are the same word. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/**
 * The themes matching `query` (in name, id or Land), grouped by Land: the reference theme's Land first (KERN heads
 * it), then the Länder in German order, themes without a Land last; within a group the reference theme first, then
 * by name.
 */
export function groupThemes(
  all: readonly PickerTheme[],
  query: string,
  reference = DEFAULT_THEME,
): ThemeGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = all.filter((t) => {
    const text = fold(`${t.name} ${t.id} ${t.land ?? NO_LAND}`);
    return words.every((w) => text.includes(w));
  });
  const lands = new Map<string, PickerTheme[]>();
  for (const theme of found) {
    const land = theme.land ?? NO_LAND;
    lands.set(land, [...(lands.get(land) ?? []), theme]);
  }
  const referenceLand = all.find((t) => t.id === reference)?.land ?? NO_LAND;
  const rank = (land: string) => (land === referenceLand ? 0 : land === NO_LAND ? 2 : 1);
  return [...lands]
    .map(([land, list]) => ({
      land,
      themes: list.sort(
        (a, b) =>
          Number(b.id === reference) - Number(a.id === reference) ||
          collator.compare(a.name, b.name),
      ),
    }))
    .sort((a, b) => rank(a.land) - rank(b.land) || collator.compare(a.land, b.land));
}

const Panel = styled.div(({ theme }) => ({
  width: 300,
  maxWidth: 'calc(100vw - 32px)',
  padding: 12,
  display: 'flex',
  flexDirection: 'column',
  gap: 8,
  color: theme.color.defaultText,
  fontSize: theme.typography.size.s2,
}));

const Label = styled.label(({ theme }) => ({
  fontWeight: theme.typography.weight.bold,
}));

const Search = styled.input(({ theme }) => ({
  boxSizing: 'border-box',
  width: '100%',
  padding: '6px 8px',
  font: 'inherit',
  color: theme.color.defaultText,
  background: theme.background.content,
  border: `1px solid ${theme.color.mediumdark}`,
  borderRadius: 4,
  '&:focus-visible': { outline: `2px solid ${theme.color.secondary}`, outlineOffset: 1 },
}));

const Status = styled.p(({ theme }) => ({
  margin: 0,
  color: theme.color.dark,
}));

const Groups = styled.div({
  maxHeight: 'min(60vh, 420px)',
  overflowY: 'auto',
});

const Heading = styled.h2(({ theme }) => ({
  margin: '8px 0 2px',
  fontSize: theme.typography.size.s1,
  fontWeight: theme.typography.weight.bold,
  letterSpacing: '0.02em',
  textTransform: 'uppercase',
  color: theme.color.dark,
}));

const List = styled.ul({ listStyle: 'none', margin: 0, padding: 0 });

const Choice = styled.button(({ theme }) => ({
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  width: '100%',
  minHeight: 32,
  padding: '4px 8px',
  font: 'inherit',
  textAlign: 'start',
  color: theme.color.defaultText,
  background: 'transparent',
  border: 0,
  borderRadius: 4,
  cursor: 'pointer',
  '&:hover': { background: theme.background.hoverable },
  '&:focus-visible': { outline: `2px solid ${theme.color.secondary}`, outlineOffset: -2 },
  '&[aria-current="true"]': { fontWeight: theme.typography.weight.bold },
}));

/** The mark of the current theme; its meaning reaches screen readers as aria-current. */
const Check = styled.span({ width: '1em', flex: 'none' });

function ThemeDialog({ current, choose }: { current: string; choose: (id: string) => void }) {
  const [query, setQuery] = React.useState('');
  const groups = React.useMemo(() => groupThemes(themes, query), [query]);
  const count = groups.reduce((n, g) => n + g.themes.length, 0);
  const searchId = React.useId();
  const list = React.useRef<HTMLDivElement>(null);
  const search = React.useRef<HTMLInputElement>(null);
  // The search field takes focus on opening (the popover would focus itself, one Tab before the field).
  React.useEffect(() => {
    search.current?.focus();
  }, []);

  const buttons = () => [...(list.current?.querySelectorAll('button') ?? [])];
  /** Arrow keys move between the search field and the themes; Tab and Enter work as everywhere. */
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const all = buttons();
    const at = all.indexOf(event.target as HTMLButtonElement);
    const to =
      event.key === 'ArrowDown'
        ? all[at + 1]
        : event.key === 'ArrowUp' && at >= 0
          ? at === 0
            ? search.current
            : all[at - 1]
          : event.key === 'Home' && at >= 0
            ? all[0]
            : event.key === 'End' && at >= 0
              ? all.at(-1)
              : undefined;
    if (!to) return;
    event.preventDefault();
    to.focus();
  };

  return (
    <Panel onKeyDown={onKeyDown}>
      <Label htmlFor={searchId}>Theme suchen</Label>
      <Search
        ref={search}
        id={searchId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Stadt, Kürzel oder Land"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
        }}
        onKeyDown={(e) => {
          // Enter takes the first theme found, as in a search box.
          const first = groups[0]?.themes[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            choose(first.id);
          }
        }}
      />
      <Status role="status">
        {count === 0
          ? 'Kein Theme gefunden.'
          : count === 1
            ? '1 Theme gefunden.'
            : `${String(count)} Themes gefunden.`}
      </Status>
      <Groups ref={list}>
        {groups.map((group) => {
          const headingId = `${searchId}-${fold(group.land).replace(/[^a-z]+/g, '-')}`;
          return (
            <section key={group.land} aria-labelledby={headingId}>
              <Heading id={headingId}>{group.land}</Heading>
              <List>
                {group.themes.map((t) => (
                  <li key={t.id}>
                    <Choice
                      type="button"
                      aria-current={t.id === current ? 'true' : undefined}
                      onClick={() => {
                        choose(t.id);
                      }}
                    >
                      <Check aria-hidden="true">{t.id === current ? '✓' : ''}</Check>
                      {t.name}
                    </Choice>
                  </li>
                ))}
              </List>
            </section>
          );
        })}
      </Groups>
    </Panel>
  );
}

/** The toolbar button: „Theme: <name of the current theme>“; it opens the dialog. */
export function ThemePicker() {
  const [globals, updateGlobals, storyGlobals] = useGlobals();
  const [open, setOpen] = React.useState(false);
  const current =
    typeof globals.theme === 'string' && themes.some((t) => t.id === globals.theme)
      ? globals.theme
      : DEFAULT_THEME;
  const name = themes.find((t) => t.id === current)?.name ?? current;
  return (
    <PopoverProvider
      ariaLabel="Theme wählen"
      placement="bottom-start"
      visible={open}
      onVisibleChange={setOpen}
      popover={({ onHide }) => (
        <ThemeDialog
          current={current}
          choose={(id) => {
            updateGlobals({ theme: id });
            onHide();
          }}
        />
      )}
    >
      <Button
        variant="ghost"
        padding="small"
        ariaLabel={false}
        disableAllTooltips
        disabled={'theme' in storyGlobals}
      >
        Theme: {name}
      </Button>
    </PopoverProvider>
  );
}
