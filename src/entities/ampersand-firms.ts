import type { Doc } from '../doc/document.js';
import { resized, type Named } from './named.js';
import { corporateSuffix } from './evidence.js';
import { spacedRun } from './words.js';

/** What follows "&" to close a firm's name: "& Co", "& Sons", "& Partners" (a corporate suffix counts too). */
const FIRM_ENDS = new Set(['sons', 'partners', 'associates', 'company', 'cos', 'cos.', 'brothers', 'bros', 'bros.']);

/**
 * "Walter P. Crane & Co", "Harlan Smith & Sons", "Wexford & Partners Ltd": a name (a person's too, as the tagger
 * read it) right before "&" and a word that closes a firm's name, a corporate suffix or "Sons", "Partners" and the
 * like, is the firm's, an organisation, over them and the corporate suffixes after them, up to the next name.
 */
export function withAmpersandFirms(doc: Doc, names: readonly Named[]): readonly Named[] {
  let out: Named[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    const end = firmEnd(doc, n, names[k + 1]?.first ?? doc.tokens.length);
    if (end > n.last) (out ??= names.slice(0, k)).push(resized(n, n.first, end, n.start, withoutClosingStop(doc.text, doc.tokens[end - 1]!.end), 'ORG', 'entities/connector'));
    else out?.push(n);
  }
  return out ?? names;
}

/** The token after the firm's name read on from n over "&" and its closing words (n.last where none follows). */
function firmEnd(doc: Doc, n: Named, ceiling: number): number {
  const amp = doc.tokens[n.last];
  if (amp?.norm !== '&' || n.last + 1 >= ceiling || !spacedRun(doc, n.last - 1, n.last + 1) || !closesFirm(doc, n.last + 1)) return n.last;
  let end = n.last + 2;
  while (end < ceiling && spacedRun(doc, end - 1, end) && isSuffix(doc, end)) end++;
  return end;
}

/** A full stop before a closing quote, a line's break or the text's end closes the sentence, not the name: "& Co.\"". */
function withoutClosingStop(text: string, end: number): number {
  return text[end - 1] === '.' && (end === text.length || CLOSERS.has(text[end]!)) ? end - 1 : end;
}

const CLOSERS = new Set(['"', '”', '’', "'", '\n']);

function closesFirm(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return /^\p{Lu}/u.test(t.norm) && (FIRM_ENDS.has(t.lower) || isSuffix(doc, i));
}

function isSuffix(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return /^\p{Lu}/u.test(t.norm) && corporateSuffix(t.norm, t.lower) !== null;
}
