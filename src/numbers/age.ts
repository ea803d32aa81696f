import type { Doc, Token } from '../doc/document.js';
import { sentenceAt, tokenBefore } from '../doc/lookup.js';
import type { Entity, Qualifier } from '../schema.js';
import type { Figure } from './figure.js';
import { boundRange, hedgeBefore } from './hedges.js';

/**
 * Ages: kind `age`, unit "years". A bare number is an age by its syntax:
 * - in apposition to a person: "Mr Read, 50, said", "Ann Lee, 81;", "Ned Quill (34)";
 * - after "aged", or the noun "age" or "ages": "aged 71", "at age 23", "ages 5 to 11";
 * - after "the age of", with the bound written before it: "under the age of 11" (less than), "over the age of 65";
 * - the value of a noun for an age through a verb or a preposition: "raise the retirement age to 67", "the voting
 *   age was lowered to 16", "life expectancy is around 73", "a life expectancy of 81.2" (decimals too).
 * "a 34-year-old" and "60 years old" are read as ages by the unit reader (measure.ts). A decade after a possessive is
 * an age range: "in her 40s" is [40, 49], "his early sixties" [60, 63], "their mid-30s" [34, 36], "late 50s" [57, 59].
 */

const AGE_UNIT = 'years';
/** Words an age follows: "aged 71", "at age 23", "ages 5 to 11". */
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
/** What joins the two ends of a range of ages: "aged 18 to 25", "between 18 and 25", "18-25". */
const RANGE_WORDS = new Set(['to', 'and', '-', '–', '—']);
/** Nouns whose value is an age ("the retirement age", "life expectancy"), and the word that must precede each. */
const AGE_NOUNS: Record<string, string | null> = { age: null, expectancy: 'life' };
/** Words between such a noun and its value: "is", "was lowered to", "of", "rose to". */
const AGE_LINKS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'stands', 'stood', 'remains', 'remained', 'of', 'to', 'at', 'from',
  'rose', 'fell', 'raised', 'lowered', 'increased', 'reduced', 'cut', 'climbed', 'dropped',
]);
/** A bound before "the age of": "under the age of 11". */
const AGE_OF = /(?:\bthe[ \u00a0]+)?\bage[ \u00a0]+of[ \u00a0]+$/iu;

export class Ages {
  constructor(
    private readonly doc: Doc,
    private readonly entities: readonly Entity[],
  ) {}

  /** The last figure read as an age: the second end of "aged 18 to 25" is one too. */
  private last: Figure | undefined;

  /**
   * Makes a count an age when its syntax says so: a bare whole number, or any count after a noun for an age ("a
   * life expectancy of 81.2"); returns whether it did.
   */
  read(f: Figure): boolean {
    if (f.kind !== 'count' || f.value === null || f.value < 0 || f.value > 130) return false;
    const ageNoun = this.isValueOfAgeNoun(f);
    if (!ageNoun && ((!f.bare && !f.spelled) || !Number.isInteger(f.value))) return false;
    const text = this.doc.text;
    const prev = tokenBefore(this.doc, f.start);
    const secondEnd = prev !== undefined && this.last !== undefined && RANGE_WORDS.has(prev.lower) && /^[  ]*$/.test(text.slice(this.last.end, prev.start));
    const ageOf = f.hedgeStart === undefined ? AGE_OF.exec(text.slice(Math.max(0, f.start - 16), f.start)) : null;
    let qualifier: Qualifier | null = null;
    if (ageOf) {
      const before = hedgeBefore(text, f.start - ageOf[0].length, this.doc.sentences[sentenceAt(this.doc, f.start)]!.start);
      if (before && before.qualifier !== 'exact') {
        qualifier = before.qualifier;
        f.hedgeStart = before.start;
      }
    } else if (!secondEnd && !ageNoun && !AGE_WORDS.has(this.wordBefore(prev)) && !this.inApposition(f)) return false;
    f.kind = 'age';
    f.unit = AGE_UNIT;
    f.bare = false;
    if (qualifier) [f.qualifier, f.range] = [qualifier, boundRange(qualifier, f.value)];
    this.last = f;
    return true;
  }

  /** The word before the figure, past "between": "aged between 18 and 25". */
  private wordBefore(prev: Token | undefined): string {
    return prev?.lower === 'between' ? (tokenBefore(this.doc, prev.start)?.lower ?? '') : (prev?.lower ?? '');
  }

  /**
   * "the retirement age to 67", "life expectancy is around 73": a noun for an age, then verbs and prepositions, then
   * the figure (or its hedge).
   */
  private isValueOfAgeNoun(f: Figure): boolean {
    const sentence = sentenceAt(this.doc, f.start);
    let t = tokenBefore(this.doc, f.hedgeStart ?? f.start);
    let links = 0;
    for (; t && links < 3 && AGE_LINKS.has(t.lower); links++) t = tokenBefore(this.doc, t.start);
    if (!t || links === 0 || !(t.lower in AGE_NOUNS) || sentenceAt(this.doc, t.start) !== sentence) return false;
    const before = AGE_NOUNS[t.lower];
    return !before || tokenBefore(this.doc, t.start)?.lower === before;
  }

  /** "Tanya Ruelas, 24, was found", "Brandt, 66, has ...", "Ned Quill (34)". */
  private inApposition(f: Figure): boolean {
    const doc = this.doc;
    const open = tokenBefore(doc, f.start);
    const name = open?.norm === ',' || open?.norm === '(' ? tokenBefore(doc, open.start) : undefined;
    const close = doc.text.charAt(f.end);
    if (!name || !(open!.norm === '(' ? close === ')' : /^[,;.)]$/.test(close))) return false;
    if (this.entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start < name.end && name.start < m.end))) return true;
    // Without a person entity: a two-word proper name, and the sentence going on ("Hill, 24, was found").
    const first = tokenBefore(doc, name.start);
    const capitalised = (t: Token | undefined) => t !== undefined && t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.norm);
    return capitalised(name) && capitalised(first) && /^,[ \u00a0]+(?!and\b|or\b)[a-z]/.test(doc.text.slice(f.end, f.end + 8));
  }

}

const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
const PART_OF_DECADE: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
const DECADE = new RegExp(
  String.raw`\b(?:his|her|their|my|your|our|one's|one’s)[ \u00a0]+((?:(early|mid|late)[- \u00a0])?(?:([1-9])0'?s|(${Object.keys(DECADE_WORDS).join('|')})))(?![\p{L}\d])`,
  'giu',
);

/** "in her 40s", "his early sixties", "their mid-30s": the decade of someone's age, as a range of years. */
export function ageDecades(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(DECADE)) {
    const decade = m[3] ? Number(m[3]) * 10 : DECADE_WORDS[m[4]!.toLowerCase()]!;
    const [from, to] = PART_OF_DECADE[m[2]?.toLowerCase() ?? ''] ?? [0, 9];
    const start = m.index + m[0].length - m[1]!.length;
    out.push({
      start, end: start + m[1]!.length, kind: 'age', value: null, range: [decade + from, decade + to], unit: AGE_UNIT, qualifier: 'exact',
      base: decade, scale: 1, spelled: m[4] !== undefined, bare: false,
    });
  }
  return out;
}
