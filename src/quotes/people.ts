import { isSpaceAt } from '../doc/clean.js';
import type { Doc, Token } from '../doc/document.js';
import type { Entity, EntityType } from '../schema.js';
import { COURTESY_TITLES, isShortTitle, type Gender } from '../lexicon/roles.js';
import { genderOfFirstName, genderOfHonorific, isHonorific, isRoleNoun, NOUN_GENDERS } from './person-words.js';
import { isCapitalised, POSSESSIVE_PRONOUNS } from './tokens.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { isPossessiveS } from '../lexicon/marks.js';
import { MentionIndex } from './mention-index.js';

/** Someone (or some body) a quote can be attributed to: an entity, or a name lede found beside a cue. */
export interface Person {
  name: string;
  entityId: string | null;
  type: EntityType;
  /** mention start offsets, ascending */
  mentions: Array<{ start: number; end: number }>;
  /** undefined until worked out */
  gender: Gender | null | undefined;
  roles: Set<string> | null;
}

/** A person with every field set, so that all people share one object shape. */
export function newPerson(name: string, entityId: string | null, type: EntityType, mentions: Person['mentions'], gender?: Gender | null, roles: Set<string> | null = null): Person {
  return { name, entityId, type, mentions, gender, roles };
}

const SPEAKER_TYPES = new Set<EntityType>(['PERSON', 'ORG']);
const APPOSITION_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The people and organisations of one article, for resolving speakers: the entities, plus capitalised names that
 * start with a known first name or an honorific ("Mr. Varga"), so that speakers resolve even where the entity
 * stage missed a name.
 */
export class People {
  readonly all: Person[] = [];
  private readonly index = new MentionIndex(this.all);
  private readonly bySurname = new Map<string, Person[]>();
  private readonly scanned = new WeakSet<Person>();
  private capitalisedIndex: CapitalisedIndex | undefined;
  /** the indexes of the capitalised word tokens, ascending */
  private readonly capitalisedWords: Int32Array;

  constructor(private readonly doc: Doc, entities: Entity[]) {
    this.capitalisedWords = capitalisedWords(doc);
    for (const e of entities) {
      if (!SPEAKER_TYPES.has(e.type)) continue;
      const mentions: Person['mentions'] = [];
      for (const m of e.mentions) if (m.kind === 'name') mentions.push({ start: m.start, end: m.end });
      if (mentions.length) this.add(newPerson(e.name, e.id, e.type, mentions, undefined, roleWords(e.roles)));
    }
    this.addNameRuns();
  }

  add(p: Person): Person {
    this.all.push(p);
    if (p.type !== 'PERSON') return p;
    const key = surname(p.name);
    if (p.entityId === null) {
      // later and earlier bare mentions of the name: "Okonkwo was elected ..."
      const { first, next } = this.capitalised();
      for (let i = first.get(key) ?? -1; i >= 0; i = next[i]!) {
        const t = this.doc.tokens[i]!;
        if (!p.mentions.some((m) => m.start <= t.start && t.end <= m.end)) p.mentions.push({ start: t.start, end: t.end });
      }
      p.mentions.sort((a, b) => a.start - b.start);
    }
    const list = this.bySurname.get(key);
    if (list) list.push(p);
    else this.bySurname.set(key, [p]);
    return p;
  }

  /** Another mention of `p`, after those it has. */
  addMention(p: Person, start: number, end: number): void {
    p.mentions.push({ start, end });
    this.index.grew(p);
  }

  /** The entity or known person with a mention overlapping [start, end), preferring a person, then the rightmost. */
  at(start: number, end: number): Person | null {
    let best: Person | null = null;
    let bestEnd = -1;
    for (const m of this.index.overlapping(start, end)) {
      const p = this.all[m.person]!;
      const better = !best || (p.type === 'PERSON' && best.type !== 'PERSON') || (p.type === best.type && m.end > bestEnd);
      if (better) {
        best = p;
        bestEnd = m.end;
      }
    }
    return best;
  }

