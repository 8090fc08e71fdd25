import { Button, Radio, RadioGroup } from '@stadtkern/react';
import { setColourScheme } from '../lib/actions';
import type { City } from '../lib/cities';

export type SchemeChoice = 'system' | 'hell' | 'dunkel';

/**
 * Light, dark or as the system says: a form that posts to a server action, which stores the choice in a
 * cookie. The server renders the next page with the scheme already set, so nothing flashes, with or
 * without JavaScript.
 */
export function ColourSchemeSwitch({
  city,
  current,
  path,
}: {
  city: City;
  current: SchemeChoice;
  path: string;
}) {
  return (
    <form action={setColourScheme}>
      <input type="hidden" name="city" value={city.id} />
      <input type="hidden" name="zurueck" value={path} />
      <RadioGroup legend="Farbschema" name="farbschema" inline>
        <Radio label="Wie im System" value="system" defaultChecked={current === 'system'} />
        <Radio label="Hell" value="hell" defaultChecked={current === 'hell'} />
        <Radio label="Dunkel" value="dunkel" defaultChecked={current === 'dunkel'} />
      </RadioGroup>
      <Button type="submit" variant="secondary">
        Farbschema übernehmen
      </Button>
    </form>
  );
}
