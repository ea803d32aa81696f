import type { Doc } from '../doc/document.js';
import { overlaps } from '../doc/span.js';
import { mentionOver, nameMention, type NameMention } from './merge.js';
import { spacedRun } from './words.js';
import { tokensOf } from './doc-words.js';
import { NATIONAL_BODIES, NATIONAL_BODY_OPENERS, NATIONAL_BODY_WORDS } from '../lexicon/national-bodies.js';

/**
 * A national body named in its own language ("the Dáil", "An Garda Síochána", "the
 * Knesset") is an organisation wherever it is written capitalised: the mention the tagger found over exactly those
 * words, or over them and lower-case words ("Garda station"), is the body's, and one is added where the tagger
 * found none. A name that holds the body's name and other capitalised words ("Lake Garda") is left as it is, but for
 * names a comma or "and" sets apart from it ("the Lok Sabha and Guardia Civil"), which become mentions of their own.
 */
export function nationalBodyMentions(doc: Doc, mentions: NameMention[]): NameMention[] {
  let out = mentions;
  const tokens = doc.tokens;
  let next = 0;
  for (const i of tokensOf(doc, NATIONAL_BODY_OPENERS)) {
    if (i < next || tokens[i]!.lower === tokens[i]!.norm || !/^\p{Lu}/u.test(tokens[i]!.norm)) continue;
    let name = '';
    let match = 0;
    for (let k = 1; k <= NATIONAL_BODY_WORDS && i + k <= tokens.length && (k === 1 || spacedRun(doc, i + k - 2, i + k - 1)); k++) {
      name += (k > 1 ? ' ' : '') + tokens[i + k - 1]!.lower;
      if (NATIONAL_BODIES.has(name)) match = k;
    }
    if (match === 0) continue;
    if (out === mentions) out = [...mentions];
    bodyMention(doc, out, { start: tokens[i]!.start, end: tokens[i + match - 1]!.end });
    next = i + match;
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function bodyMention(doc: Doc, out: NameMention[], span: { start: number; end: number }): void {
  const k = out.findIndex((m) => overlaps(m, span));
  if (k < 0) {
    out.push(nameMention({ start: span.start, end: span.end, type: 'ORG', caps: false, dateline: false, rule: 'entities/type-evidence', title: null, typedBy: span }));
    return;
  }
  const m = withoutOtherNames(doc, out, k, span);
  if (!CAPITALISED.test(doc.text.slice(m.start, span.start) + doc.text.slice(span.end, m.end))) out[k] = mentionOver(m, span.start, span.end, 'ORG', 'entities/type-evidence', span);
}

/** Separators between two names in a list, as written in one: a comma, "and", "&". */
const SEPARATORS = [', ', ' and ', ' & '];

/**
 * Mention k with the names that a separator sets apart from the body's words in it made mentions of their own
 * ("the Lok Sabha and Guardia Civil"), out[k] narrowed to the body's side.
 */
function withoutOtherNames(doc: Doc, out: NameMention[], k: number, span: { start: number; end: number }): NameMention {
  let m = out[k]!;
  const after = SEPARATORS.find((sep) => doc.text.startsWith(sep, span.end));
  if (after && span.end + after.length < m.end) {
    out.push(piece(m, span.end + after.length, m.end));
    m = piece(m, m.start, span.end);
  }
  const before = SEPARATORS.find((sep) => doc.text.endsWith(sep, span.start));
  if (before && m.start < span.start - before.length) {
    out.push(piece(m, m.start, span.start - before.length));
    m = piece(m, span.start, m.end);
  }
  out[k] = m;
  return m;
}

/** The part [start, end) of a mention, with its title and type's words where they lie inside it. */
function piece(m: NameMention, start: number, end: number): NameMention {
  const inside = (s: { start: number; end: number } | null) => (s && s.start >= start && s.end <= end ? s : null);
  return mentionOver(m, start, end, m.type, m.rule, inside(m.typedBy), inside(m.title));
}

/** A capitalised word: what makes a longer name than the body's another name ("Lake Garda"; not "Garda station"). */
const CAPITALISED = /(?:^|[^\p{L}])\p{Lu}/u;