  /** The person a bare name refers to: "Quenneville" → Marisol Quenneville, the latest one named before `offset`. */
  byName(name: string, offset: number): Person | null {
    const candidates = this.bySurname.get(surname(name)) ?? [];
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of candidates) {
      const first = p.mentions[0]!.start;
      if (first <= offset && first > bestAt) {
        best = p;
        bestAt = first;
      }
    }
    return best ?? candidates[0] ?? null;
  }

  genderOf(p: Person): Gender | null {
    if (p.gender !== undefined) return p.gender;
    p.gender = null;
    const words = p.name.split(/\s+/);
    for (const m of p.mentions) {
      const before = this.doc.tokens[tokenAtOrAfter(this.doc, m.start) - 1];
      const g = before ? genderOfHonorific(before.norm) : null;
      if (g) return (p.gender = g);
    }
    if (p.type === 'PERSON') {
      for (const m of p.mentions) {
        const g = this.relationBeside(m);
        if (g) return (p.gender = g);
      }
    }
    const first = words.find((w) => !isHonorific(w)) ?? '';
    p.gender = genderOfHonorific(words[0] ?? '') ?? (p.type === 'PERSON' ? genderOfFirstName(first) ?? this.pronounAfter(p) : null);
    return p.gender;
  }

  /**
   * The gender of a noun for a person written beside a mention: right before it ("her husband Rob", "her father, Tom
   * Reyes,"), or heading its apposition ("Ana Ruiz, the governor's eldest daughter,", "Tamsin Achebe, a mother of three").
   */
  private relationBeside(m: { start: number; end: number }): Gender | null {
    const tokens = this.doc.tokens;
    const i = tokenAtOrAfter(this.doc, m.start);
    const j = tokenAtOrAfter(this.doc, m.end);
    // the noun is owned or determined, and a name after a comma is in apposition to it ("One driver, Pellew said," is not)
    const apposed = tokens[i - 1]?.norm === ',';
    const before = tokens[apposed ? i - 2 : i - 1];
    const owner = tokens[apposed ? i - 3 : i - 2];
    const determined = owner !== undefined && (owner.pos === 'DET' || POSSESSIVE_PRONOUNS.has(owner.lower) || isPossessiveS(owner.norm));
    if (before?.pos === 'NOUN' && determined && (!apposed || /^[,.]$/.test(tokens[j]?.norm ?? '')) && NOUN_GENDERS.has(before.lower)) return NOUN_GENDERS.get(before.lower)!;
    if (tokens[j]?.norm !== ',') return null;
    // the apposition's head: the last noun of its first noun phrase ("a nurse whose brother ..." ends at "nurse")
    let head: Token | undefined;
    for (let k = j + 1; k < tokens.length && k - j <= 6; k++) {
      const t = tokens[k]!;
      const after = tokens[k - 1]!;
      if (head && t.pos !== 'NOUN' && !/^['’]s$/.test(after.norm)) break;
      if (t.pos === 'NOUN') head = t;
      else if (!(APPOSITION_OPENERS.has(t.pos) || /^['’]s$/.test(t.norm))) break;
    }
    return head ? (NOUN_GENDERS.get(head.lower) ?? null) : null;
  }

  /**
   * The gender of the first "he" or "she" soon after the person is first named, in that paragraph, when no one else is
   * named between.
   */
  private pronounAfter(p: Person): Gender | null {
    const tokens = this.doc.tokens;
    const first = p.mentions[0];
    if (!first) return null;
    const i = tokenAtOrAfter(this.doc, first.end);
    for (let k = i; k < tokens.length && k - i < 30; k++) {
      const t = tokens[k]!;
      if (k > i && this.doc.text.slice(tokens[k - 1]!.end, t.start).includes('\n')) return null;
      if (t.lower === 'he' || t.lower === 'his' || t.lower === 'him') return 'm';
      if (t.lower === 'she' || t.lower === 'her') return 'f';
      if (t.pos === 'PROPN' && isCapitalised(t) && genderOfFirstName(t.norm)) return null;
    }
    return null;
  }

  /** Role words written beside the person's mentions: "Harbourline CEO Dana Whitlock", "Kim, the manager". */
  rolesOf(p: Person): Set<string> {
    if (this.scanned.has(p)) return p.roles!;
    this.scanned.add(p);
    const roles = p.roles ?? new Set<string>();
    for (const m of p.mentions) {
      this.wordsBeside(m, (t) => {
        if (isRoleNoun(t.norm)) roles.add(t.lower);
        return false;
      });
    }
    p.roles = roles;
    return roles;
  }

  /** The role word `role` where rolesOf reads the mention's roles, or null. */
  roleWordNear(m: { start: number; end: number }, role: string): Token | null {
    return this.wordsBeside(m, (t) => t.lower === role);
  }

  /**
   * Visits the tokens of a mention ("Governor Marta Kowalczyk" may be the name itself), up to four words before it or
   * before a comma before it, and after a comma up to the next (six tokens at most), until `visit` says stop; returns
   * that token.
   */
  private wordsBeside(m: { start: number; end: number }, visit: (t: Token) => boolean): Token | null {
    const tokens = this.doc.tokens;
    const i = tokenAtOrAfter(this.doc, m.start);
    for (let k = i; k < tokens.length && tokens[k]!.end <= m.end; k++) if (visit(tokens[k]!)) return tokens[k]!;
    // the words before a name describe it up to a verb: "Sheriff Dale Pruitt said Haskins" gives Haskins no role
    const premodifies = (t: Token) => t.pos !== 'VERB' && t.pos !== 'AUX';
    for (let k = i - 1; k >= 0 && i - k <= 4 && tokens[k]!.type === 'word' && premodifies(tokens[k]!); k--) if (visit(tokens[k]!)) return tokens[k]!;
    // "her father, Tom Reyes,", "the mayor's aide, Ana Ruiz,": the role before a comma
    if (tokens[i - 1]?.norm === ',') {
      for (let k = i - 2; k >= 0 && i - k <= 6 && (tokens[k]!.type === 'word' || /^['’]s$/.test(tokens[k]!.norm)) && premodifies(tokens[k]!); k--) if (visit(tokens[k]!)) return tokens[k]!;
    }
    const j = tokenAtOrAfter(this.doc, m.end);
    // "Kim, the manager": an apposition opens with a noun phrase, not ", according to ..."
    if (tokens[j]?.norm === ',' && APPOSITION_OPENERS.has(tokens[j + 1]?.pos ?? '')) {
      for (let k = j + 1; k < tokens.length && k - j <= 6 && tokens[k]!.norm !== ','; k++) if (visit(tokens[k]!)) return tokens[k]!;
    }
    return null;
  }

  /** Where each capitalised word occurs, by its lower-cased form. */
  private capitalised(): CapitalisedIndex {
    if (this.capitalisedIndex) return this.capitalisedIndex;
    const tokens = this.doc.tokens;
    const words = this.capitalisedWords;
    const first = new Map<string, number>();
    const next = new Int32Array(tokens.length);
    for (let c = words.length - 1; c >= 0; c--) {
      const i = words[c]!;
      const lower = tokens[i]!.lower;
      next[i] = first.get(lower) ?? -1;
      first.set(lower, i);
    }
    return (this.capitalisedIndex = { first, next });
  }

  /** Runs of capitalised words that start with a first name or an honorific: people the entity stage may miss. */
  private addNameRuns(): void {
    const tokens = this.doc.tokens;
    const words = this.capitalisedWords;
    for (let c = 0; c < words.length; c++) {
      const i = words[c]!;
      const t = tokens[i]!;
      // the run of capitalised words from i in its sentence, up to four
      let n = 1;
      while (c + n < words.length && words[c + n] === i + n && tokens[i + n]!.sentence === t.sentence && n < 4) n++;
      if (n < 2) continue;
      const j = i + n;
      const honorific = isHonorificForm(t.norm) && genderOfHonorific(t.norm) !== null;
      if (!honorific && (t.pos !== 'PROPN' || genderOfFirstName(t.norm) === null)) continue;
      const start = honorific ? tokens[i + 1]!.start : t.start;
      const end = tokens[j - 1]!.end;
      if (!this.at(start, end)) {
        const name = this.doc.text.slice(start, end).replace(/\s+/g, ' ');
        const key = surname(name);
        const known = this.bySurname.get(key)?.find((p) => p.name === name || p.name.endsWith(` ${key}`) && !name.includes(' '));
        if (known) this.addMention(known, start, end);
        else this.add(newPerson(name, null, 'PERSON', [{ start, end }], honorific ? genderOfHonorific(t.norm) : undefined));
      }
      c += n - 1;
    }
  }
}

/**
 * An honorific written as one ("Mr.", "Sen.", "Sir"), not a word that happens to be one ("Sister", "King"): a short
 * form with its full stop, or a courtesy title written in full and capitalised.
 */
function isHonorificForm(norm: string): boolean {
  if (norm.endsWith('.')) return true;
  const lower = norm.toLowerCase();
  return COURTESY_TITLES.has(lower) && !isShortTitle(lower) && CAPITALISED_WORD.test(norm);
}
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*$/u;

interface CapitalisedIndex {
  /** the first token of each lower-cased capitalised word */
  first: Map<string, number>;
  /** for each such token, the next token of the same word, or -1 */
  next: Int32Array;
}

function capitalisedWords(doc: Doc): Int32Array {
  const tokens = doc.tokens;
  const found = new Int32Array(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'word' && isCapitalised(t)) found[n++] = i;
  }
  return found.subarray(0, n);
}

/** An entity's role words: "police chief" gives "police" and "chief". */
function roleWords(roles: string[]): Set<string> {
  const words = new Set<string>();
  for (const r of roles) for (const w of r.split(' ')) words.add(w);
  return words;
}

/** The last word of a name, lower-cased, without a possessive: "Marisol Quenneville’s" → "quenneville". */
function surname(name: string): string {
  const end = POSSESSIVE_END.test(name) ? name.length - 2 : name.length;
  let start = end;
  while (start > 0 && !isSpaceAt(name, start - 1)) start--;
  return name.slice(start, end).toLowerCase();
}

const POSSESSIVE_END = /['’]s$/;
