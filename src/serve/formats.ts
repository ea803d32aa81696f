/** The output formats an extraction can be asked for, and the media type each is served as. */
export const MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

export type Format = keyof typeof MEDIA_TYPES;

export const FORMAT_NAMES = Object.keys(MEDIA_TYPES) as Format[];
