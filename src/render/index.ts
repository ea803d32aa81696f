import type { Include } from '../include.js';
import type { ErrorRecord, Extraction } from '../schema.js';
import { renderJson, renderJsonLine } from './json.js';

interface RenderOptions {
  /** ANSI colours, for a terminal (the text format) */
  color: boolean;
}

export type Render = (x: Extraction, options: RenderOptions) => string;

/** One output format of `lede extract`, `lede digest` and `lede batch`. */
export interface Format {
  /** what it holds, for --help */
  describe: string;
  /** its renderer, loaded when first asked for: a command that prints JSON loads neither the page nor the colours */
  load(): Promise<Render>;
  /** the layers it reads beyond the default ones */
  needs: readonly Include[];
  /** the name ending of one document's file (batch --out-dir); none when documents cannot each have a file */
  extension?: string;
  /** what stands between two documents in one output (batch -o or stdout); none when each needs a file of its own */
  between?: string;
  /** a failed document as a record in the output (the data formats); the reading formats leave failures to stderr */
  failure?: (record: ErrorRecord) => string;
  /** the media type it is served as (lede serve) */
  media: string;
}

/** Every output format: a new one is one more entry here. */
const ENTRIES = {
  json: { describe: 'the extraction, indented', load: async () => renderJson, needs: [], extension: '.json', failure: renderJson, media: 'application/json; charset=utf-8' },
  jsonl: {
    describe: 'one extraction per line',
    load: async () => renderJsonLine,
    needs: [],
    between: '',
    failure: renderJsonLine,
    media: 'application/x-ndjson; charset=utf-8',
  },
  md: {
    describe: 'a digest',
    load: async () => (await import('./markdown.js')).renderMarkdown,
    needs: [],
    extension: '.md',
    between: '\n---\n\n',
    media: 'text/markdown; charset=utf-8',
  },
  html: { describe: 'a highlight page', load: async () => (await import('./html.js')).renderHtml, needs: ['text'], extension: '.html', media: 'text/html; charset=utf-8' },
  text: {
    describe: 'the article, its highlights marked: in colour on a terminal',
    load: async () => (await import('./text.js')).renderText,
    needs: ['text'],
    extension: '.txt',
    media: 'text/plain; charset=utf-8',
  },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof ENTRIES;

export const FORMATS: Readonly<Record<FormatName, Format>> = ENTRIES;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** The layers to extract for a format: those asked for, and those it reads. */
export function layersFor(format: Format, include: readonly Include[]): Include[] {
  return [...include, ...format.needs.filter((layer) => !include.includes(layer))];
}
