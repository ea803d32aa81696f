import type { Doc, Region } from '../doc/document.js';
import type { Diagnostic } from '../schema.js';

export interface QuotePair {
  /** the opening mark */
  open: number;
  /** index after the closing mark */
  close: number;
}

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '”' };

/**
 * Balanced double-quote pairs inside each paragraph. A mark left open at the end of a paragraph is reported
 * and dropped, so one stray mark never swallows the rest of the article.
 */
export function findQuotePairs(doc: Doc, diagnostics: Diagnostic[]): QuotePair[] {
  const pairs: QuotePair[] = [];
  for (const p of doc.paragraphs) pairsIn(doc.text, p, pairs, diagnostics);
  return pairs;
}

function pairsIn(text: string, p: Region, pairs: QuotePair[], diagnostics: Diagnostic[]): void {
  let open = -1;
  let closer = '';
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i]!;
    if (open < 0) {
      const c = OPENERS[ch];
      if (c) {
        open = i;
        closer = c;
      }
    } else if (ch === closer || (closer === '"' && ch === '”') || (closer === '”' && ch === '"')) {
      if (i - open > 1) pairs.push({ open, close: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'quotes/unclosed',
      message: `the quote mark at offset ${open} is not closed in its paragraph`,
      start: open,
      end: open + 1,
    });
  }
}
