import type { Doc } from '../doc/document.js';
import { evidence } from '../doc/why.js';
import type { Entity, EntityType, Mention, Rule, Why } from '../schema.js';
import { firstAtOrAfter } from '../doc/lookup.js';
import { isWhiteSpace as isSpace } from '../doc/clean.js';
import { caseChanges, CHANGES_UNDER_LOWER, CHANGES_UNDER_UPPER } from '../doc/letter-case.js';
import { rolesOf } from './roles.js';
import type { Gender } from '../lexicon/roles.js';
import { abbreviates, aliasesOf, canonicalKey, initialsOf } from './aliases.js';
import { genderOfFirstName, genderOfTitle, isIntroducedAsKin, isTypedBySurname } from './kin.js';
import { isPlaceName } from './evidence.js';

/** A name found in the text, typed. */
export interface NameMention {
  start: number;
  end: number;
  type: EntityType;
  /** on an all-caps or title-case line, where the tagger reads case less well */
  caps: boolean;
  /** the place of a dateline, whose type the rest of the document does not change */
  dateline: boolean;
  /** what decided the name and its type (its entity's `why`) */
  rule: Rule;
  /** the officer's title the name was split at ("Association President Tomas Ibarra"), else null */
  title: { start: number; end: number } | null;
  /** the words that fix its type whatever the other mentions say (a title, a corporate suffix, a byline's "By"), else null */
  typedBy: { start: number; end: number } | null;
  /** for an acronym, the mention of the name it stands for ("ICRC" of "International Committee of the Red Cross") */
  expands?: { start: number; end: number };
}

/**
 * The mention with every field of NameMention, in this order: the rules that make or change mentions write them
 * through it, so that every mention has one shape (a spread that adds a field, or a literal in another order, made
 * a shape per mention, and every rule's and the merge's reads of a mention slow). Its argument is no spread over a
 * mention either (`{ ...m, start }`): rewriting a field the spread copied makes V8 drop the code that read it.
 */
export function nameMention(m: NameMention): NameMention {
  return { start: m.start, end: m.end, type: m.type, caps: m.caps, dateline: m.dateline, rule: m.rule, title: m.title, typedBy: m.typedBy, expands: m.expands };
}

/** The mention over [start, end), typed anew where a rule says, on the evidence of the words `typedBy` (in nameMention's shape). */
export function mentionOver(m: NameMention, start: number, end: number, type = m.type, rule = m.rule, typedBy = m.typedBy, title = m.title): NameMention {
  return { start, end, type, caps: m.caps, dateline: m.dateline, rule, title, typedBy, expands: m.expands };
}

/** The mention as the short form of `expands` (an acronym the text defines), in nameMention's shape. */
export function expandedMention(m: NameMention, expands: NameMention['expands']): NameMention {
  return { start: m.start, end: m.end, type: m.type, caps: m.caps, dateline: m.dateline, rule: m.rule, title: m.title, typedBy: m.typedBy, expands };
}

/** The mention typed anew by a rule, on the evidence of the words `typedBy`. */
export function retypedMention(m: NameMention, type: EntityType, rule: Rule, typedBy: { start: number; end: number } | null): NameMention {
  return mentionOver(m, m.start, m.end, type, rule, typedBy);
}

interface Item extends NameMention {
  words: string[];
  key: string;
  /** where other forms of the same name meet (aliases.ts) */
  canon: string;
  /** the gender its title gives ("Mr Read") */
  gender: Gender | null;
}

interface Cluster {
  type: EntityType;
  words: string[];
  /** a person's gender from a mention's title, else the first name (see genderOf), worked out when first asked */
  gender: Gender | null | undefined;
  /** a person the text introduces as someone's relative ("his mother, Mary Read"), worked out when first asked */
  relative: boolean | undefined;
  mentions: Item[];
  /** the mentions' starts as ascending runs, in the order they joined */
  runs: number[][];
  /** the item it was made for: the fullest name */
  seed: Item;
}

