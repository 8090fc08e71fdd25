import { libraryConfig } from '@stadtkern/tsup-config';
import { defineConfig } from 'tsup';

export default defineConfig(
  libraryConfig({ external: ['react', 'react-dom', 'react/jsx-runtime'], development: true }),
);
