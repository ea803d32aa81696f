import { readFileSync } from 'node:fs';

/** Semver of the output contract: major = a field removed or changed, minor = a field added. */
export const SCHEMA_VERSION = '1.3.0';

/** The package version, read once from package.json (one level above src/ and dist/). */
export const LEDE_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