/** The clusters so far, indexed by what an item can join them by. */
interface Clusters {
  all: Cluster[];
  /** by type, then canonical key, the first cluster */
  byName: Map<EntityType, Map<string, Cluster>>;
  /** by the start of each mention it holds */
  byMention: Map<number, Cluster>;
  /** people by each word of their name, in order of creation */
  byWord: Map<string, Cluster[]>;
  /** names of two or more words by their initials, in order of creation */
  byInitials: Map<string, Cluster[]>;
  /** organisations named by two or more words, by their first word, in order of creation */
  byFirstWord: Map<string, Cluster[]>;
}

/**
 * One entity per referent. First the types are made consistent across the document: the forms of a name meet
 * under one key (aliases.ts: "U.K." and "Britain", "Nvidia Corp." and "Nvidia", an acronym and what it stands
 * for, which gives the acronym its type); a mention whose own words fix its type (a title, a corporate suffix, a byline; see evidence.ts) keeps it,
 * and that type is every other mention's too unless two such mentions disagree (a dateline keeps its own); a lone
 * first name or surname of a person named in full (one word, or the last words: "Al Rashid" of "Fatima Al
 * Rashid"; "Assad" of "Bashar al-Assad") becomes PERSON, and so does a person's name of two or more words with
 * one more word before it ("Samira Al Nouri" beside the person "Al Nouri"); otherwise every mention of the
 * name takes the type most of its mentions have (mentions on ordinary lines count double, datelines not at all;
 * a tie goes to the type of its first mention on an ordinary line). Then the fullest names seed the entities
 * and every other mention joins one (findCluster): the name it is an acronym of, the same name, the nearest
 * person it can be, the one organisation whose name it opens ("Hartwell" of "Hartwell Energy Partners LLC") or
 * whose first word it clips ("Fed" of "Federal Reserve"), an acronym of a name's initials ("NATO"), a short form of as many words ("Man Utd"). The
 * canonical name is the fullest mention, preferring ordinary case over capitals; the other forms are its
 * `aliases`. The mentions do not overlap (see drop-overlaps.ts).
 */
export function mergeMentions(doc: Doc, mentions: readonly NameMention[], explain = false): Entity[] {
  const items: Item[] = [];
  for (const c of mentions) {
    const words = wordsOf(doc.text.slice(c.start, c.end));
    if (words.length) items.push(itemOf(doc.text, c, words));
  }
  if (items.some((m) => m.expands)) keyAcronyms(items);
  harmoniseTypes(items);
  const clusters: Clusters = { all: [], byName: new Map(), byMention: new Map(), byWord: new Map(), byInitials: new Map(), byFirstWord: new Map() };
  const seeds = items.sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const item of seeds) {
    const cluster = findCluster(doc.text, clusters, item);
    if (cluster) join(clusters, cluster, item);
    else addCluster(clusters, item);
  }
  return toEntities(doc.text, clusters.all, explain);
}

/** An acronym meets the name it stands for under that name's key. */
function keyAcronyms(items: Item[]): void {
  const byStart = new Map(items.map((m) => [m.start, m]));
  for (const m of items) if (m.expands) m.canon = byStart.get(m.expands.start)?.canon ?? m.canon;
}

/**
 * The mention with its words and keys. Written out field by field: spreading the mention (whose shape varies
 * with the stages that made it) cost the merge a fifth of its time (measured).
 */
function itemOf(text: string, c: NameMention, words: string[]): Item {
  const key = words.join(' ');
  const dotted = text[c.end] === '.' ? `${key}.` : '';
  const gender = c.type === 'PERSON' && c.typedBy ? genderOfTitle(text.slice(c.typedBy.start, c.typedBy.end)) : null;
  const { start, end, type, caps, dateline, rule, title, typedBy, expands } = c;
  return { start, end, type, caps, dateline, rule, title, typedBy, expands, words, key, canon: canonicalKey(key, words, dotted), gender };
}

/** A person's gender: a title's ("Mr Read"), else the first name's ("Mary Read"), else null. */
function genderOf(c: Cluster): Gender | null {
  if (c.gender === undefined) {
    c.gender = c.mentions.find((m) => m.gender)?.gender ?? (c.words.length > 1 ? genderOfFirstName(c.words[0]!) : null);
  }
  return c.gender;
}

