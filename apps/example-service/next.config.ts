import type { NextConfig } from 'next';

const config: NextConfig = {
  // Two evidence files of up to 5 MB each, plus the form fields. Bigger requests are refused before any
  // of it is read into the action.
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
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
