import { splitAtWhiteSpace } from './clean.js';
import type { Doc } from './document.js';
import { lastEndingBy, sentenceAt, tokenAtOrAfter } from './lookup.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../lexicon/organisations.js';
import { kindFits, kindsOfWords } from '../lexicon/organisation-kinds.js';

/** One mention of a named organisation; `entity` is whatever the caller keeps for it (an entity, a speaker). */
export interface MentionOf<T> {
  start: number;
  end: number;
  entity: T;
}

/** How many sentences before its own a bare "the company" looks for the organisation it stands for. */
const DESCRIPTION_REACH = 2;
/** A name in capitals, dotted or not: "NASA", "U.N.", "AT&T". */
const ACRONYM = /^(?:\p{Lu}[.&]?){2,}$/u;
/** kinds of organisation whose names say the kind ("the union": a Union of ..., a Workers' Federation), unlike brands */
const NAMED_BY_KIND = new Set([
  'union', 'party', 'council', 'committee', 'commission', 'board', 'league', 'club', 'university', 'association', 'ministry',
  'department', 'institute', 'foundation',
]);

/**
 * The words of a description that a name would hold, its noun (token `head`) last ("the health ministry"), not those
 * before it that describe: adjectives and participles ("the embattled lender"), a possessor ("the country's largest
 * lender"), a hyphened compound ("the state-owned lender"), a place or a nationality (`isPlace`: "the German carmaker").
 */
export function descriptionWords(doc: Doc, from: number, head: number, isPlace: (token: number) => boolean): string[] {
  const tokens = doc.tokens;
  const words: string[] = [];
  for (let k = from; k < head; k++) {
    const t = tokens[k]!;
    const possessor = /^['’]s$/.test(tokens[k + 1]?.norm ?? '');
    const hyphened = tokens[k + 1]?.norm === '-' || tokens[k - 1]?.norm === '-';
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !possessor && !hyphened && !isPlace(k)) words.push(t.lower);
  }
  words.push(tokens[head]!.lower);
  return words;
}

/**
 * Which named organisation a definite description stands for ("Goldman Sachs forecasts ... The bank projected ..."),
 * over the organisations' mentions in one document.
 */
export class DescribedOrganisations<T> {
  private readonly kinds = new Map<T, Set<OrganisationKind>>();
  private readonly words = new Map<T, Set<string>>();
  private readonly sure = new Map<T, boolean>();
  /** the mentions a search keeps, in order, by the search's key: each document asks the same few searches again and again */
  private readonly kept = new Map<string, MentionOf<T>[]>();

  /** `mentions` sorted by start */
  constructor(
    private readonly doc: Doc,
    private readonly mentions: readonly MentionOf<T>[],
    private readonly nameOf: (organisation: T) => string,
  ) {}

  /**
   * `words`: the description's words a name would hold, its noun last ("the health ministry": health, ministry).
   * With more than the noun, the organisation named last before `start` whose name holds them all (the Ministry of
   * Health). The bare noun: in its sentence or the DESCRIPTION_REACH before, one whose name holds it, else the one
   * named last whose kind fits the noun's ("the company" is not the ministry named since) and that is not named as
   * an object ("told Reuters", "working with Apple"); else one whose name holds it named further back. A noun that
   * organisations of its kind put in their names ("the union", "the ministry") stands only for one that does.
   * With modifiers and no name that holds them all ("the space agency", "the tech giant"), of those of a fitting kind
   * whose names do not hold the noun (the Energy Agency is another agency) and not named as an object: the one
   * named last whose name holds a modifier, else the one named most often so far (the story's subject) of those
   * surely organisations (isSurelyOrganisation).
   */
  of(start: number, words: readonly string[]): MentionOf<T> | null {
    const noun = words[words.length - 1]!;
    const kind = ORGANISATION_KINDS.get(noun);
    if (!kind) return null;
    const named = this.lastBefore(start, `named ${words.join(' ')}`, (m) => {
      const name = this.wordsOf(m.entity);
      return words.every((w) => name.has(w));
    });
    if ((named && words.length > 1) || NAMED_BY_KIND.has(noun)) return named;
    const sentence = sentenceAt(this.doc, start);
    const near = (m: MentionOf<T> | null) => (m && sentenceAt(this.doc, m.start) >= sentence - DESCRIPTION_REACH ? m : null);
    const fits = (m: MentionOf<T>) => kindFits(kind, this.kindsOf(m.entity)) && !this.isObject(m);
    if (words.length > 1) {
      // "the space agency" for NASA: not an organisation whose name holds the noun without the modifiers (another agency)
      const other = (m: MentionOf<T>) => fits(m) && !this.wordsOf(m.entity).has(noun);
      const modifiers = words.slice(0, -1);
      const partly = this.lastBefore(start, `partly ${words.join(' ')}`, (m) => other(m) && modifiers.some((w) => this.wordsOf(m.entity).has(w)));
      return partly ?? this.mostNamed(start, (m) => other(m) && this.isSurelyOrganisation(m.entity));
    }
    return near(named) ?? near(this.lastBefore(start, `fits ${noun}`, fits)) ?? named;
  }

