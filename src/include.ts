/**
 * Extra layers an extraction can carry (`--include`): the text, sentences and tokens; `dates` adds years and
 * calendar dates to `numbers`. Kept apart from extract.ts so the CLI can list them without loading the models.
 */
export const INCLUDES = ['text', 'sentences', 'tokens', 'dates'] as const;
export type Include = (typeof INCLUDES)[number];

/** The layers named (comma-separated, or a list), each once; the first unknown name, as `unknown`, when one is not a layer. */
export function parseIncludes(value: string | readonly string[]): { layers: Include[] } | { unknown: string } {
  const names = (typeof value === 'string' ? value.split(',') : value).map((s) => s.trim()).filter(Boolean);
  const unknown = names.find((n) => !(INCLUDES as readonly string[]).includes(n));
  return unknown === undefined ? { layers: [...new Set(names)] as Include[] } : { unknown };
}

export function unknownLayer(name: string): string {
  return `unknown layer "${name}" (choose from ${INCLUDES.join(', ')})`;
}
