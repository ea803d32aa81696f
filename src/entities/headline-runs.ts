import type { Doc } from '../doc/document.js';
import type { Dateline } from '../doc/layout.js';
import type { EntityType } from '../schema.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { isNationalPlaceName } from './evidence.js';
import { mentionOver, type NameMention } from './merge.js';

/** What the story writes as a name of its own: the name's type and the story's mention that says so. */
interface StoryName {
  type: EntityType;
  at: { start: number; end: number };
}

/**
 * A headline's words run together, and the tagger reads names that stand side by side there as one organisation's:
 * "ROMANIA KESTREL H1 PROFIT" over "Kestrel", "Putin endorses Orlov Dagestan plan". An organisation's name of two
 * words or more in the headline (on an all-caps or title-case line, or the line before a dateline on the second) that the story
 * does not write whole, made of names the story writes alone (a person's surname among them) and of countries and
 * states, one story name at least, is those names, each typed as the story types it (a country or a state GPE), the
 * story's mention its cue.
 */
export function withHeadlineRunsSplit(doc: Doc, datelines: readonly Dateline[], mentions: NameMention[]): NameMention[] {
  const storyFrom = headlineDateline(doc.text, datelines);
  let k = 0;
  while (k < mentions.length && !isHeadline(doc.text, mentions[k]!, storyFrom)) k++;
  if (k === mentions.length) return mentions;
  const story = storyNames(doc.text, mentions, storyFrom);
  const out: NameMention[] = mentions.slice(0, k);
  for (; k < mentions.length; k++) {
    const m = mentions[k]!;
    const pieces = isHeadline(doc.text, m, storyFrom) && !story.has(key(doc.text.slice(m.start, m.end))) ? piecesOf(doc, m, story) : null;
    if (pieces) out.push(...pieces);
    else out.push(m);
  }
  return out;
}

/** An organisation's name of two words or more in the headline (`storyFrom`: see headlineDateline). */
function isHeadline(text: string, m: NameMention, storyFrom: number): boolean {
  return m.type === 'ORG' && !m.dateline && (m.caps || m.end <= storyFrom) && hasSpace(text, m.start, m.end);
}

function hasSpace(text: string, start: number, end: number): boolean {
  const space = text.indexOf(' ', start);
  return space >= 0 && space < end;
}

const key = (name: string): string => name.toLowerCase();

/** The end of a dateline on the text's second line, after a headline of one line ("KESTREL H1 PROFIT\nOSLO 1996-08-30"), else 0. */
function headlineDateline(text: string, datelines: readonly Dateline[]): number {
  const d = datelines[0]?.dateline;
  return d && !text.slice(0, d.start).trimEnd().includes('\n') ? d.end : 0;
}

/** The names of the story (not on a caps line, after the first dateline), and the surnames of its people. */
function storyNames(text: string, mentions: readonly NameMention[], from: number): Map<string, StoryName> {
  const names = new Map<string, StoryName>();
  for (const m of mentions) {
    if (m.caps || m.start < from) continue;
    const name = text.slice(m.start, m.end);
    const at = { start: m.start, end: m.end };
    if (!names.has(key(name))) names.set(key(name), { type: m.type, at });
    const space = name.lastIndexOf(' ');
    if (m.type === 'PERSON' && space > 0 && !names.has(key(name.slice(space + 1)))) names.set(key(name.slice(space + 1)), { type: 'PERSON', at });
  }
  return names;
}

/**
 * The mention cut into the longest runs of its words, from the left, that the story writes as names or that name a
 * country or a state; null unless every word is in one, there are two runs at least and one is the story's.
 */
function piecesOf(doc: Doc, m: NameMention, story: ReadonlyMap<string, StoryName>): NameMention[] | null {
  const first = tokenAtOrAfter(doc, m.start);
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.end <= m.end) last++;
  const pieces: NameMention[] = [];
  let fromStory = false;
  for (let i = first; i < last; ) {
    let j = last;
    for (; j > i; j--) {
      const start = doc.tokens[i]!.start;
      const end = doc.tokens[j - 1]!.end;
      const name = doc.text.slice(start, end);
      const known = story.get(key(name));
      if (known) {
        fromStory = true;
        pieces.push(mentionOver(m, start, end, known.type, 'entities/type-evidence', known.at));
        break;
      }
      if (isNationalPlaceName(name)) {
        pieces.push(mentionOver(m, start, end, 'GPE', 'entities/type-evidence', null));
        break;
      }
    }
    if (j === i) return null;
    i = j;
  }
  return fromStory && pieces.length > 1 ? pieces : null;
}
