import type { Metadata } from 'next';
import { NotFound } from '../../../components/NotFound';
import { SERVICE_NAME } from '../../../lib/cities';
import { cityFromParams } from '../../../lib/page';
import type { CityParams } from '../../../lib/page';

// An address the service does not have, below a city or (rewritten by src/proxy.ts, which also sets the
// status 404) of an unknown city: „Seite nicht gefunden“ rendered on the server in the city's frame.
// Not notFound(): below a root layout that needs params, Next.js would render an empty error shell.
export const metadata: Metadata = { title: `Seite nicht gefunden – ${SERVICE_NAME}` };

export default async function UnknownPage({ params }: { params: CityParams }) {
  return <NotFound city={await cityFromParams(params)} />;
}
