import { config } from '@stadtkern/eslint-config';

export default config({ tsconfigRootDir: import.meta.dirname });
