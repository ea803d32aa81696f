import { createDoc } from './doc/document.js';
import { findLayout } from './doc/layout.js';
import { span } from './doc/span.js';
import { extractEntities } from './entities/index.js';
import { extractNumbers } from './numbers/index.js';
import { extractLocations } from './places/index.js';
import { extractQuotes } from './quotes/index.js';
import type { Include } from './include.js';
import { SCHEMA_VERSION, type Diagnostic, type Extraction } from './schema.js';
import { LEDE_VERSION } from './version.js';

export { INCLUDES, type Include } from './include.js';

export interface ExtractOptions {
  /** the document id, echoed as `id` (batch runs) */
  id?: string;
  /** extra layers to add to the output */
  include?: readonly Include[];
}

/**
 * Extracts entities, quotes, numeric claims and places from one news text. Every offset indexes `text` as
 * given: JavaScript string indices (UTF-16 code units), end exclusive.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const include = new Set(options.include ?? []);
  const doc = createDoc(text);
  const diagnostics: Diagnostic[] = [...doc.diagnostics];
  const layout = findLayout(doc);
  // Order matters: quotes resolve speakers to entities; numbers take their claimant from quotes; places
  // come from the place entities.
  const entities = extractEntities(doc);
  const quotes = extractQuotes(doc, entities, diagnostics);
  const numbers = extractNumbers(doc, quotes);
  const locations = extractLocations(doc, entities, layout.datelinePlace);
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id !== undefined ? { id: options.id } : {}),
    meta: {
      lede: LEDE_VERSION,
      model: 'compromise-14',
      gazetteer: 'none',
      options: { include: [...include].sort() },
    },
    input: { format: 'text', length: text.length },
    ...(include.has('text') ? { text } : {}),
    ...(include.has('sentences') ? { sentences: doc.sentences.map((s) => span(text, s.start, s.end)) } : {}),
    ...(include.has('tokens') ? { tokens: doc.tokens.map((t) => ({ ...span(text, t.start, t.end), pos: t.pos })) } : {}),
    headline: layout.headline ? span(text, layout.headline.start, layout.headline.end) : null,
    dateline: layout.dateline ? span(text, layout.dateline.start, layout.dateline.end) : null,
    entities,
    quotes,
    numbers,
    locations,
    diagnostics: diagnostics.sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || a.code.localeCompare(b.code)),
  };
}