/** The lower-case words of a name, split at white space (as /\s/ has it), "the" left out. */
function wordsOf(name: string): string[] {
  const lower = name.toLowerCase().replaceAll('’', "'");
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i === lower.length || isSpace(lower.charCodeAt(i))) {
      const word = from >= 0 ? lower.slice(from, i) : 'the';
      if (word !== 'the') words.push(word);
      from = -1;
    } else if (from < 0) from = i;
  }
  return words;
}

/** What a document's mentions say of one name's type (by its canonical key). */
interface NameVotes {
  /** by TYPES index, NO_VOTE where no voter has the type */
  votes: number[];
  /** the type a mention's own evidence gives (null where two mentions' evidence disagrees), undefined where none does */
  evidenced: EntityType | null | undefined;
  /** the type of its first mention on an ordinary line */
  firstOrdinary: EntityType | undefined;
  /** the type the votes give (winnerOf), worked out when first asked; null where a tie leaves none, undefined before */
  winner: EntityType | null | undefined;
}

function harmoniseTypes(items: Item[]): void {
  // one record per name, where three maps by name were read and written for every mention
  const byName = new Map<string, NameVotes>();
  const votesOf = (canon: string): NameVotes => {
    let v = byName.get(canon);
    if (!v) byName.set(canon, (v = { votes: NO_VOTES.slice(), evidenced: undefined, firstOrdinary: undefined, winner: undefined }));
    return v;
  };
  for (const m of votersOf(items)) {
    const v = votesOf(m.canon);
    v.votes[TYPE_INDEX[m.type]] = Math.max(v.votes[TYPE_INDEX[m.type]]!, 0) + (m.dateline ? 0 : m.caps ? 1 : 2);
    if (m.typedBy) v.evidenced = v.evidenced !== undefined && v.evidenced !== m.type ? null : m.type;
    if (!m.caps && v.firstOrdinary === undefined) v.firstOrdinary = m.type;
  }
  // a lone word read as a person that opens the name of a company typed by its own words ("Magna" of "Magna
  // International Inc") is the company, unless some mention's words say otherwise or a person's name holds it
  const companyWords = companyFirstWords(items);
  if (companyWords.size) {
    for (const m of items) {
      if (m.type !== 'PERSON' || m.words.length !== 1 || !companyWords.has(m.key)) continue;
      const v = votesOf(m.canon);
      if (v.evidenced === undefined) v.evidenced = 'ORG';
    }
  }
  const people = peopleOf(items);
  for (const m of items) {
    if (m.dateline || m.typedBy) continue;
    const part = m.words.length === 1 ? people.parts.has(m.key) : isSurname(people.surnames, m.words);
    if (part || (m.words.length > 2 && people.keys.has(m.key.slice(m.words[0]!.length + 1)))) {
      if (m.type !== 'PERSON') m.rule = 'entities/name-part';
      m.type = 'PERSON';
      continue;
    }
    const v = byName.get(m.canon)!;
    const strong = v.evidenced;
    if (strong) {
      if (strong !== m.type) m.rule = 'entities/type-evidence';
      m.type = strong;
      continue;
    }
    if (v.winner === undefined) v.winner = winnerOf(v.votes, v.firstOrdinary) ?? null;
    const winner = v.winner ?? m.type;
    if (winner !== m.type) m.rule = 'entities/type-vote';
    m.type = winner;
  }
}

/** The mentions that vote on their name's type: not an acronym whose name is written out, whose type it takes. */
function votersOf(items: Item[]): Item[] {
  if (!items.some((m) => m.expands)) return items;
  const spelledOut = new Set<string>();
  for (const m of items) if (!m.expands) spelledOut.add(m.canon);
  const voters: Item[] = [];
  for (const m of items) if (!m.expands || !spelledOut.has(m.canon)) voters.push(m);
  return voters;
}

/**
 * The first words of companies named by two or more words, typed by their own words, and the word after initials
 * that open one ("Ferro" of "JK Ferro AB").
 */
