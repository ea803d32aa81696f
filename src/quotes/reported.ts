import { partitionPoint } from '../binary-search.js';
import type { Doc, Region } from '../doc/document.js';
import { isDash, isPossessiveS } from '../lexicon/marks.js';
import { looksLikeParticiple } from '../lexicon/participle.js';
import { FINDING_NOUNS } from '../lexicon/records.js';
import type { Attribution } from './attribution.js';
import { SPOKEN_MANNERS, type CueClass } from './cues.js';
import { headOf } from './may-speak.js';
import { SIGN_OFF } from './sign-offs.js';
import { hasClause, misreadVerb, phraseStartingAt, predicateAt, subordinatorAt } from './phrases.js';
import { opensAfterStop } from './sentences.js';
import { is, isCapitalised, isPunct, isQuoteMark, isVerbal, isWord, markStart, type TokenRange } from './tokens.js';

/** What an attribution reports, as token ranges: one, or two around a parenthetical ("Police, he said, have ..."). */
export interface Reported {
  attribution: Attribution;
  parts: TokenRange[];
}

/** prepositions that open a fronted phrase: "During his years in Ottawa, ..." */
const FRONTING = new Set(['during', 'after', 'before', 'amid', 'despite', 'following', 'upon', 'without', 'with', 'in', 'on', 'at', 'for']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where', 'that']);
/** relative words that open a clause on the cue's setting or listener: "said at a forum in Leeds, where ..." */
const SETTING_RELATIVES = new Set([...RELATIVES].filter((w) => w !== 'that'));
const CLAUSE_OPENERS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who']);
/** participles that open the reporter's comment on what was said: ", alluding to ...", ", citing ..." */
const ASIDES = new Set(['alluding', 'referring', 'citing', 'speaking', 'calling', 'according']);
/** words before a subject that make its clause subordinate: "Though X said A, B", "While X has argued A, B" */
const SUBORDINATE_OPENERS = new Set(['though', 'although', 'while', 'whereas', 'if', 'when', 'because', 'since', 'as', 'after', 'before', 'once', 'until', 'unless']);

/** cognition cues that report what was perceived or found, not thought */
const PERCEPTION = new Set(['find', 'show', 'hear']);

/** A comma, a semicolon or a dash: where a clause of what was said may end. */
function isBoundary(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && (t.norm === ',' || t.norm === ';' || isDash(t, doc.text));
}

/** The token range of the quote (between its marks, marks included) that holds token i, or null. */
export type PairAround = (i: number) => TokenRange | null;

interface Context {
  doc: Doc;
  starts: Set<number>;
  /**
   * where attributions start that may report something, or that go on their clause's subject ("and threatened to
   * ..."): one ends the content before it, after a comma, a colon or a conjunction
   */
  ends: Set<number>;
  pairAround: PairAround;
  /** the reporting attributions with a subject of their own, in text order */
  reporting: Attribution[];
  /** the attributions whose content lacks its subject ("a remedy he claimed could ...") */
  gapped: Set<Attribution>;
  datelines: readonly Region[];
}

/** the most tokens reported speech runs to: it keeps the stage linear on a sentence that never ends */
const MAX_CONTENT = 160;

/**
 * Reported speech: "X said (that) CONTENT", "CONTENT, X said", "according to X, CONTENT", "CONTENT, according
 * to X", "A, X said, B". A content that is nothing but one quoted stretch is a direct quote, left to the caller.
 */
export function findReported(doc: Doc, attributions: Attribution[], pairAround: PairAround, classes: ReadonlySet<CueClass>, datelines: readonly Region[]): Reported[] {
  // a verb of thinking reports what follows "that": "Democrats fear that ..."; what a record shows or finds is no one's
  // "Meyer joked that ...": so does a verb of a manner of speaking, which otherwise attributes only direct quotes
  const reportsThat = (a: Attribution): boolean => (a.cls === 'cognition' && !PERCEPTION.has(a.lemma)) || (a.cls === 'manner' && SPOKEN_MANNERS.has(a.lemma));
  const reports = (a: Attribution): boolean => classes.has(a.cls) || (reportsThat(a) && a.subject !== null && is(doc.tokens[a.next], 'that') && doc.tokens[a.next]!.pos !== 'DET');
  const reporting = attributions.filter(reports);
  const cx: Context = { doc, starts: new Set(reporting.map((a) => a.first)), ends: new Set(reporting.filter((a) => a.shared || !ownInfinitive(doc, a)).map((a) => a.first)), pairAround, reporting: reporting.filter((a) => a.subject && !a.shared), gapped: new Set(), datelines };
  const out: Reported[] = [];
  // at k, the furthest token the reports out[0..k] that may hold cues (holdsCues) reach: the search for one holding a
  // later cue stops where none can, so a sentence of many cues that never ends stays linear
  const reach: number[] = [];
  const add = (r: Reported): void => {
    let last = reach.at(-1) ?? 0;
    if (holdsCues(r)) for (const p of r.parts) last = Math.max(last, p.last);
    reach.push(last);
    out.push(r);
  };
  for (const a of attributions) {
    if (NAMING_CUES.has(a.lemma)) {
      const named = namingOf(cx, a);
      if (named && !withinReport(doc, out, reach, a)) add({ attribution: a, parts: [named] });
      continue;
    }
    if (a.characterised && reports(a)) {
      if (!withinReport(doc, out, reach, a)) add({ attribution: a, parts: [a.characterised] });
      continue;
    }
    if (!reports(a) || a.lemma === SIGN_OFF || readFromRecords(doc, a) || writersOwn(doc, a)) continue;
    const parts = a.lemma === 'according to' ? accordingTo(cx, a) : a.lemma === ':' ? labelled(cx, a) : contentOf(cx, a);
    // "what the planners said was ...": a report in a relative clause is kept unless the report holding it is whole (see below)
    if (!parts || (!cx.gapped.has(a) && withinReport(doc, out, reach, a))) continue;
    const only = parts.length === 1 ? parts[0]! : null;
    const pair = only && isQuoteMark(doc.tokens[only.first]) ? pairAround(only.first) : null;
    if (pair && pair.last >= only!.last) continue;
    // a mark left unclosed opens no reported speech either
    if (parts.some((p) => isQuoteMark(doc.tokens[p.first]) && !pairAround(p.first))) continue;
    // "..., analysts say, including a clause they say could delay ...": a relative clause's report inside
    // another report is part of what that one says
    if (cx.gapped.has(a) && out.some((r) => r.parts.some((p) => p.first <= a.first && a.next <= p.last))) continue;
    // "described the scene to the jury: “…”": an object with no verb before a colon and a quote names the topic; the
    // quote is what was said
    if (only && is(doc.tokens[only.last], ':') && pairAround(only.last + 1) && !hasVerb(doc, only.first, only.last)) continue;
    add({ attribution: a, parts });
  }
  return out;
}

/**
 * "Ruiz said the mayor had promised to resign", "He notes that the board announced on Friday that ...": a cue inside
 * what an earlier cue reports is part of that report, not a report of its own.
 */
function withinReport(doc: Doc, out: readonly Reported[], reach: readonly number[], a: Attribution): boolean {
  // "and added ...", "..., adding ...": a cue that borrows its clause's subject goes on that clause, not inside it;
  // "... however the minister noted that ...": a linking word before the subject opens a clause of its own; "a budget
  // that critics said would cut ...": a relative clause's report lacks its subject, and is the other speaker's own
  const before = doc.tokens[a.first - 1];
  if (a.shared || CLAUSE_LINKS.has(before?.lower ?? '') || (gapBefore(doc, a) && finiteAt(doc, a.next))) return false;
  for (let k = out.length - 1; k >= 0 && reach[k]! >= a.cue.last; k--) {
    const r = out[k]!;
    if (!holdsCues(r)) continue;
    for (const p of r.parts) if (p.first <= a.cue.first && a.cue.last <= p.last) return true;
  }
  return false;
}

/**
 * Whether a report may hold later cues in what it reports: its cue stands before what it reports, and it is no label's
 * paragraph ("Akar: ..."), which is no clause a verb reports: the cues in it report on their own.
 */
const holdsCues = (r: Reported): boolean => r.attribution.cue.last <= r.parts[0]!.first && r.attribution.lemma !== ':';

/**
 * "if the dam is built, the utility could threaten to flood the valley": a cue that reports no infinitive, followed
 * by one of its own, reports nothing, neither before it nor after, and ends no other report.
 */
function ownInfinitive(doc: Doc, a: Attribution): boolean {
  return !a.infinitive && is(doc.tokens[a.next], 'to') && isVerbal(doc.tokens[a.next + 1]);
}

/** Where the recipient before an infinitive's `c` starts, when it is a noun phrase standing right before it; else `c`. */
function addressee(doc: Doc, a: Attribution, c: number): number {
  if (c === a.cue.last || doc.tokens[a.cue.last]!.pos === 'PRON') return c;
  const np = phraseStartingAt(doc, a.cue.last, c);
  return np !== null && np.last === c ? np.first : c;
}

/** cues that report an inference rather than speech when records make it: "the data suggests", "reports indicated" */
const INFERENCE_CUES = new Set(['suggest', 'indicate', 'estimate', 'conclude', 'predict', 'reveal']);

/** the writer's own persons, also as one token with a contracted verb ("I'm", the tokenizer keeps it whole) */
const WRITERS = /^(?:i|we|you)(?:['’][a-z]+)?$/;

/** "I think that ...", "we know that ...", "I'm hoping that ..." outside quote marks: the writer's own voice, reporting no one. */
function writersOwn(doc: Doc, a: Attribution): boolean {
  return a.subject !== null && a.subject.last - a.subject.first === 1 && WRITERS.test(doc.tokens[a.subject.first]!.lower);
}

/** "The data suggests ...", "City records indicated ...": what records show is no one's speech. */
function readFromRecords(doc: Doc, a: Attribution): boolean {
  const head = a.subject ? doc.tokens[headOf(doc, a.subject)]! : null;
  // "the Institute for Fiscal Studies estimated" is a body speaking, "the study estimated" a record
  return head !== null && INFERENCE_CUES.has(a.lemma) && FINDING_NOUNS.has(head.norm);
}

/** The one part of a content, or none: a content always has a part. */
function single(part: TokenRange | null): TokenRange[] | null {
  return part ? [part] : null;
}

function contentOf(cx: Context, a: Attribution): TokenRange[] | null {
  const { doc } = cx;
  const tokens = doc.tokens;
  const end = enclosingCue(cx, a.next, a.sentence.last);
  const rest = restIsPunctuation(doc, a.next, end);
  if (is(tokens[a.first - 1], 'as') && a.subject && a.subject.first < a.cue.first && (rest || tokens[a.next]!.norm === ',')) return asClause(cx, a, end, rest);
  if (rest) return before(cx, a);
  const c = a.next;
  const t = tokens[c]!;
  // "CONTENT, Ruiz writes; the money ...": a semicolon after the cue ends its clause, as a full stop would
  if (t.norm === ';' && a.subject && a.subject.first < a.cue.first && tokens[a.first - 1]?.norm === ',') return before(cx, a);
  // "CONTENT, he said, adding that ...": the content is before
  if (t.norm === ',' && cx.starts.has(c + 1)) return before(cx, a);
  if (t.norm === ',' && a.subject && a.subject.first < a.cue.first && tokens[a.first - 1]?.norm === ',' && !isQuoteMark(tokens[c + 1])) {
    // "The depot, Amundsen says, has no backup generator": the content runs on both sides
    // "He was dying, he wrote in a letter, of an aggressive cancer": one of the two pieces holds the verb
    const left = before(cx, a, false);
    const right = after(cx, c + 1, end);
    return left && right && (hasVerb(doc, right.first, right.last) || hasVerb(doc, left[0]!.first, left[0]!.last)) ? [left[0]!, right] : null;
  }
  // "insisted, in an interview with the BBC, that ...": an aside between commas, then what was said
  const aside = t.norm === ',' && a.subject ? thatAfterAside(doc, c, end) : -1;
  if (aside > 0) return single(after(cx, aside, end));
  // "Marsh said all too often, the clinic becomes ...": the adverbial skipped after the cue opens what was said
  // "A post said by 9 a.m., there were no buses": after an adverbial, a comma may open what was said
  // "said at a forum in Leeds, where the mayor spoke": a relative clause on the setting is none; nor is a clause after an
  // attribution that closes a quote ("“…,” Holt told them at the gates, her voice breaking"): it reports the quote
  if (t.norm === ',' && c > a.cue.last && a.subject && a.subject.first < a.cue.first && !CONJUNCTIONS.has(tokens[c + 1]?.pos ?? '') && !SETTING_RELATIVES.has(tokens[c + 1]!.lower) &&
    !closesQuote(doc, a.first) && hasClause(doc, c + 1, end)) {
    return single(after(cx, tokens[c - 1]!.pos === 'ADV' ? c - 1 : c + 1, end));
  }
  // "CONTENT, said Mark Ruiz, director of ...": an appositive after the speaker
  if (t.norm === ',') {
    const left = before(cx, a);
    if (left) return left;
  }
  // "told reporters: the suspect had fled": a colon after the cue opens what was said
  if (t.norm === ':' && a.subject && !isQuoteMark(tokens[c + 1])) {
    return single(after(cx, c + 1, end));
  }
  if (isPunct(t) && !isQuoteMark(t)) return null;
  if (!a.subject && !a.listener) return null;
  // "the index added 0.7 per cent": a gain, not a remark
  if (a.lemma === 'add' && (t.pos === 'NUM' || t.type === 'number' || t.type === 'currency')) return null;
  // "has said the same thing", "said as much": the words stand for what was said, reported before
  const anaphor = a.cls === 'speech' && a.subject && a.subject.first < a.cue.first ? anaphoricObject(doc, c, end) : null;
  if (anaphor) return [anaphor];
  // "accused the firm of fraud", "charged him with three counts of theft": the charge is named, not reported
  if (CHARGING_CUES.has(a.lemma) && chargeNamed(doc, c)) return null;
  // "accused Tom Berg, who chairs the board, of lying": a relative clause on the accused before the charge
  const charge = CHARGING_CUES.has(a.lemma) ? chargeAfterRelative(doc, c, end) : -1;
  if (charge > 0) {
    const rest = objectOf(cx, charge, end);
    return rest && !chargeIsNoun(doc, charge + 1) ? [{ first: c, last: rest.last }] : null;
  }
  // "urged voters to stay home", "warned residents not to return" (a recipient before "not": "asked not to be named" is no report)
  // the content holds the recipient the verb puts under the infinitive ("urged [voters to stay home]"), a noun phrase
  // right before it, not a pronoun ("told him to leave": [to leave])
  const clauseKind = clauseOf(doc, a);
  if (a.infinitive && (is(t, 'to') || (NEGATIONS.has(t.lower) && is(tokens[c + 1], 'to') && c > a.cue.last))) return single(after(cx, addressee(doc, a, c), end, clauseKind));
  // "that" after a cue opens what was said; other openers ("whether", "how") and bare clauses need a verb
  // a verb of saying may report a clause after a fronted adverbial ("said by 9 a.m., there were ..."); "asked
  // about all four candidates, Clinton ..." holds no such clause
  const mayFront = !a.object && !COMPLEMENT_CUES.has(a.lemma);
  // "how surprised she is", "how much it would cost": a word of degree after "how" comes before the clause
  const degree = is(t, 'how') && DEGREE_HEADS.has(tokens[c + 1]?.pos ?? '') ? 2 : 1;
  // "told reporters after the meeting that was held ...": a "that" between a noun past the cue and a verb is relative
  const relative = is(t, 'that') && c > a.cue.last && NOMINAL_END.has(tokens[c - 1]!.pos) && predicateAt(doc, c + 1);
  // "condemned the strike as workers marched": a verb that judges takes an object, never a bare clause
  const clause = !relative && (is(t, 'that') || (CLAUSE_OPENERS.has(t.lower) ? hasClause(doc, c + degree, end) : !JUDGING_CUES.has(a.lemma) && hasClause(doc, c, end, mayFront)));
  const opener = clause || a.object ? -1 : openerAhead(doc, c, end, a.recipient);
  // "proposed a levy", "denied stabbing him": a noun phrase, or a gerund
  const objectStarts = OBJECT_START.has(t.pos) || POSSESSIVES.has(t.lower);
  const gerund = t.pos === 'VERB' && /ing$/.test(t.lower) && (a.object || GERUND_CUES.has(a.lemma));
  // "a device she claimed could detect leaks", "what officials said was a mistake": the clause the cue reports
  // lacks its subject, which stands before the cue's own; it ends with the relative clause
  if (!clause && gapBefore(doc, a) && finiteAt(doc, c)) {
    cx.gapped.add(a);
    return single(objectOf(cx, c, mainVerbAfter(doc, c + 1, end), false));
  }
  // "praised the crews for working through the night": the object is who is judged, and what was said of them is
  // the reason, a gerund after "for"; "criticised the council for the delay" reports no statement
  const reason = JUDGING_CUES.has(a.lemma) && !is(t, 'that') ? reasonAfter(doc, c, end) : -1;
  if (reason > 0) return gerundAt(doc, reason) ? single(objectOf(cx, reason, end)) : null;
  const r = clause ? after(cx, c, end, clauseKind) : opener > 0 ? after(cx, opener, end, clauseKind) : (a.object && objectStarts) || gerund ? objectOf(cx, c, end) : null;
  if (r) return [r];
  if (ownInfinitive(doc, a)) return null;
  // "CONTENT, Ms. Varga told the council before attacking ...": what follows the cue is no content, so look before
  return before(cx, a);
}

/**
 * "The harbour, as one engineer pointed out, has never been dredged", "Yet, as Ruiz observed, the tolls would ...",
 * "..., as police have said.": a cue in an "as" clause with no content of its own reports the clause the "as" clause
 * stands in, on either side of it (a conjunction or an adverb opening the sentence left out); one of the sides holds a
 * verb.
 */
function asClause(cx: Context, a: Attribution, end: number, rest: boolean): TokenRange[] | null {
  const { doc } = cx;
  const tokens = doc.tokens;
  const as = a.first - 1;
  let first = afterDateline(cx, a.sentence.first, as);
  while (first < as && (isPunct(tokens[first]) || SENTENCE_LINKS.has(tokens[first]!.pos))) first++;
  const leftLast = trimEnd(cx, first, as);
  const left = leftLast > first && (leftLast === as || isBoundary(doc, leftLast)) ? { first, last: leftLast } : null;
  const right = rest ? null : after(cx, a.next + 1, end);
  if (!left && !right) return null;
  if (!(left && hasVerb(doc, left.first, left.last)) && !(right && hasVerb(doc, right.first, right.last))) return null;
  return [left, right].filter((p): p is TokenRange => p !== null);
}
const SENTENCE_LINKS = new Set(['CCONJ', 'ADV']);

/**
 * An object that stands for words reported before it: "as much", "the same", "the same thing", with what it is said of
 * ("said the same of the mayor"); null otherwise.
 */
function anaphoricObject(doc: Doc, c: number, end: number): TokenRange | null {
  const tokens = doc.tokens;
  if (is(tokens[c], 'as') && is(tokens[c + 1], 'much')) return { first: c, last: c + 2 };
  if (!(is(tokens[c], 'the') && is(tokens[c + 1], 'same'))) return null;
  const last = is(tokens[c + 2], 'thing') ? c + 3 : c + 2;
  // "responded the same way": "the same" before another noun is no anaphor, but a modifier
  if (last === c + 2 && (tokens[last]?.pos === 'NOUN' || tokens[last]?.pos === 'PROPN')) return null;
  const about = is(tokens[last], 'of', 'about') ? phraseStartingAt(doc, last + 1, end) : null;
  return { first: c, last: about ? about.last : last };
}

/** How the cue's clause stands to the main clause, which ends what it reports: see `after`. */
type Clause = 'main' | 'subordinate' | 'relative';

/**
 * Whether the cue's clause is subordinate ("Though X said A, B") or a relative clause set off by commas ("The
 * tenants, who asked the board to publish the audit, read it on Monday").
 */
function clauseOf(doc: Doc, a: Attribution): Clause {
  if (a.subject === null || a.subject.first >= a.cue.first) return 'main';
  const tokens = doc.tokens;
  if (SUBORDINATE_OPENERS.has(tokens[a.first - 1]?.lower ?? '')) return 'subordinate';
  // "In a letter announcing the deal, the union ...", "Despite her claim that ..., the review ...": a participle
  // or a noun of statement in the phrase of a preposition that opens the sentence is subordinate to the main clause
  // after it ("In Ottawa officials said ..." has a finite cue, the main clause's own)
  const cue = tokens[a.cue.first]!;
  if ((cue.pos === 'NOUN' || /ing$/.test(cue.lower)) && tokens[a.subject.first - 1]?.pos === 'ADP' && a.subject.first > a.sentence.first && !hasVerb(doc, a.sentence.first, a.subject.first) && !isPunct(tokens[a.sentence.first])) {
    let k = a.sentence.first;
    while (k < a.subject.first && !isPunct(tokens[k])) k++;
    if (k === a.subject.first) return 'subordinate';
  }
  // "The families, who asked ...", "The members, many of whom say ...": a relative pronoun, alone or a partitive's
  const last = tokens[a.subject.last - 1];
  const relative = (is(last, 'who', 'which') && tokens[a.subject.last - 2]?.norm === ',') ||
    (is(last, 'whom', 'which') && is(tokens[a.subject.last - 2], 'of') && tokens[a.subject.first - 1]?.norm === ',');
  // the cue is the relative clause's own verb ("who has long argued"), not the main clause's after it
  for (let k = a.subject.last; relative && k < a.cue.first; k++) if (isPunct(tokens[k])) return 'main';
  return relative ? 'relative' : 'main';
}

/** cues that judge someone: their object is who is judged, and "for ..." the reason, not what was said */
const JUDGING_CUES = new Set(['praise', 'criticize', 'criticise', 'blast', 'slam', 'condemn', 'tout', 'defend', 'denounce', 'decry', 'lambaste', 'assail', 'deride', 'mock', 'ridicule', 'laud', 'commend', 'applaud']);
/** the most tokens of the judged object before its "for" */
const MAX_OBJECT = 8;

const NEGATIONS = new Set(['not', 'never']);
const DEGREE_HEADS = new Set(['ADJ', 'ADV', 'VERB']);

/** Whether the cue's subject follows a relative word or a noun it modifies: "which X said", "a remedy he claimed". */
function gapBefore(doc: Doc, a: Attribution): boolean {
  if (!a.subject || a.subject.first > a.cue.first || a.cue.first - a.subject.last > 1) return false;
  const t = doc.tokens[a.subject.first - 1];
  return t !== undefined && (RELATIVE_OBJECTS.has(t.lower) || (t.pos === 'NOUN' && !TIME_NOUNS.has(t.lower)));
}

/** "the plan she said would cut costs [was dropped]": an auxiliary after a noun, where the main clause resumes; else `end`. */
function mainVerbAfter(doc: Doc, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) if (doc.tokens[k]!.pos === 'AUX' && doc.tokens[k - 1]!.pos === 'NOUN') return k;
  return end;
}

/** A finite verb at `k`, past an adverb: "could make", "was", "now allows" (not "making", nor a noun). */
function finiteAt(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[tokens[k]?.pos === 'ADV' ? k + 1 : k];
  if (!t) return false;
  return t.pos === 'AUX' ? !is(t, 'to') : t.pos === 'VERB' && /(?:s|ed)$/.test(t.lower) && !/ing$/.test(t.lower);
}

/** A gerund at `k`, negated or not: "working", "not publishing" (a form after "not" is a verb whatever its tag). */
function gerundAt(doc: Doc, k: number): boolean {
  const negated = NEGATIONS.has(doc.tokens[k]?.lower ?? '');
  const t = doc.tokens[negated ? k + 1 : k];
  return t !== undefined && /ing$/.test(t.lower) && (negated || t.pos === 'VERB' || t.pos === 'AUX');
}

/** cues whose object is who is charged, and "of" or "with" the charge: "accused the mayor of ...", "charged him with ..." */
const CHARGING_CUES = new Set(['accuse', 'charge']);
const CHARGED_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Whether an object at `c` is followed by "of" or "with" and a noun phrase, which names a charge ("of fraud", "with
 * three counts of theft", a gerund inside it no clause); a gerund right after the preposition, or after an adverb
 * there, is what was alleged ("accused the council of wasting money", "of secretly moving funds").
 */
function chargeNamed(doc: Doc, c: number): boolean {
  const tokens = doc.tokens;
  let k = c;
  while (k - c < MAX_OBJECT && (CHARGED_OBJECT.has(tokens[k]?.pos ?? '') || isPossessiveS(tokens[k]?.norm ?? '')) && !is(tokens[k], 'that')) k++;
  return k > c && is(tokens[k], 'of', 'with') && chargeIsNoun(doc, k + 1);
}

/** Whether the charge at `k`, after "of" or "with", is named by a noun phrase rather than a gerund ("of lying"). */
function chargeIsNoun(doc: Doc, k: number): boolean {
  const charge = doc.tokens[doc.tokens[k]?.pos === 'ADV' ? k + 1 : k];
  return charge !== undefined && isWord(charge) && !/ing$/.test(charge.lower) && !NEGATIONS.has(charge.lower);
}

/** The "of" or "with" after an object and a relative clause on it between commas ("Tom Berg, who chairs the board, of"); else -1. */
function chargeAfterRelative(doc: Doc, c: number, end: number): number {
  const tokens = doc.tokens;
  let k = c;
  while (k < end && k - c < MAX_OBJECT && CHARGED_OBJECT.has(tokens[k]!.pos)) k++;
  if (k === c || tokens[k]?.norm !== ',' || !SETTING_RELATIVES.has(tokens[k + 1]?.lower ?? '')) return -1;
  for (let m = k + 2; m < end && m - k <= MAX_CUE_ASIDE; m++) {
    if (tokens[m]!.norm === ',') return is(tokens[m + 1], 'of', 'with') ? m + 1 : -1;
  }
  return -1;
}

/** "praised the crews for their work", "criticised her for the delay": the token after the object's "for", or -1. */
function reasonAfter(doc: Doc, c: number, end: number): number {
  const tokens = doc.tokens;
  if (OBJECT_PRONOUNS.has(tokens[c]?.lower ?? '')) return is(tokens[c + 1], 'for') ? c + 2 : -1;
  for (let k = c; k < end && k - c < MAX_OBJECT; k++) {
    const t = tokens[k]!;
    if (k > c && is(t, 'for')) return k + 1;
    if (!(OBJECT_START.has(t.pos) || POSSESSIVES.has(t.lower) || /^['’]s$/.test(t.norm))) return -1;
  }
  return -1;
}

/** the most tokens of an aside between a cue and its "that" */
const MAX_CUE_ASIDE = 14;

/** Whether the attribution starting at `first` follows a quote's closing mark and comma: "“…,” Holt said" or "“…”, Holt said". */
function closesQuote(doc: Doc, first: number): boolean {
  const [mark, prev] = [doc.tokens[first - 2], doc.tokens[first - 1]];
  return (isQuoteMark(prev) && mark?.norm === ',') || (prev?.norm === ',' && isQuoteMark(mark));
}

/**
 * The "that" after an aside that opens with the comma at `comma` and holds no verb ("said, in a statement, that"), or
 * is a relative clause on the setting or listener before it ("said at a forum in Leeds, where the mayor also spoke,
 * that"); else -1.
 */
function thatAfterAside(doc: Doc, comma: number, end: number): number {
  const tokens = doc.tokens;
  const relative = SETTING_RELATIVES.has(tokens[comma + 1]?.lower ?? '');
  for (let k = comma + 1; k < end && k - comma <= MAX_CUE_ASIDE; k++) {
    const t = tokens[k]!;
    if (t.norm === ',') return k > comma + 1 && is(tokens[k + 1], 'that') && tokens[k + 1]!.pos !== 'DET' ? k + 1 : -1;
    if (isPunct(t) || (isVerbal(t) && !relative)) return -1;
  }
  return -1;
}

/** what may stand between a cue and a late "that": a recipient or a setting ("told KBAY’s “Morning Desk” show on Friday that") */
const BEFORE_OPENER = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'ADP']);

/** The "that" (or "how", "whether") opening what was said a few words after the cue, past what skipAdverbials could not read; or -1. */
function openerAhead(doc: Doc, c: number, end: number, recipient: boolean): number {
  const tokens = doc.tokens;
  // "reported quarterly results that beat forecasts": after the object of a verb that takes no recipient, "that" is relative
  let object = false;
  for (let k = c; k < end && k - c < 10; k++) {
    const t = tokens[k]!;
    if (is(t, 'that') && !recipient && object) return -1;
    object ||= t.pos === 'NOUN' && !TIME_NOUNS.has(t.lower);
    if (k > c && (is(t, 'that', 'how', 'whether') && t.pos !== 'DET' || is(t, 'that'))) return hasVerb(doc, k + 1, Math.min(end, k + 30)) ? k : -1;
    if (!(BEFORE_OPENER.has(t.pos) || isQuoteMark(t) || /^['’]s$/.test(t.norm) || (isCapitalised(t) && t.type === 'word'))) return -1;
  }
  return -1;
}

/** cues that name what their object is: "called the plan a disaster", "branded them “traitors”", "identified the man as ..." */
export const NAMING_CUES: ReadonlySet<string> = new Set(['call', 'dub', 'brand', 'identify']);
/** naming cues whose object is named by "as": "identified the driver as Mark Denton" */
const NAMING_AS = new Set(['identify']);
/** words that run a named object on before what it is called: "her vote in favor of the war", "the citation and the demand" */
const OBJECT_LINKS = new Set(['of', 'for', 'in', 'on', 'against', 'over', 'about', 'and']);
/** how many of them an object may run on by */
const MAX_OBJECT_LINKS = 3;
const QUANTITIES = new Set(['all', 'most', 'many', 'some', 'half', 'several', 'few', 'none', 'each', 'both']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'us', 'me', 'this', 'that']);
const RELATIVE_OBJECTS = new Set(['what', 'who', 'whom', 'which', 'that']);
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'night', 'time', 'moment', 'minute', 'hour']);

/**
 * What a naming cue says of its object: "called [the plan a disaster]", "what he calls [a tax grab]". The object
 * and what it is called must both be there: "called the meeting" or "called voters to the stage" name nothing.
 */
function namingOf(cx: Context, a: Attribution): TokenRange | null {
  const { doc } = cx;
  const tokens = doc.tokens;
  if (!a.subject || a.subject.first > a.cue.first) return null;
  const end = a.sentence.last;
  const c = a.cue.last;
  // "what he calls a tax grab": the object stands before the subject
  if (RELATIVE_OBJECTS.has(tokens[a.subject.first - 1]?.lower ?? '') && (tokens[c]?.pos === 'DET' || isQuoteMark(tokens[c]))) return namesList(cx, objectOf(cx, c, end), end);
  // "called half of the crowd “outsiders”": the object is what a quantity counts, with it
  const quantity = tokens[c] !== undefined && (QUANTITIES.has(tokens[c]!.lower) || tokens[c]!.pos === 'NUM' || tokens[c]!.type === 'number');
  const counted = quantity && is(tokens[c + 1], 'of') ? phraseStartingAt(doc, c + 2, end) : null;
  // "called her vote a mistake": "her" before a noun is a possessive, not the object
  const possessive = is(tokens[c], 'her') && JOINED_NOUN.has(tokens[c + 1]?.pos ?? '') ? phraseStartingAt(doc, c + 1, end) : null;
  const object = possessive ? { first: c, last: possessive.last } : OBJECT_PRONOUNS.has(tokens[c]?.lower ?? '') ? { first: c, last: c + 1 } : counted ? { first: c, last: counted.last } : phraseStartingAt(doc, c, end);
  if (!object) return null;
  // "police identified the driver as Mark Denton"; "a woman who identified herself as a nurse" names only herself
  if (NAMING_AS.has(a.lemma)) return is(tokens[object.last], 'as') && !REFLEXIVES.has(tokens[c]!.lower) ? objectOf(cx, c, end) : null;
  // "called the merger one of the worst ...": the phrase reader ran on into what it is called
  for (let k = object.first + 1; k < object.last; k++) if (is(tokens[k], 'one') && is(tokens[k + 1], 'of')) object.last = k;
  // "called her vote in favor of the levy a mistake", "called the citation and the demand for his testimony a ploy":
  // the object's modifiers and the phrases joined to it come before what it is called
  for (let n = 0; n < MAX_OBJECT_LINKS && OBJECT_LINKS.has(tokens[object.last]?.lower ?? ''); n++) {
    const more = phraseStartingAt(doc, object.last + 1, end);
    if (!more) break;
    // the phrase reader runs on into an article opening what it is called: "for the levy a mistake"
    let last = more.first + 1;
    while (last < more.last && !is(tokens[last], 'a', 'an')) last++;
    object.last = last;
  }
  const p = tokens[object.last];
  const article = is(p, 'a', 'an') && !TIME_NOUNS.has(tokens[object.last + 1]?.lower ?? '');
  const predicate = article || isQuoteMark(p) || (is(p, 'one') && is(tokens[object.last + 1], 'of')) || p?.pos === 'ADJ';
  return predicate ? namesList(cx, objectOf(cx, c, end), end) : null;
}

/** what opens the next name in a list of them: "a mess, a waste and an insult", "a leader, honest and brave" */
const LIST_ITEM_OPENERS = new Set(['DET', 'ADJ', 'PRON', 'CCONJ']);

/**
 * "calls her a sharp lawyer, a loyal friend and someone who never quits": what a naming cue calls its object may be a
 * list whose names are parted by commas, the last joined by "and" or "or"; without that conjunction the words after
 * the comma are no name of it.
 */
function namesList(cx: Context, named: TokenRange | null, end: number): TokenRange | null {
  const tokens = cx.doc.tokens;
  if (!named) return null;
  let last = named.last;
  // the comma may stand inside a quote's closing mark: "a “fraud,” a “bully” and “unstable”"
  for (let from = nextListItem(cx, last); from >= 0 && (LIST_ITEM_OPENERS.has(tokens[from]?.pos ?? '') || isQuoteMark(tokens[from])); from = nextListItem(cx, last)) {
    const item = objectOf(cx, tokens[from]!.pos === 'CCONJ' ? from + 1 : from, end);
    // "called the plan a mistake, but she noted ...": the next attribution is no item
    if (!item || cx.starts.has(item.first)) break;
    let joined = tokens[from]!.pos === 'CCONJ';
    for (let k = item.first; k < item.last && !joined; k++) joined = is(tokens[k], 'and', 'or');
    if (joined) return { first: named.first, last: item.last };
    last = item.last;
  }
  return named;
}

/** Where the next item of a list starts after an item ending at `last`: past a comma there, or at `last` after a comma inside the closing mark; else -1. */
function nextListItem(cx: Context, last: number): number {
  const tokens = cx.doc.tokens;
  if (tokens[last]?.norm === ',') return last + 1;
  return tokens[last - 2]?.norm === ',' && isQuoteMark(tokens[last - 1]) && cx.pairAround(last - 1)?.last === last ? last : -1;
}

/** "Akar: We will not back down": the rest of the paragraph. */
function labelled(cx: Context, a: Attribution): TokenRange[] | null {
  const last = trimEnd(cx, a.next, a.sentence.last);
  return last - a.next >= 2 ? [{ first: a.next, last }] : null;
}

/** "According to X, CONTENT." / "CONTENT, according to X." / "A, according to X, B." */
function accordingTo(cx: Context, a: Attribution): TokenRange[] | null {
  const { doc } = cx;
  const tokens = doc.tokens;
  const end = a.sentence.last;
  if (restIsPunctuation(doc, a.next, end)) return before(cx, a);
  let c = a.next;
  if (tokens[c] && isDash(tokens[c]!, doc.text)) {
    // "According to the study — which used ... — the retail industry is ..."
    c++;
    while (c < end && c - a.next < MAX_CONTENT && !isDash(tokens[c]!, doc.text)) c++;
  }
  if (!tokens[c] || (tokens[c]!.norm !== ',' && !isDash(tokens[c]!, doc.text))) return null;
  const right = after(cx, a.subject ? appositiveEnd(doc, c + 1, end) : c + 1, end);
  if (!right) return null;
  if (a.first === a.sentence.first || tokens[a.first - 1]!.pos === 'CCONJ' || tokens[a.first - 1]!.pos === 'ADV') return [right];
  const left = before(cx, a);
  if (!left) return null;
  // "A, according to X, more than twice what ...": what follows a whole clause and reads as none is the reporter's
  // gloss or more of X's description, not the rest of what X says
  if (!continuesClause(doc, right)) return left;
  return [left[0]!, right];
}

/** the most tokens of an appositive on a source: "according to Ana Ruiz, a spokeswoman for the agency," */
const MAX_APPOSITIVE = 14;
const APPOSITIVE_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ']);

/**
 * "According to Ana Ruiz, a spokeswoman for the agency, the plant will close": where what was said starts after an
 * appositive on the source, a phrase with no verb closed by a comma before a clause with a subject of its own; else
 * `from` ("According to police, the driver, a local man, fled": the second comma is the subject's).
 */
function appositiveEnd(doc: Doc, from: number, end: number): number {
  const tokens = doc.tokens;
  if (!APPOSITIVE_OPENERS.has(tokens[from]?.pos ?? '')) return from;
  for (let k = from + 1; k < end && k - from <= MAX_APPOSITIVE; k++) {
    const t = tokens[k]!;
    if (t.norm === ',') return !predicateAt(doc, k + 1) && !listed(doc, k + 1, end) && hasClause(doc, k + 1, end, false) ? k + 1 : from;
    if (isVerbal(t) || isPunct(t)) return from;
  }
  return from;
}

/** Whether a conjunction or a comma comes before the first verb from `from`: "Brown, Farrin and his wife were": a list. */
function listed(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end && !isVerbal(doc.tokens[k]); k++) if (doc.tokens[k]!.pos === 'CCONJ' || doc.tokens[k]!.norm === ',') return true;
  return false;
}

/** parts of speech that carry a clause on past an interruption: "and", "will", "was", "of", "it" */
const CONTINUING = new Set(['CCONJ', 'SCONJ', 'VERB', 'AUX', 'ADP', 'PRON', 'PART']);
const NOMINAL_OPEN = new Set(['DET', 'NOUN', 'PROPN', 'NUM']);

/** Whether `part` goes on with a clause ("will run from June", "the ferry will run") rather than gloss ("more than ...", "a grower near ..."). */
function continuesClause(doc: Doc, part: TokenRange): boolean {
  const first = doc.tokens[part.first]!;
  return CONTINUING.has(first.pos) || (NOMINAL_OPEN.has(first.pos) && hasClause(doc, part.first, part.last));
}

/** "ANKARA (Reuters) — Turkey will ...": the first token after a dateline that opens the sentence (and any headline run into it). */
function afterDateline(cx: Context, first: number, limit: number): number {
  const tokens = cx.doc.tokens;
  const d = cx.datelines.find((r) => tokens[first]!.start <= r.start && r.end <= tokens[limit]!.start);
  if (!d) return first;
  let k = first;
  while (tokens[k]!.start < d.end) k++;
  return k;
}

function hasVerb(doc: Doc, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (doc.tokens[i]!.pos === 'VERB' || doc.tokens[i]!.pos === 'AUX' || misreadVerb(doc, i, first)) return true;
  return false;
}

function restIsPunctuation(doc: Doc, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!isPunct(doc.tokens[i]) || isQuoteMark(doc.tokens[i])) return false;
  return true;
}

/** CONTENT, X said. — from the sentence start to the comma before the attribution. */
function before(cx: Context, a: Attribution, needsVerb = true): TokenRange[] | null {
  // a cue that borrows its clause's subject ("the officials were careful ..., emphasizing instead ...", "..., tweeting:
  // ...") follows that clause, which is no one's report
  if (a.shared) return null;
  const { doc } = cx;
  const tokens = doc.tokens;
  const comma = a.first - 1;
  if (comma <= a.sentence.first || !isBoundary(doc, comma)) {
    // “..., ” X said: the comma sits inside the closing mark
    if (!(isQuoteMark(tokens[comma]) && isBoundary(doc, markStart(doc, comma) - 1))) return null;
  }
  let first = afterDateline(cx, Math.max(a.sentence.first, comma - MAX_CONTENT), comma);
  while (first < comma && isPunct(tokens[first]) && !isQuoteMark(tokens[first])) first++;
  // "… Halifax, N.S. “It was the right call,” she said": the sentence the splitter missed starts at the quote
  for (let k = comma - 1; k > first; k--) {
    if (isQuoteMark(tokens[k]) && opensAfterStop(doc, cx.pairAround(k), k)) {
      first = k;
      break;
    }
  }
  // the sentence began inside quote marks: the attribution belongs to that direct quote
  if ((cx.pairAround(first)?.first ?? first) < first) return null;
  // “... her time has been “life-changing,” she said: the content keeps the quote it ends with
  const closing = isQuoteMark(tokens[comma]) ? cx.pairAround(comma) : null;
  // "..., the plan was ready: “We have waited long enough,” she said": a quote opening after a colon is the
  // attribution's whole content
  if (closing && (closing.first <= first || is(tokens[closing.first - 1], ':'))) return null;
  const last = closing ? comma + 1 : trimEnd(cx, first, comma);
  // "“We will do our job,” said Roe, ..., vowing to ...": a quote with its own attribution is no part of the content
  const opening = isQuoteMark(tokens[first]) ? cx.pairAround(first) : null;
  if (opening && opening.last < last && (cx.starts.has(opening.last) || (tokens[opening.last]?.norm === ',' && cx.starts.has(opening.last + 1)))) return null;
  if (last - first < (needsVerb ? 2 : 1) || (needsVerb && !hasVerb(doc, first, last))) return null;
  // "When asked about the debt, Akar said, ...": a fronted clause or phrase alone is not what was said
  const fronted = (FRONTING.has(tokens[first]!.lower) && !is(tokens[first + 1], 'least', 'most')) || SUBORDINATE_OPENERS.has(tokens[first]!.lower);
  if (needsVerb && fronted && !mainClauseAfterFront(doc, first, last)) return null;
  return [{ first, last }];
}

/** Whether a comma in [first, last) is followed by a main clause (not a relative one): "If elected, she will win". */
function mainClauseAfterFront(doc: Doc, first: number, last: number): boolean {
  const tokens = doc.tokens;
  for (let k = first + 1; k < last - 1; k++) {
    if (tokens[k]!.norm === ',' && !RELATIVES.has(tokens[k + 1]!.lower) && hasClause(doc, k + 1, last, false)) return true;
  }
  return false;
}

/** From `c` to the end of the sentence, or to the comma before the next attribution in it. */
function after(cx: Context, c: number, sentenceEnd: number, clause: Clause = 'main'): TokenRange | null {
  const tokens = cx.doc.tokens;
  const end = enclosingCue(cx, c, Math.min(sentenceEnd, c + MAX_CONTENT));
  let last = end;
  for (let k = c + 1; k < end; k++) {
    const t = tokens[k]!;
    // "she says she never cooked: she notes that ...": a colon before the next attribution ends it, as it does before a
    // quote with an attribution of its own ("said the plan was ready: “…,” she said")
    if (t.norm === ':' && (cx.ends.has(k + 1) || quoteWithOwnCue(cx, k + 1)) && !cx.pairAround(k)) {
      last = k;
      break;
    }
    // "said the shop moved to Halifax, N.S. “It was the right call,” ...": a quote opening a sentence ends the one before
    if (isQuoteMark(t) && opensAfterStop(cx.doc, cx.pairAround(k), k)) {
      last = k;
      break;
    }
    // a boundary outside quote marks, or a quote's closing mark right after its comma ("...,” noting that)
    const closing = isQuoteMark(t) && isBoundary(cx.doc, k - 1) && cx.pairAround(k)?.last === k + 1;
    if (!closing && (!isBoundary(cx.doc, k) || cx.pairAround(k))) continue;
    const n = tokens[k + 1]?.pos === 'CCONJ' || tokens[k + 1]?.pos === 'SCONJ' ? k + 2 : k + 1;
    // the next attribution, a new clause after a semicolon, the reporter's aside (", citing ...")
    // or, when the cue sits in a subordinate clause ("Though X said A, B", "When X noted A -- ... -- B"), the main clause
    // ends it at any boundary; after a relative clause on the subject, where the main clause's predicate resumes
    // ("The families, who asked police to release it, watched ...")
    const mainResumes = clause === 'subordinate' || (clause === 'relative' && predicateAt(cx.doc, k + 1));
    if (cx.ends.has(n) || t.norm === ';' || ASIDES.has(tokens[k + 1]?.lower ?? '') || mainResumes || (t.norm === ',' && (newClause(cx.doc, k + 1) || glossAt(cx.doc, k, end)))) {
      last = closing ? k + 1 : k;
      break;
    }
  }
  for (let k = c + 1; k < last; k++) {
    // "... said “nobody knows,” and added: ...", "praised the plan but has said ..."
    if (coordinatesCue(cx, k)) {
      last = k;
      break;
    }
  }
  return contentRange(cx, c, last, false);
}

/** Whether a quote opens at `k` and ends with a comma before an attribution that starts right after it: "“…,” she said". */
function quoteWithOwnCue(cx: Context, k: number): boolean {
  const tokens = cx.doc.tokens;
  const pair = isQuoteMark(tokens[k]) ? cx.pairAround(k) : null;
  if (!pair || pair.first !== k) return false;
  return (tokens[pair.last - 2]?.norm === ',' && cx.starts.has(pair.last)) || (tokens[pair.last]?.norm === ',' && cx.starts.has(pair.last + 1));
}

/**
 * The content [c, last), a quote opened in it run to its closing mark (even past a sentence break inside it; with
 * `ownQuote`, only a quote that opens inside the content), trailing punctuation dropped; null under two tokens.
 */
function contentRange(cx: Context, c: number, last: number, ownQuote: boolean): TokenRange | null {
  const open = last > c ? cx.pairAround(last - 1) : null;
  if (open && open.last > last && (!ownQuote || open.first >= c)) last = open.last;
  last = trimEnd(cx, c, last);
  return last - c >= 2 ? { first: c, last } : null;
}

/** how many later cues a content looks at for one whose subject holds it */
const MAX_ENCLOSING = 8;

/**
 * The cue of an attribution whose subject starts before `c` and holds the content ("A nurse who asked not to be
 * named said ...", "Smith, who said the plan was bad, told reporters ..."), which ends there; else `end`.
 */
function enclosingCue(cx: Context, c: number, end: number): number {
  const list = cx.reporting;
  let k = partitionPoint(0, list.length, (i) => list[i]!.cue.first <= c);
  for (let n = 0; k < list.length && n < MAX_ENCLOSING && list[k]!.cue.first < end; k++, n++) {
    if (list[k]!.subject!.first < c) return list[k]!.cue.first;
  }
  return end;
}

const CONCESSIVE = new Set(['although', 'though', 'whereas']);

/** Whether the token at `k` opens a concession of the reporter's: "..., although he refused". */
function newClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  return CONCESSIVE.has(t.lower);
}

/**
 * Whether the comma at `k` opens the reporter's gloss on the content's last name or noun rather than more of what
 * was said: an appositive that is only a noun phrase, to the end of the content ("said she backs Mr. Hale, the board's
 * choice", "said the money would go to Harbor Trust, a charity which runs the marina").
 */
function glossAt(doc: Doc, k: number, end: number): boolean {
  const tokens = doc.tokens;
  const next = tokens[k + 1];
  if (!next || !(NOMINAL_END.has(tokens[k - 1]!.pos) || bracketAfterName(doc, k - 1)) || !is(next, 'the', 'a', 'an')) return false;
  // the appositive's words: modifiers, participles before a noun ("the planned rail link"), prepositional phrases
  let m = k + 2;
  let nouns = 0;
  for (; m < end; m++) {
    const u = tokens[m]!;
    const participle = u.pos === 'VERB' && looksLikeParticiple(u.lower) && APPOSITIVE_WORDS.has(tokens[m + 1]?.pos ?? '');
    // a head the tagger calls an adjective ("the nonprofit") is a noun here
    // "a former governor and ambassador": a conjunction joins the appositive's nouns ("and the ..." lists another)
    const joins = u.pos === 'CCONJ' && nouns > 0 && JOINED_NOUN.has(tokens[m + 1]?.pos ?? '');
    if (NOMINAL_END.has(u.pos) || u.pos === 'ADJ') nouns++;
    else if (!(APPOSITIVE_WORDS.has(u.pos) || participle || joins || /^['’]s$/.test(u.norm) || (u.pos === 'ADP' && nouns > 0))) break;
  }
  // it must end the content, or go on only as its own relative clause: a comma after it goes back to the clause ("the
  // claim that Ruiz, the party's treasurer, took ...") or lists more ("a cap, a grey jacket, ...")
  const stop = tokens[m];
  return nouns > 0 && (m >= end || /^[.!?;]$/.test(stop!.norm) || GLOSS_RELATIVES.has(stop!.lower));
}
/** the most tokens inside brackets after a name: "Rep. Ana Ruiz (D-Va.)" */
const MAX_BRACKETED = 6;

/** Whether `k` closes brackets right after a name or a noun: "Ann Dorsey (D-Vt.)", "the agency (FEMA)". */
function bracketAfterName(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  if (tokens[k]?.norm !== ')') return false;
  for (let m = k - 1; m > 0 && k - m <= MAX_BRACKETED; m--) if (tokens[m]!.norm === '(') return NOMINAL_END.has(tokens[m - 1]!.pos);
  return false;
}
const GLOSS_RELATIVES = new Set(['who', 'which', 'whose', 'that']);
const NOMINAL_END = new Set(['PROPN', 'NOUN']);
const JOINED_NOUN = new Set(['NOUN', 'ADJ']);
const APPOSITIVE_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET']);

/** cues whose prepositional complement is no adverbial: "asked about", "complained about", "agreed to" */
const COMPLEMENT_CUES = new Set(['ask', 'complain', 'wonder', 'agree', 'respond', 'reply', 'testify', 'comment', 'hint', 'charge']);
const CONJUNCTIONS = new Set(['CCONJ', 'SCONJ']);
/** words that link a clause of its own to the one before: "... however the minister noted ...", "but the mayor said" */
const CLAUSE_LINKS = new Set(['however', 'meanwhile', 'whereas', 'but']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** cues whose gerund is what was said, though a noun after them is not: "denied stabbing him", but "denied a request" */
const GERUND_CUES = new Set(['deny', 'recall', 'suggest', 'report']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** A conjunction outside quote marks that joins another cue to the clause's subject: "and added", "but has said". */
function coordinatesCue(cx: Context, k: number): boolean {
  const tokens = cx.doc.tokens;
  if (tokens[k]!.pos !== 'CCONJ' || cx.pairAround(k)) return false;
  let m = k + 1;
  while (m < k + 4 && (tokens[m]?.pos === 'AUX' || tokens[m]?.pos === 'ADV')) m++;
  return cx.ends.has(m);
}

/** A conjunction before a finite verb, which joins another predicate to the clause: "praised the plan but also had to ...". */
function coordinatesPredicate(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const m = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  return tokens[k]!.pos === 'CCONJ' && tokens[m]?.pos === 'AUX' && !is(tokens[m], 'to');
}

/** subordinators that end an object: "described him as a reformer when he ran", "cited the audit because ..." */
const OBJECT_ENDS = new Set(['when', 'while', 'because', 'after', 'before', 'since', 'until', 'although', 'though', 'if', 'as']);

/**
 * "cited late payments the contractor had made": the object, to the next boundary, or (with `subordinatorEnds`) to a
 * subordinator; a clause ("were on the site when the roof fell") runs over its subordinate clauses.
 */
function objectOf(cx: Context, c: number, sentenceEnd: number, subordinatorEnds = true): TokenRange | null {
  const tokens = cx.doc.tokens;
  const end = Math.min(sentenceEnd, c + MAX_CONTENT);
  let last = c;
  while (last < end && !isBoundary(cx.doc, last) && !/^[.!?:]$/.test(tokens[last]!.norm) && !coordinatesCue(cx, last) && !coordinatesPredicate(cx.doc, last) &&
    !(subordinatorEnds && last > c + 1 && OBJECT_ENDS.has(tokens[last]!.lower) && (tokens[last]!.pos === 'SCONJ' || (tokens[last]!.pos === 'ADV' && !is(tokens[last], 'as')) || subordinatorAt(cx.doc, last, end)))) last++;
  return contentRange(cx, c, last, true);
}

/** Whether a "(" in [first, close) opens the bracket `close` closes. */
function opensBracketFrom(doc: Doc, first: number, close: number): boolean {
  for (let m = close - 1; m >= first && close - m <= MAX_BRACKETED; m--) if (doc.tokens[m]!.norm === '(') return true;
  return false;
}

/** Drops trailing punctuation, but keeps a closing quote mark or bracket whose opening one is inside the range. */
function trimEnd(cx: Context, first: number, last: number): number {
  const tokens = cx.doc.tokens;
  while (last > first && isPunct(tokens[last - 1])) {
    const pair = isQuoteMark(tokens[last - 1]) ? cx.pairAround(last - 1) : null;
    if (pair && pair.first >= first && pair.last === last) break;
    if (tokens[last - 1]!.norm === ')' && opensBracketFrom(cx.doc, first, last - 1)) break;
    last--;
  }
  return last;
}
