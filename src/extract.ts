import { compareText } from './compare-text.js';
import { createDoc } from './doc/document.js';
import { span } from './doc/span.js';
import { stageContext } from './doc/stage-context.js';
import { taggerModelHash } from './entities/index.js';
import { gazetteerId } from './places/index.js';
import { LedeError } from './errors.js';
import { articleEnd } from './input/article-end.js';
import { htmlToText } from './input/html-to-text.js';
import type { InputFormat } from './input/detect.js';
import { OUTPUT_LAYERS, type Include, type OutputLayer } from './include.js';
import { pipeline } from './pipeline.js';
import { runStages } from './stage.js';
import type { Diagnostic, Extraction } from './schema.js';
import { LEDE_VERSION, SCHEMA_VERSION } from './version.js';

export { INCLUDES, OUTPUT_LAYERS, type Include, type OutputLayer } from './include.js';

export interface ExtractOptions {
  /** the document id, echoed as `id` (batch runs) */
  id?: string;
  /** extra layers to add to the output */
  include?: readonly Include[];
  /** "html": the input is a web page; offsets then index the article text taken from it, given as `text` */
  inputFormat?: InputFormat;
  /**
   * the layers to extract (default: all four). The stages only the others need do not run, and those layers come
   * out empty; what a chosen layer needs still runs and is output too (quotes need entities, numbers need quotes).
   */
  only?: readonly OutputLayer[];
  /** give each entity, quote, speaker, number, claimant and location a `why`: the rule that found it and its evidence */
  explain?: boolean;
}

/**
 * Extracts entities, quotes, numeric claims and places from one news text. Every offset indexes `text` as
 * given (for HTML input, the article text taken from the page, returned as `text`): JavaScript string
 * indices (UTF-16 code units), end exclusive.
 */
export function extract(input: string, options: ExtractOptions = {}): Extraction {
  const format = options.inputFormat ?? 'text';
  const page = format === 'html' ? htmlToText(input) : null;
  const text = page ? page.text : input;
  const include = new Set(options.include ?? []);
  if (format === 'html') include.add('text');
  // A pasted page's trailer (sign-up lines, the comment thread) is left unread; offsets into the prefix are offsets into text.
  const end = articleEnd(text);
  const doc = createDoc(end < text.length ? text.slice(0, end) : text);
  const diagnostics: Diagnostic[] = [...doc.diagnostics];
  if (end < text.length) diagnostics.push(trailerNote(text, end));
  if (format === 'html' && !text) diagnostics.push({ severity: 'error', code: 'input/no-article-text', message: 'no article text was found in the HTML', start: null, end: null });
  const only = options.only ? layersChosen(options.only) : null;
  const explain = options.explain === true;
  const ctx = stageContext({ explain, dates: include.has('dates') }, diagnostics);
  const layers = runStages(only ? pipeline.plan(['layout', ...only]) : pipeline.stages, doc, ctx);
  const layout = layers.layout!;
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id !== undefined ? { id: options.id } : {}),
    meta: {
      lede: LEDE_VERSION,
      model: taggerModelHash(),
      gazetteer: gazetteerId(),
      options: { include: [...include].sort(), ...(only ? { only } : {}), ...(explain ? { explain } : {}) },
    },
    input: { format, length: text.length },
    ...(include.has('text') ? { text } : {}),
    ...(page ? { page: page.page } : {}),
    ...(include.has('sentences') ? { sentences: doc.sentences.map((s) => span(text, s.start, s.end)) } : {}),
    ...(include.has('tokens') ? { tokens: doc.tokens.map((t) => ({ ...span(text, t.start, t.end), pos: t.pos })) } : {}),
    headline: layout.headline ? span(text, layout.headline.start, layout.headline.end) : null,
    dateline: layout.dateline ? span(text, layout.dateline.start, layout.dateline.end) : null,
    entities: layers.entities ?? [],
    quotes: layers.quotes ?? [],
    numbers: layers.numbers ?? [],
    locations: layers.locations ?? [],
    diagnostics: diagnostics.sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || compareText(a.code, b.code)),
  };
}

/** The chosen layers in output order; an unknown name is a usage error. */
function layersChosen(only: readonly string[]): OutputLayer[] {
  for (const name of only) {
    if (!(OUTPUT_LAYERS as readonly string[]).includes(name)) throw new LedeError('E_USAGE', `unknown layer "${name}" in only (choose from ${OUTPUT_LAYERS.join(', ')})`);
  }
  return OUTPUT_LAYERS.filter((l) => only.includes(l));
}

function trailerNote(text: string, end: number): Diagnostic {
  const first = text.slice(end).trim().split('\n')[0]!.trim();
  return {
    severity: 'info',
    code: 'input/trailer',
    message: `the text from "${first.slice(0, 40)}" on looks like page furniture or a comment thread, and was not read`,
    start: end,
    end: text.length,
  };
}