  /**
   * lastEndingBy over the mentions that `keep` (a test of the mention alone, the same for every call with `key`),
   * which are kept once: walking back over all mentions for each description made a long text's time quadratic.
   */
  private lastBefore(start: number, key: string, keep: (m: MentionOf<T>) => boolean): MentionOf<T> | null {
    let kept = this.kept.get(key);
    if (!kept) this.kept.set(key, (kept = this.mentions.filter(keep)));
    return lastEndingBy(kept, start, () => true);
  }

  /** Of the mentions before `start` that fit, one of the organisation named most often so far (the latest on a tie). */
  private mostNamed(start: number, fits: (m: MentionOf<T>) => boolean): MentionOf<T> | null {
    const counts = new Map<T, number>();
    let best: MentionOf<T> | null = null;
    for (const m of this.mentions) {
      if (m.end > start) break;
      const n = (counts.get(m.entity) ?? 0) + 1;
      counts.set(m.entity, n);
      if (fits(m) && (!best || n >= counts.get(best.entity)!)) best = m;
    }
    return best;
  }

  /**
   * Is the mention the object of a verb ("told Reuters", "including Apple") or of a preposition that does not
   * follow a noun ("working with Apple", "in the Apple case"; not "shares of Apple"), "according to" aside?
   */
  private isObject(m: MentionOf<T>): boolean {
    const tokens = this.doc.tokens;
    let k = tokenAtOrAfter(this.doc, m.start) - 1;
    while (k >= 0 && /^(?:DET|ADJ)$/.test(tokens[k]!.pos)) k--;
    const before = tokens[k];
    if (!before || before.sentence !== tokens[k + 1]?.sentence) return false;
    if (before.lower === 'to' && tokens[k - 1]?.lower === 'according') return false;
    return before.pos === 'VERB' || (before.pos === 'ADP' && !/^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? ''));
  }

  /**
   * Does more than the tagger say it is an organisation that acts: a kind its name or the nouns before it give, a
   * name no single word is (an acronym, "Jet Propulsion Laboratory"), or a mention as the subject of a verb, no
   * preposition before it ("Orbis said", "Pellucid makes chips"); not a word only ever named after a preposition
   * ("on Mars", "over Brexit") that the tagger read as one.
   */
  private isSurelyOrganisation(organisation: T): boolean {
    let sure = this.sure.get(organisation);
    if (sure === undefined) {
      const name = this.nameOf(organisation);
      sure = this.kindsOf(organisation).size > 0 || this.wordsOf(organisation).size > 1 || ACRONYM.test(name) || this.mentions.some((m) => m.entity === organisation && this.isSubject(m));
      this.sure.set(organisation, sure);
    }
    return sure;
  }

  /** The mention stands before a verb of its sentence, after no preposition. */
  private isSubject(m: MentionOf<T>): boolean {
    const tokens = this.doc.tokens;
    const first = tokenAtOrAfter(this.doc, m.start);
    const next = tokens[tokenAtOrAfter(this.doc, m.end)];
    return next !== undefined && /^(?:VERB|AUX)$/.test(next.pos) && next.sentence === tokens[first]?.sentence && tokens[first - 1]?.pos !== 'ADP';
  }

  /** The words of an organisation's name, lower case. */
  private wordsOf(organisation: T): Set<string> {
    let words = this.words.get(organisation);
    if (!words) this.words.set(organisation, (words = new Set(splitAtWhiteSpace(this.nameOf(organisation).toLowerCase()))));
    return words;
  }

  /** The kinds of organisation its name and the nouns written right before its mentions ("carmaker Stellantis") give. */
  private kindsOf(organisation: T): Set<OrganisationKind> {
    let kinds = this.kinds.get(organisation);
    if (!kinds) {
      kinds = kindsOfWords(splitAtWhiteSpace(this.nameOf(organisation)), new Set());
      for (const m of this.mentions) {
        if (m.entity !== organisation) continue;
        const before = this.doc.tokens[tokenAtOrAfter(this.doc, m.start) - 1];
        if (before && before.pos === 'NOUN') kindsOfWords([before.lower], kinds);
      }
      this.kinds.set(organisation, kinds);
    }
    return kinds;
  }
}
