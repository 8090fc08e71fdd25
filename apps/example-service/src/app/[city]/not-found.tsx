import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFound } from '../../components/NotFound';
import { CITIES, isCityId, SERVICE_NAME } from '../../lib/cities';

// Next.js takes a 404's title from here (the status set by src/proxy.ts); the page itself comes from
// [...rest], the layout or the info page, rendered on the server.
export const metadata: Metadata = { title: `Seite nicht gefunden – ${SERVICE_NAME}` };

export default async function NotFoundPage() {
  const first = ((await headers()).get('x-sk-path') ?? '').split(/[/?]/)[1];
  return <NotFound city={CITIES[isCityId(first) ? first : 'kern']} />;
}
