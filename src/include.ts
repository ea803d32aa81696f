/** Extra layers an extraction can carry (`--include`); kept apart from extract.ts so the CLI can list them without loading the models. */
export const INCLUDES = ['text', 'sentences', 'tokens'] as const;
export type Include = (typeof INCLUDES)[number];
