import type { Doc } from '../doc/document.js';
import { overlaps } from '../doc/span.js';
import type { NameMention } from './merge.js';
import { spacedRun } from './words.js';
import { NATIONAL_BODIES, NATIONAL_BODY_WORDS, foldBodyName } from '../lexicon/national-bodies.js';

/**
 * A national body named in its own language ("the Dáil", "a Garda spokesperson", "An Garda Síochána", "the
 * Knesset") is an organisation wherever it is written capitalised: the mention the tagger found over exactly those
 * words is retyped, and one is added where the tagger found none (it often reads a foreign word before a noun,
 * "Garda station", as no name). A name that holds the body's name and more ("Lake Garda") is left as it is.
 */
export function nationalBodyMentions(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out = mentions;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.norm)) continue;
    for (let k = Math.min(NATIONAL_BODY_WORDS, tokens.length - i); k >= 1; k--) {
      if ((k > 1 && !spacedRun(doc, i, i + k - 1)) || !NATIONAL_BODIES.has(foldBodyName(doc.text.slice(tokens[i]!.start, tokens[i + k - 1]!.end)))) continue;
      const span = { start: tokens[i]!.start, end: tokens[i + k - 1]!.end };
      if (out === mentions) out = [...mentions];
      bodyMention(out, span);
      i += k - 1;
      break;
    }
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function bodyMention(out: NameMention[], span: { start: number; end: number }): void {
  const k = out.findIndex((m) => overlaps(m, span));
  const typed = { type: 'ORG' as const, rule: 'entities/type-evidence' as const, typedBy: span };
  if (k < 0) out.push({ ...span, caps: false, dateline: false, title: null, ...typed });
  else if (out[k]!.start === span.start && out[k]!.end === span.end) out[k] = { ...out[k]!, ...typed };
}