function companyFirstWords(items: Item[]): Set<string> {
  const words = new Set<string>();
  for (const m of items) {
    if (!m.typedBy || m.type !== 'ORG' || m.words.length < 2) continue;
    words.add(m.words[0]!);
    if (m.words.length > 2 && INITIALS.test(m.words[0]!)) words.add(m.words[1]!);
  }
  return words;
}

/** One or two letters, each with or without its full stop: "lm", "a.p.". */
const INITIALS = /^(?:\p{L}\.?){1,2}$/u;

/** People's names: their keys, the first and last words of the longer ones (parts), their surnames of two or more words. */
function peopleOf(items: Item[]): { keys: Set<string>; parts: Set<string>; surnames: SuffixNode } {
  const people: Item[] = [];
  const keys = new Set<string>();
  const parts = new Set<string>();
  for (const m of items) {
    if (m.type !== 'PERSON') continue;
    people.push(m);
    keys.add(m.key);
    if (m.words.length < 2) continue;
    parts.add(m.words[0]!);
    parts.add(m.words[m.words.length - 1]!);
    parts.add(withoutArticle(m.words[m.words.length - 1]!));
  }
  return { keys, parts, surnames: surnameTrie(people) };
}

const ARTICLE = /^(?:al|el|ad|as|ash|at|az|ar|an|ed|es)-(\p{L}.*)$/u;

/** A surname without the Arabic article it is written with: "assad" of "al-assad". */
function withoutArticle(word: string): string {
  // every article is two or three letters: the pattern is read only where the first hyphen stands after them
  const hyphen = word.indexOf('-');
  if (hyphen !== 2 && hyphen !== 3) return word;
  const m = ARTICLE.exec(word);
  return m ? m[1]! : word;
}

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'MISC'];
const TYPE_INDEX = Object.fromEntries(TYPES.map((t, i) => [t, i])) as Record<EntityType, number>;
/** The votes of a type no mention has (a type some mention has may have none: a dateline's). */
const NO_VOTE = -1;
const NO_VOTES: readonly number[] = TYPES.map(() => NO_VOTE);

/** The type with the most votes (by TYPES index); on a tie, `first` if it is among the leaders, else none. */
function winnerOf(byType: number[], first: EntityType | undefined): EntityType | undefined {
  const most = Math.max(...byType);
  let leader = -1;
  for (let i = 0; i < byType.length; i++) {
    if (byType[i] !== most) continue;
    if (leader >= 0) return first !== undefined && byType[TYPE_INDEX[first]] === most ? first : undefined;
    leader = i;
  }
  return TYPES[leader];
}

/** The words of every person's name read from the end: a path of two or more words, short of the whole name, is a surname. */
interface SuffixNode {
  next: Map<string, SuffixNode>;
  surname: boolean;
}

function surnameTrie(people: Item[]): SuffixNode {
  const root: SuffixNode = { next: new Map(), surname: false };
  for (const m of people) {
    let node = root;
    for (let k = m.words.length - 1; k >= 1; k--) {
      const word = m.words[k]!;
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), surname: false }));
      if (m.words.length - k >= 2) child.surname = true;
      node = child;
    }
  }
  return root;
}

function isSurname(root: SuffixNode, words: string[]): boolean {
  let node: SuffixNode | undefined = root;
  for (let k = words.length - 1; k >= 0 && node; k--) node = node.next.get(words[k]!);
  return node?.surname ?? false;
}

function addCluster(clusters: Clusters, item: Item): void {
  // every field written here, the ones worked out later too: a field added afterwards gave clusters several shapes,
  // and the code that read them was dropped when a new one came
  const c: Cluster = { type: item.type, words: item.words, gender: undefined, relative: undefined, mentions: [item], runs: [[item.start]], seed: item };
  clusters.all.push(c);
  clusters.byMention.set(item.start, c);
  let byName = clusters.byName.get(c.type);
  if (!byName) clusters.byName.set(c.type, (byName = new Map()));
  if (!byName.has(item.canon)) byName.set(item.canon, c);
  if (c.type === 'PERSON') {
    // each distinct word once; measured: a Set per person cost the merge 3% of its instructions
    c.words.forEach((w, k) => c.words.indexOf(w) === k && pushTo(clusters.byWord, w, c));
    const bare = withoutArticle(c.words[c.words.length - 1]!);
    if (!c.words.includes(bare)) pushTo(clusters.byWord, bare, c);
  }
  if (c.words.length >= 2) pushTo(clusters.byInitials, initialsOf(c.words), c);
  if (c.words.length >= 2 && c.type === 'ORG') pushTo(clusters.byFirstWord, c.words[0]!, c);
}

