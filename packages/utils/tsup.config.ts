import { libraryConfig } from '@stadtkern/tsup-config';
import { defineConfig } from 'tsup';

export default defineConfig(
  libraryConfig({ entries: ['index', 'react'], external: ['react', 'libphonenumber-js'] }),
);
