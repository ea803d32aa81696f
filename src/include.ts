/**
 * Extra layers an extraction can carry (`--include`): the text, sentences and tokens; `dates` adds years and
 * calendar dates to `numbers`. Kept apart from extract.ts so the CLI can list them without loading the models.
 */
export const INCLUDES = ['text', 'sentences', 'tokens', 'dates'] as const;
export type Include = (typeof INCLUDES)[number];

/** The layers of found items an extraction holds; `only` (`--only`) extracts some of them. */
export const OUTPUT_LAYERS = ['entities', 'quotes', 'numbers', 'locations'] as const;
export type OutputLayer = (typeof OUTPUT_LAYERS)[number];

/** Names from `allowed` (comma-separated, or a list), each once; the first other name, as `unknown`. */
export function parseNames<T extends string>(value: string | readonly string[], allowed: readonly T[]): { names: T[] } | { unknown: string } {
  const names = (typeof value === 'string' ? value.split(',') : value).map((s) => s.trim()).filter(Boolean);
  const unknown = names.find((n) => !(allowed as readonly string[]).includes(n));
  return unknown === undefined ? { names: [...new Set(names)] as T[] } : { unknown };
}

export function unknownName(name: string, allowed: readonly string[]): string {
  return `unknown layer "${name}" (choose from ${allowed.join(', ')})`;
}
