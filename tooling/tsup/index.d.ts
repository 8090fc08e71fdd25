import type { Options } from 'tsup';

export declare function libraryConfig(options: {
  entries: string[];
  external: string[];
}): Options[];
