/**
 * Extra layers an extraction can carry (`--include`): the text, sentences and tokens; `dates` adds years and
 * calendar dates to `numbers`. Kept apart from extract.ts so the CLI can list them without loading the models.
 */
export const INCLUDES = ['text', 'sentences', 'tokens', 'dates'] as const;
export type Include = (typeof INCLUDES)[number];

/** The layers of found items an extraction holds; `only` (`--only`) extracts some of them. */
export const OUTPUT_LAYERS = ['entities', 'quotes', 'numbers', 'locations'] as const;
export type OutputLayer = (typeof OUTPUT_LAYERS)[number];
