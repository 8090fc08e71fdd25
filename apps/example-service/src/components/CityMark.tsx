import type { City } from '../lib/cities';

/** The city's mark in the header and footer, named by the authority. */
export function CityMark({ city }: { city: City }) {
  return (
    <svg role="img" aria-label={city.authority} viewBox="0 0 40 48" width="40" height="48">
      <path d={city.mark} fill="currentColor" />
    </svg>
  );
}
