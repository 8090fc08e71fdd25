import { libraryConfig } from '@stadtkern/tsup-config';
import { defineConfig } from 'tsup';

export default defineConfig(
  libraryConfig({ external: ['react', 'libphonenumber-js', '@stadtkern/web'] }),
);
