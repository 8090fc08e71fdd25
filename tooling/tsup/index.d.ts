import type { Options } from 'tsup';

export declare function libraryConfig(options: {
  /** Entry names under src/; default: those of package.json "exports" (`.` is `index`). */
  entries?: string[];
  external: string[];
  /**
   * Also build dist/development/ (process.env.NODE_ENV "development", for the "development" export
   * condition) and remove development-only code from dist/ (NODE_ENV "production").
   */
  development?: boolean;
}): Options[];

/** The folder of the development build, below dist/. */
export declare const DEVELOPMENT_DIR: string;

/** The entry names of a package, from the "exports" of its package.json (`.` is `index`). */
export declare function packageEntries(packageDir: string): string[];

/** Copies `dist/<entry>.d.cts` to `dist/<entry>.d.ts` for every entry (default: the working directory). */
export declare function copyDeclarations(packageDir?: string): Promise<void>;
