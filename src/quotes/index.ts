import type { Doc } from '../doc/document.js';
import { span, spanId } from '../doc/span.js';
import type { Diagnostic, Entity, Quote } from '../schema.js';
import { findQuotePairs } from './marks.js';
import { attribute } from './speaker.js';

const MIN_WORDS = 3;

export function extractQuotes(doc: Doc, entities: Entity[], diagnostics: Diagnostic[]): Quote[] {
  const quotes: Quote[] = [];
  for (const pair of findQuotePairs(doc, diagnostics)) {
    const inner = doc.text.slice(pair.open + 1, pair.close - 1);
    if (inner.trim().split(/\s+/).length < MIN_WORDS) continue;
    const { speaker, cue } = attribute(doc, entities, pair.open, pair.close);
    quotes.push({
      id: spanId('q', pair.open, pair.close),
      ...span(doc.text, pair.open, pair.close),
      kind: 'direct',
      partial: isPartial(doc.text, pair.open, pair.close),
      parts: [span(doc.text, pair.open + 1, pair.close - 1)],
      speaker,
      cue,
    });
  }
  return quotes;
}

/** A partial quote sits inside the reporter's sentence: a lower-case start after running prose. */
function isPartial(text: string, open: number, close: number): boolean {
  const first = text[open + 1] ?? '';
  const before = text.slice(Math.max(0, open - 2), open);
  return /[a-z]/.test(first) && /\w\s$/.test(before) && close > open;
}