function pushTo(index: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = index.get(key);
  if (list) list.push(c);
  else index.set(key, [c]);
}

function join(clusters: Clusters, c: Cluster, item: Item): void {
  c.mentions.push(item);
  if (item.gender && !c.gender) c.gender = item.gender;
  clusters.byMention.set(item.start, c);
  const run = c.runs[c.runs.length - 1]!;
  if (run[run.length - 1]! <= item.start) run.push(item.start);
  else c.runs.push([item.start]);
}

/**
 * The cluster an item joins: the name it is an acronym of; the same name (or another form of it, see aliases.ts);
 * for a person, the nearest person it can be (see nearestPerson); else an acronym of a name's initials ("NATO"),
 * or a short form of a name of its type and as many words ("Man Utd").
 */
function findCluster(text: string, clusters: Clusters, item: Item): Cluster | undefined {
  const expanded = item.expands && clusters.byMention.get(item.expands.start);
  if (expanded) return expanded;
  const same = clusters.byName.get(item.type)?.get(item.canon);
  if (item.type === 'PERSON') return same && item.words.length > 1 ? same : nearestPerson(text, clusters.byWord.get(item.words[0]!), item);
  if (same) return same;
  // "U.N." spells the initials of "United Nations" before it opens "U.N. Security Council"
  const dotted = item.words.length === 1 && item.words[0]!.includes('.') ? spelled(clusters, item) : undefined;
  if (dotted) return dotted;
  const leading = item.type === 'ORG' ? onlyLeading(clusters.byFirstWord.get(item.words[0]!), item) : undefined;
  if (leading) return leading;
  const clipped = item.type === 'ORG' && item.words.length === 1 ? onlyClipped(text, clusters, item) : undefined;
  if (clipped) return clipped;
  if (item.words.length > 1) return nearest(clusters.byInitials.get(initialsOf(item.words)), item, (c) => c.type === item.type && c.type !== 'PERSON' && abbreviates(item.words, c.words));
  return spelled(clusters, item);
}

/** The nearest name of two or more words whose initials the item's one word spells ("NATO", "U.N."). */
function spelled(clusters: Clusters, item: Item): Cluster | undefined {
  const word = item.words[0]!;
  const letters = word.includes('.') ? word.replace(/\./g, '') : word;
  // every cluster listed under the letters is named by two or more words with those initials
  return letters.length >= 2 ? nearestNamed(clusters.byInitials.get(letters), item) : undefined;
}

/**
 * The one organisation whose longer name opens with the item's words: "Hartwell" and "Hartwell Energy" of
 * "Hartwell Energy Partners LLC". None when two organisations' names do ("United" of "United Airlines" and
 * "United Nations").
 */
function onlyLeading(orgs: Cluster[] | undefined, item: Item): Cluster | undefined {
  let found: Cluster | undefined;
  for (const c of orgs ?? []) {
    if (c.words.length <= item.words.length || !runsAt(item.words, c.words, 0)) continue;
    if (found) return undefined;
    found = c;
  }
  return found;
}

/**
 * The one organisation whose name of two or more words opens with a word the item's one word clips: "Fed" of
 * "Federal Reserve", "Met" of "Metropolitan Police" (see clips). None when the word is, or clips, a word of any
 * other name ("Fed" beside "Federal Reserve" and "Federation of Small Businesses"; "Met" beside "Metropolitan
 * Police" and "Met Office"), or is a place's name.
 */
