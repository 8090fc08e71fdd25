import type { NextConfig } from 'next';
import { MAX_REQUEST_BYTES } from './src/lib/limits';

const config: NextConfig = {
  // Two evidence files of up to 5 MB each, plus the form fields: one limit for both of Next's (the
  // proxy's copy of the body and the server action's). A bigger request gets the proxy's 413 page
  // (src/lib/too-large.ts) before any of it is read.
  experimental: {
    serverActions: { bodySizeLimit: MAX_REQUEST_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BYTES,
  },
  poweredByHeader: false,
  // Types are checked by the workspace's `typecheck` task (tsc), once, not again in every build.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // The service is reached under a city's path; the bare address leads to the KERN version.
  redirects() {
    return Promise.resolve([{ source: '/', destination: '/kern', permanent: false }]);
  },
};

export default config;
