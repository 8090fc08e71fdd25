// The cities the service runs for: one entry each, the only place a city's details live.
// The marks are simple shapes drawn for this example, not the cities' official coats of arms.

export const CITY_IDS = ['muenchen', 'hamburg', 'schleswig-holstein', 'kern'] as const;
export type CityId = (typeof CITY_IDS)[number];

export interface Office {
  /** The name alone, e.g. „Landesbetrieb Verkehr“. */
  name: string;
  /** The subject at the start of a sentence, e.g. „Der Landesbetrieb Verkehr“ (… prüft Ihren Antrag). */
  subject: string;
  /** With „bei“, e.g. „beim Landesbetrieb Verkehr“ (… beantragen Sie …). */
  at: string;
}

export interface City {
  id: CityId;
  /** The theme folder in @stadtkern/tokens (`data-sk-theme`). */
  theme: string;
  /** Who offers the service, e.g. „Landeshauptstadt München“. */
  authority: string;
  /** The Kopfzeile's text. */
  kopfzeile: string;
  /**
   * The office that decides on the application, in the phrases the pages use: its own article and case
   * („Der Landesbetrieb Verkehr“, „beim Mobilitätsreferat“), never a fixed „Die“ before every name.
   */
  office: Office;
  /** The fee per year in euros. */
  feePerYear: number;
  /** Path data of the header mark (viewBox 0 0 40 48). */
  mark: string;
}

const TOWER = 'M6 44V18h6v-6h4v6h8v-6h4v6h6v26H24V32h-8v12z';
const GATE = 'M4 44V20l8-6v-8h4v5l4-3 16 12v24H24V32h-8v12z';
const WAVES =
  'M4 12h32v6c-5 3-11 3-16 0s-11-3-16 0zm0 12c5-3 11-3 16 0s11 3 16 0v8c-5 3-11 3-16 0s-11-3-16 0z';
const SQUARE = 'M8 8h24v8H16v8h12v8H16v8H8z';

export const CITIES: Readonly<Record<CityId, City>> = {
  muenchen: {
    id: 'muenchen',
    theme: 'muenchen',
    authority: 'Landeshauptstadt München',
    kopfzeile: 'Ein Online-Dienst der Landeshauptstadt München',
    office: {
      name: 'Mobilitätsreferat',
      subject: 'Das Mobilitätsreferat',
      at: 'beim Mobilitätsreferat',
    },
    feePerYear: 30,
    mark: TOWER,
  },
  hamburg: {
    id: 'hamburg',
    theme: 'hamburg',
    authority: 'Freie und Hansestadt Hamburg',
    kopfzeile: 'Ein Online-Dienst der Freien und Hansestadt Hamburg',
    office: {
      name: 'Landesbetrieb Verkehr',
      subject: 'Der Landesbetrieb Verkehr',
      at: 'beim Landesbetrieb Verkehr',
    },
    feePerYear: 65,
    mark: GATE,
  },
  'schleswig-holstein': {
    id: 'schleswig-holstein',
    theme: 'schleswig-holstein',
    authority: 'Land Schleswig-Holstein',
    kopfzeile: 'Ein Online-Dienst des Landes Schleswig-Holstein',
    office: {
      name: 'Straßenverkehrsbehörde Ihres Kreises',
      subject: 'Die Straßenverkehrsbehörde Ihres Kreises',
      at: 'bei der Straßenverkehrsbehörde Ihres Kreises',
    },
    feePerYear: 40,
    mark: WAVES,
  },
  kern: {
    id: 'kern',
    theme: 'kern',
    authority: 'Musterstadt',
    kopfzeile: 'Ein Online-Dienst der Musterstadt (Beispiel im KERN-Standard)',
    office: {
      name: 'Straßenverkehrsbehörde der Musterstadt',
      subject: 'Die Straßenverkehrsbehörde der Musterstadt',
      at: 'bei der Straßenverkehrsbehörde der Musterstadt',
    },
    feePerYear: 30,
    mark: SQUARE,
  },
};

export const isCityId = (value: unknown): value is CityId =>
  typeof value === 'string' && (CITY_IDS as readonly string[]).includes(value);

/** The city of a route segment, or undefined for an unknown one. */
export const cityOf = (value: unknown): City | undefined =>
  isCityId(value) ? CITIES[value] : undefined;

export const SERVICE_NAME = 'Bewohnerparkausweis beantragen';