function onlyClipped(text: string, clusters: Clusters, item: Item): Cluster | undefined {
  const word = item.words[0]!;
  if (word.length < 3) return undefined;
  let found: Cluster | undefined;
  for (const c of clusters.all) {
    if (!c.words.some((w) => w === word || clips(word, w))) continue;
    if (found) return undefined;
    found = c;
  }
  if (!found || found.type !== 'ORG' || found.words.length < 2 || !clips(word, found.words[0]!)) return undefined;
  return isPlaceName(text.slice(item.start, item.end)) ? undefined : found;
}

/**
 * The first letters of a word of letters, two or more short of it ("fed" of "federal"), as news clips the first
 * word of a name; not the part of a word before a hyphen ("dfl" of "dfl-chisholm").
 */
function clips(short: string, word: string): boolean {
  return short.length <= word.length - 2 && word.startsWith(short) && LETTERS.test(word);
}

const LETTERS = /^\p{L}+$/u;

/**
 * The nearest person the item can be (a cluster listed under its first word): one whose name it is, or a part
 * of ("Akar" of "Hulusi Akar"), of no other gender ("Mr Read" is not "Mary Read"); of those, someone the text
 * does not introduce as a relative, when there is one ("Read" after "his mother, Mary Read" is not the mother, nor
 * "Rosa Vance", a person only by Daniel Vance's surname).
 */
function nearestPerson(text: string, people: Cluster[] | undefined, item: Item): Cluster | undefined {
  let fit = (people ?? []).filter(
    (c) => (c.words.length === item.words.length ? c.seed.key === item.key : isPartOfName(item.words, c.words)) && !(item.gender && genderOf(c) && item.gender !== c.gender),
  );
  if (fit.length > 1) {
    const relative = (c: Cluster): boolean => (c.relative ??= c.words.length > 1 && (isIntroducedAsKin(text, c.seed.start, c.seed.end) || isTypedBySurname(text, c.seed)));
    if (fit.some((c) => !relative(c))) fit = fit.filter((c) => !relative(c));
  }
  return nearest(fit, item, () => true);
}

/** The nearest cluster the item, an acronym of its name, can name: one of its type or an organisation. */
function nearestNamed(named: Cluster[] | undefined, item: Item): Cluster | undefined {
  return nearest(named, item, (c) => c.type === item.type || c.type === 'ORG');
}

