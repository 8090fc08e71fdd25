/** The entry points of @stadtkern/web, from the "exports" of package.json (see entries.mjs). */
export declare const entries: string[];
