import { BUSINESS_WORDS, OF_WORDS } from './words.js';
import { bare, type PlaceContext } from './context.js';
import { placeMention, type PlaceMention } from './mention.js';
import { PLACE_THRESHOLD } from './evidence.js';

/**
 * "ASHBROOK — ... the Ashbrook Senior Center", "Kelso Joins Solar Rebate Program. KELSO -": the dateline's name
 * written again in the article, in a headline or in a local body's name, is the dateline's place (one sense per
 * name), whether or not the gazetteer has it; not in capitals, not inside another name (insideOtherName), nor a word
 * of a person named in full ("Paul Boston" in a Boston story). Returns the mentions to
 * add to `mentions`, which holds the dateline's.
 */
export function datelineRepeats(cx: PlaceContext, mentions: readonly PlaceMention[]): PlaceMention[] {
  const dateline = mentions.find((m) => m.role === 'dateline');
  if (!dateline) return [];
  const toks = cx.tokens;
  const first = cx.tokenStartingAt(dateline.start);
  const last = cx.tokenEndingAtOrAfter(dateline.end);
  if (first < 0 || last >= toks.length || toks[last]!.end !== dateline.end) return [];
  const words = toks.slice(first, last + 1).map((t) => t.lower);
  const out: PlaceMention[] = [];
  const caps = cx.capitals();
  for (let q = 0; q < caps.length; q++) {
    const k = caps[q]!;
    // "TEXAS AT OREGON": a line in capitals names teams as often as places
    if (k === first || toks[k]!.lower !== words[0] || k + words.length > toks.length || cx.allCaps(k)) continue;
    let same = true;
    for (let w = 1; w < words.length && same; w++) same = toks[k + w]!.lower === words[w] && cx.adjacent(k + w - 1, k + w);
    if (!same) continue;
    const start = toks[k]!.start;
    const end = toks[k + words.length - 1]!.end;
    if (mentions.some((m) => m.start < end && start < m.end) || (words.length === 1 && cx.personWords.has(words[0]!)) || insideOtherName(cx, start, end)) continue;
    out.push(placeMention(start, end, dateline.key, dateline.matches.slice(), 'mention', PLACE_THRESHOLD, 'places/dateline'));
  }
  return out;
}

/**
 * Whether the tagger read start..end as, or inside, another name: an organisation's exactly there ("Reading have
 * yet to score", "The United Nations says"), a person's or a business's around it, or an event's, a work's or an
 * organisation's it neither opens nor closes after "of" (the place such a name serves, as seats.ts reads it), but a
 * Title Case headline misread as one name that it opens. A person's name exactly there is the dateline's place misread
 * ("Harwinton weighs ...").
 */
function insideOtherName(cx: PlaceContext, start: number, end: number): boolean {
  return cx.someNameAround(start, end, (b) => {
    if (b.end < end) return false;
    if (b.start === start && b.end === end) return b.type !== 'PERSON';
    if (b.type === 'PERSON') return true;
    const first = cx.tokenStartingAt(b.start);
    for (let k = first; k >= 0 && k < cx.tokens.length && cx.tokens[k]!.end <= b.end; k++) if (BUSINESS_WORDS.has(bare(cx.tokens[k]!))) return true;
    const i = cx.tokenStartingAt(start);
    // a Title Case headline the tagger read as one name opens with it ("Kelso Joins Solar Rebate Program")
    if (b.start === start && (b.type === 'ORG' || cx.ambiguousCase[i] === 1)) return false;
    return !(b.type === 'ORG' && b.end === end && i > 0 && OF_WORDS.has(cx.tokens[i - 1]!.lower));
  });
}