/** Of the clusters that `fit`, the one nearest the item (distanceTo; the first listed of those as near). */
function nearest(clusters: Cluster[] | undefined, item: Item, fits: (c: Cluster) => boolean): Cluster | undefined {
  let best: Cluster | undefined;
  let bestDistance = Infinity;
  for (const c of clusters ?? []) {
    if (!fits(c)) continue;
    const distance = distanceTo(c, item.start);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** How far the cluster's mentions are from the offset: the closest before it, else the closest after it (weighted 4). */
function distanceTo(c: Cluster, at: number): number {
  let distance = Infinity;
  for (const run of c.runs) {
    const k = firstAtOrAfter(run, at);
    distance = Math.min(distance, k > 0 ? at - run[k - 1]! : Infinity, k < run.length ? (run[k]! - at) * 4 : Infinity);
  }
  return distance;
}

/** "Akar" or "Hulusi" within "Hulusi Akar"; a shorter name must be a contiguous run of the longer one. */
function isPartOfName(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (runsAt(short, long, i)) return true;
  }
  return false;
}

function runsAt(short: string[], long: string[], at: number): boolean {
  for (let j = 0; j < short.length; j++) if (short[j] !== long[at + j] && short[j] !== withoutArticle(long[at + j]!)) return false;
  return true;
}

/** The clusters, in place, as entities in order of their first mention. */
function toEntities(text: string, clusters: Cluster[], explain: boolean): Entity[] {
  // a cluster whose mentions joined in one ascending run is in order already (most are)
  for (const c of clusters) if (c.runs.length > 1) c.mentions.sort(byStart);
  clusters.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  // how many entities have each id so far
  const used = new Map<string, number>();
  const entities: Entity[] = [];
  for (const c of clusters) entities.push(entityOf(text, c, used, explain));
  return entities;
}

/** An entity's id up to its name's slug, by type: "person:". */
const ID_PREFIXES = Object.fromEntries(TYPES.map((t) => [t, `${t.toLowerCase()}:`])) as Record<EntityType, string>;

function entityOf(text: string, c: Cluster, used: Map<string, number>, explain: boolean): Entity {
  const mentions: Mention[] = [];
  // each as written, white space made single
  const forms: string[] = [];
  for (const m of c.mentions) {
    const written = text.slice(m.start, m.end);
    // a span written out, not spread from span(): the spread cost the merge a quarter of its time (measured)
    mentions.push({ start: m.start, end: m.end, text: written, kind: 'name' });
    forms.push(hasLooseSpace(written) ? written.replace(/\s+/g, ' ') : written);
  }
  const name = canonicalName(forms);
  const base = `${ID_PREFIXES[c.type]}${slug(name)}`;
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  // made for every entity, though the first of an id does without it: a branch taken in few documents left the
  // compiled code with no feedback there, and it was dropped when one came
  const numbered = `${base}-${n}`;
  const isPart = c.type === 'PERSON' ? (form: string) => isPartOfName(wordsOf(form), c.words) : () => false;
  const aliases = aliasesOf(name, forms, isPart);
  const entity: Entity = { id: n === 1 ? base : numbered, type: c.type, name, aliases, roles: c.type === 'PERSON' ? rolesOfPerson(text, c) : [], mentions };
  if (explain) entity.why = seedWhy(text, c.seed);
  return entity;
}

/** What decided the fullest name: the name, the title it was split at, the words that fix its type. */
function seedWhy(text: string, seed: Item): Why {
  const found = [evidence(text, 'name', seed.start, seed.end)];
  if (seed.title) found.push(evidence(text, 'title', seed.title.start, seed.title.end));
  if (seed.typedBy && seed.typedBy.start !== seed.title?.start) found.push(evidence(text, 'cue', seed.typedBy.start, seed.typedBy.end));
  return { rule: seed.rule, evidence: found };
}

/** The roles of all of a person's mentions, sorted. */
function rolesOfPerson(text: string, c: Cluster): string[] {
  const roles = new Set<string>();
  for (const m of c.mentions) for (const r of rolesOf(text, m.start, m.end)) roles.add(r);
  return [...roles].sort();
}

function byStart(a: Item, b: Item): number {
  return a.start - b.start;
}

/** The longest form, preferring ordinary case over capitals (the first of those as long). */
function canonicalName(forms: string[]): string {
  let best = '';
  let bestCaps = false;
  for (const name of forms) {
    if (name.length < best.length || (name.length === best.length && !bestCaps)) continue;
    const caps = isAllCaps(name);
    if (name.length > best.length ? !(best && !bestCaps && caps) : !caps) {
      best = name;
      bestCaps = caps;
    }
  }
  return best;
}

/** White space other than single spaces. */
function hasLooseSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || s.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/** s === s.toUpperCase() && s !== s.toLowerCase(), read by code unit (a surrogate pair read as the pattern did). */
function isAllCaps(s: string): boolean {
  let lowers = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return s === s.toUpperCase() && s !== s.toLowerCase();
    const changes = caseChanges(c);
    if ((changes & CHANGES_UNDER_UPPER) !== 0) return false;
    lowers ||= (changes & CHANGES_UNDER_LOWER) !== 0;
  }
  return lowers;
}

export function slug(name: string): string {
  const plain = isAscii(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  // the runs of [a-z0-9] of the lower case, joined by one dash (what a pattern replacing every other run by a dash
  // gives, the dashes at either end cut), read by character code
  const lower = plain.toLowerCase();
  let out = '';
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isSlugCode(lower.charCodeAt(i))) {
      if (from < 0) from = i;
      continue;
    }
    if (from < 0) continue;
    out = out ? `${out}-${lower.slice(from, i)}` : lower.slice(from, i);
    from = -1;
  }
  return out || 'x';
}

/** A code of [a-z0-9]. */
function isSlugCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
