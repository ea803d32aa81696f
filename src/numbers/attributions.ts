import type { Doc, Region, Sentence, Token } from '../doc/document.js';
import { QUOTE_MARKS, isDash } from '../lexicon/marks.js';
import { tokenAtOrAfter } from '../doc/lookup.js';
import { TIME_NOUNS } from '../lexicon/calendar.js';
import { FINDING_NOUNS } from '../lexicon/records.js';
import { breakAt, clauseEnd, clauseStart, SUBORDINATORS } from './clauses.js';
import { BE, estimateOf, expectationBefore, expectedBy, figureBefore, putAt } from './expectations.js';
import { type Attribution, isRelative, isSourceRelative, nounPhrase, type Phrase } from './phrase.js';

/**
 * The attributions of a sentence, each with the stretch of text it governs. A figure is claimed by the source
 * whose attribution governs it, bounded by the clause that holds the attribution, not by distance:
 * - "according to X" that opens a clause governs the rest of that clause; elsewhere the whole clause it sits in
 *   ("Sales rose 5%, according to X"). Only a strong break ends it (a dash, a semicolon, ", but").
 * - "X said (that) ..." governs its complement, up to the next break; in a relative clause ("a device she
 *   claimed could ...", "the CFO, who said ...") only up to the clause's comma.
 * - "..., X said" and "..., said X", with nothing reported after them, close the clause before them and govern it.
 * - expectations: "X had expected ...", "analysts polled by X forecast ..." govern what follows like a speech
 *   verb; the figure before "analysts had expected" (a reduced relative) is theirs too. The sources written beside
 *   a figure ("the $1.6bn expected by analysts", "LSEG estimates of 48 cents") are in expectations.ts.
 */

const SPEECH_CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'report', 'announced', 'announces', 'claimed',
  'claims', 'claim', 'stated', 'states', 'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'calculated',
  'calculates', 'counted', 'counts', 'confirmed', 'confirms', 'insisted', 'insists', 'acknowledged', 'revealed',
  'identified', 'identifies', 'showed', 'shows', 'show', 'found', 'finds',
]);
/** Cues written before their subject: "..., said Akar." */
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'stated']);
/** Cues whose object is the one addressed: "told reporters". */
const ADDRESSED = new Set(['told', 'tells']);
/** Cues that report only a clause: with a noun phrase alone they mean taking or winning ("claimed 10,000 lives"). */
const CLAUSE_ONLY = new Set(['claimed', 'claims', 'claim', 'added', 'adds']);
/** Cues of a finding that report only a that-clause ("the study found that 40% ...", "a poll shows that ..."; not
 * "police found 3 bodies", "footage showed a crowd"), or anything when a record of findings is their subject. */
const THAT_ONLY = new Set(['found', 'finds', 'showed', 'shows', 'show']);
/** Verbs of expectation and estimate: their subject is the source of the figure they hold, ahead of any quote around. */
const EXPECTATION_CUES = new Set([
  'expected', 'expect', 'expects', 'expecting', 'anticipated', 'anticipate', 'anticipates', 'forecast', 'forecasts',
  'forecasted', 'forecasting', 'projected', 'projects', 'projecting', 'predicted', 'predict', 'predicts', 'predicting',
  'estimated', 'estimates', 'estimate', 'estimating',
]);
/** What may open a clause before "according to" that opens it: "But according to ...", "– and, according to". */
const OPENING_POS = new Set(['CCONJ', 'ADV', 'PUNCT', 'SCONJ']);
/** What may follow a closing "X said": "said.", "said on Tuesday", "said late", "said Friday". */
const ADVERBIAL_POS = new Set(['PUNCT', 'ADP', 'ADV', 'SCONJ']);
const MARKS = new Set([',', ...QUOTE_MARKS]);

export function findAttributions(doc: Doc, sentence: Sentence): Attribution[] {
  const tokens = doc.tokens;
  const found: Attribution[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = tokens[i]!;
    let a: Attribution | null = null;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to' && i + 2 < sentence.last) a = accordingTo(doc, sentence, i);
    else if (SPEECH_CUES.has(t.lower) || EXPECTATION_CUES.has(t.lower)) a = verbCue(doc, sentence, i);
    if (a) found.push(a);
    const beside = expectedBy(doc, sentence, i) ?? estimateOf(doc, sentence, i) ?? putAt(doc, sentence, i);
    if (beside) found.push(beside);
  }
  return found;
}

function accordingTo(doc: Doc, s: Sentence, i: number): Attribution | null {
  const tokens = doc.tokens;
  const subject = nounPhrase(doc, i + 2, s.last, 1);
  if (!subject) return null;
  const start = clauseStart(doc, s.first, i, 'clause');
  const end = clauseEnd(doc, i, s.last, 'clause');
  let opens = true;
  for (let k = start; k < i && opens; k++) opens = OPENING_POS.has(tokens[k]!.pos);
  const from = opens ? (tokens[tokenAtOrAfter(doc, subject.end)]?.start ?? subject.end) : tokens[start]!.start;
  const expectation = !opens && tokens[i - 1]?.norm === ',' ? expectationBefore(doc, s, i - 1) : null;
  const scopes = expectation ? [expectation] : [{ start: from, end: endOf(tokens, end, s) }];
  return { rule: 'claimants/according-to', subject, cue: region(tokens, i, i + 1), scopes };
}

/** "X said ...", "X had expected ...", "..., said X", "the CFO, who said ...", "the bank ... and projected ...". */
function verbCue(doc: Doc, s: Sentence, i: number): Attribution | null {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  // wink tags "estimates" in "The UN estimates that ..." and "forecast" in "had forecast" as nouns; "that" after
  // it, an auxiliary before it or its place in the clause settles it. "the estimated 700" is no cue.
  const verb = t.pos === 'VERB' || tokens[i + 1]?.lower === 'that' || tokens[i - 1]?.pos === 'AUX' || (EXPECTATION_CUES.has(t.lower) && inVerbPlace(doc, s, i));
  if (!verb || tokens[i - 1]?.pos === 'DET') return null;
  // "claimed 10,000 lives", "added 312 stores": these report only a clause
  if (CLAUSE_ONLY.has(t.lower) && !clauseAfter(doc, s, i + 1)) return null;
  const source = subjectOf(doc, s, i);
  if (!source) return null;
  // "the data showed inflation at 4.6%": a record of findings reports what it shows, with or without "that"
  if (THAT_ONLY.has(t.lower) && tokens[i + 1]?.lower !== 'that' && !FINDING_NOUNS.has(tokens[source.subject.head]!.lower)) return null;
  const { subject, inverted, embedded } = source;
  const expectation = EXPECTATION_CUES.has(t.lower);
  let after = inverted ? tokenAtOrAfter(doc, subject.end) : i + 1;
  // "told reporters ...", "told one of his aides ...": the one told is no part of what was said
  const addressee = ADDRESSED.has(t.lower) ? nounPhrase(doc, after, s.last, 1) : null;
  if (addressee) after = tokenAtOrAfter(doc, addressee.end);
  const scopes: Region[] = [];
  // "..., Jones said as she marched": a clause that opens with a subordinator after the cue is the reporter's,
  // unless the complement follows it ("announced after the markets closed that ...")
  if (SUBORDINATORS.has(tokens[after]?.lower ?? '')) after = thatAfter(doc, s, after);
  const complement = clauseAfter(doc, s, after);
  if (after < s.last) {
    const end = embedded ? nextComma(doc, after, s.last) : clauseEnd(doc, after, s.last, complement ? 'complement' : 'tag');
    scopes.push({ start: tokens[after]!.start, end: endOf(tokens, end, s) });
  }
  const subjectFirst = inverted ? i : tokenAtOrAfter(doc, subject.start);
  // "the $2bn analysts had expected": the figure the subject's relative clause hangs on
  const expected = expectation && !inverted && objectless(doc, after, s) ? figureBefore(doc, s, subjectFirst) : null;
  if (expected) scopes.push(expected);
  else if (inverted || (!embedded && !complement && closesClause(doc, s, subjectFirst, after))) {
    scopes.push({ start: tokens[clauseStart(doc, s.first, subjectFirst, 'clause')]!.start, end: tokens[subjectFirst]!.start });
  }
  return { rule: expectation ? 'claimants/expectation' : 'claimants/cue', subject, cue: region(tokens, i, i), scopes };
}

/** What a subject's last word may be, and what may open an object: "Goldman Sachs forecasts a surplus", "it estimates 2,000". */
const SUBJECT_ENDS = new Set(['PROPN', 'NOUN', 'PRON']);
const OBJECT_STARTS = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ', 'SYM', 'PRON']);

/**
 * A word of estimate the tagger read as a noun stands where the clause's verb goes: a noun phrase that opens its
 * clause (after a break, a conjunction, "that" or a speech verb: "analysts say Goldman forecasts ...") before it
 * and an object after it ("The IMF forecasts growth of 3.1%", "The agency estimates 2,000 homes were hit"), or a
 * comma before it and nothing after ("..., officials estimate."); not a noun's modifier or a possessive before it
 * ("official estimates put", "the bank's forecasts of 2%") nor a verb after.
 */
function inVerbPlace(doc: Doc, s: Sentence, i: number): boolean {
  const tokens = doc.tokens;
  if (i - 1 < s.first || !SUBJECT_ENDS.has(tokens[i - 1]!.pos)) return false;
  // "..., officials estimate.": a closing attribution after a comma, with nothing after it
  const closing = i + 1 >= s.last || tokens[i + 1]!.pos === 'PUNCT';
  if (!closing && !OBJECT_STARTS.has(tokens[i + 1]!.pos)) return false;
  const subject = nounPhrase(doc, i - 1, s.first - 1, -1);
  if (!subject || subject.head !== i - 1) return false;
  const k = tokenAtOrAfter(doc, subject.start) - 1;
  const opener = tokens[k];
  // "..., beating forecasts.": a participle the tagger read as a noun is no subject
  if (closing) return opener?.norm === ',' && k > s.first && !/^\p{Ll}+ing$/u.test(tokens[subject.head]!.norm);
  return k < s.first || !opener || ['PUNCT', 'SCONJ', 'CCONJ'].includes(opener.pos) || opener.lower === 'that' || SPEECH_CUES.has(opener.lower);
}

interface Subject {
  subject: Phrase;
  /** "..., said Akar": the subject follows the cue */
  inverted: boolean;
  /** the cue is in a relative clause, which ends at its comma */
  embedded: boolean;
}

/** The subject of the cue at `i`: after it when inverted, else before it, past auxiliaries, an aside, a relative pronoun or a conjunction. */
function subjectOf(doc: Doc, s: Sentence, i: number): Subject | null {
  const tokens = doc.tokens;
  const inverted = INVERTING.has(tokens[i]!.lower) && closesQuoteOrClause(doc, s, i - 1) ? invertedSubject(doc, s, i) : null;
  if (inverted) return { subject: inverted, inverted: true, embedded: false };
  let k = i - 1;
  const aside = tokens[k]?.norm === ',' ? asideStart(doc, s, k) : k + 1;
  if (aside <= k) {
    // "Akar, 63, said", "The plant, which employs 500 people, said": the subject before the aside; "the mayor, Ana Ruiz, said": the name in it
    const named = nounPhrase(doc, k - 1, aside, -1);
    if (named && tokens[named.head]!.pos === 'PROPN' && tokenAtOrAfter(doc, named.start) === aside + 1) return { subject: named, inverted: false, embedded: false };
    k = aside - 1;
  }
  while (k >= s.first && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not')) {
    // "was told", "is expected": a passive has no speaker before it
    if (BE.has(tokens[k]!.lower)) return null;
    k--;
  }
  if (k < s.first) return null;
  const before = tokens[k]!;
  if (isSourceRelative(before.lower) && before.pos === 'PRON') {
    // "the CFO, who said ...": the relative pronoun stands for the phrase before it
    const antecedent = nounPhrase(doc, tokens[k - 1]?.norm === ',' ? k - 2 : k - 1, s.first - 1, -1);
    return antecedent && { subject: antecedent, inverted: false, embedded: true };
  }
  const found = before.pos === 'CCONJ' ? coordinatedSubject(doc, s, k) : nounPhrase(doc, k, s.first - 1, -1);
  const subject = found && (before.pos === 'CCONJ' ? found : (recordBeforeParticiple(doc, s, found) ?? found));
  return subject && { subject, inverted: false, embedded: before.pos !== 'CCONJ' && inRelativeClause(doc, s, subject) };
}

/**
 * "A Gallup poll released on Monday found ...", "Figures published by the ONS on Tuesday showed ...": the phrase
 * before the cue is the adverbial or the agent of a participle after a record of findings; the subject is that
 * record, through the participle's words (where it may name its maker). Only a record: "economists polled by
 * Reuters" are Reuters', and in "the auditor seized on Brandt's claim" the verb is no participle.
 */
function recordBeforeParticiple(doc: Doc, s: Sentence, phrase: Phrase): Phrase | null {
  const tokens = doc.tokens;
  let k = tokenAtOrAfter(doc, phrase.start) - 1;
  while (k > s.first && tokens[k]!.pos === 'ADP') k--;
  const participle = tokens[k];
  if (!participle || k <= s.first || k === tokenAtOrAfter(doc, phrase.start) - 1 || participle.pos !== 'VERB' || !/(?:ed|en)$/.test(participle.lower)) return null;
  const record = nounPhrase(doc, k - 1, s.first - 1, -1);
  return record && FINDING_NOUNS.has(tokens[record.head]!.lower) ? { start: record.start, end: phrase.end, head: record.head } : null;
}

/** A comma, or a closing quote mark after the quote's own punctuation ('…," said'; not the apostrophe of "Politi’fact’"). */
function closesQuoteOrClause(doc: Doc, s: Sentence, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || k < s.first) return false;
  if (t.norm === ',') return true;
  return QUOTE_MARKS.has(t.norm) && k > s.first && doc.tokens[k - 1]!.pos === 'PUNCT';
}

/** "..., said Akar." or "..., said the ministry on Tuesday": a phrase after the cue that ends the clause or meets an adverbial. */
function invertedSubject(doc: Doc, s: Sentence, i: number): Phrase | null {
  const tokens = doc.tokens;
  if (TIME_NOUNS.has(tokens[i + 1]?.lower ?? '')) return null;
  const subject = nounPhrase(doc, i + 1, s.last, 1);
  if (!subject) return null;
  let k = tokenAtOrAfter(doc, subject.end);
  while (k < s.last && tokens[k]!.pos === 'ADV') k++;
  return k >= s.last || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'ADP' ? subject : null;
}

/** The comma that opens the aside closed by the comma at `close`, or `close` itself when there is none in its clause. */
function asideStart(doc: Doc, s: Sentence, close: number): number {
  const tokens = doc.tokens;
  let nearest = close;
  for (let k = close - 1; k > s.first && !breakAt(doc, k); k--) {
    if (tokens[k]!.norm !== ',') continue;
    // "The chain, which trades in Latvia, Estonia and Finland, said": the comma before the relative pronoun
    if (isSourceRelative(tokens[k + 1]!.lower)) return k;
    if (nearest === close) nearest = k;
  }
  return nearest;
}

/** "The bank left its forecast unchanged and projected ...": the subject that opens the clause the verb is joined to. */
function coordinatedSubject(doc: Doc, s: Sentence, conjunction: number): Phrase | null {
  const tokens = doc.tokens;
  let k = clauseStart(doc, s.first, conjunction, 'tag');
  while (k < conjunction && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADV')) k++;
  const subject = nounPhrase(doc, k, conjunction, 1);
  if (!subject) return null;
  const verb = tokens[tokenAtOrAfter(doc, subject.end)];
  return verb && (verb.pos === 'VERB' || verb.pos === 'AUX') ? subject : null;
}

/** "a remedy he claimed", "the report that officials said ...": a subject inside a relative clause. */
function inRelativeClause(doc: Doc, s: Sentence, subject: Phrase): boolean {
  const tokens = doc.tokens;
  const first = tokenAtOrAfter(doc, subject.start);
  const before = tokens[first - 1];
  if (!before || first <= s.first) return false;
  if (isRelative(before.lower)) return true;
  return first === subject.head && tokens[first]!.pos === 'PRON' && (before.pos === 'NOUN' || before.pos === 'PROPN');
}

/**
 * "..., X said." or "..., X said on Tuesday, as ...": the attribution reports nothing after it (no clause, and
 * nothing but adverbials: "on Tuesday", "in a statement", "Friday") and follows a comma, a quote mark or a dash, or ends the sentence ("... to three
 * groups, Marketing and Events Manager Jan Cole said."), so it closes the clause before it.
 */
function closesClause(doc: Doc, s: Sentence, subjectFirst: number, after: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[subjectFirst - 1];
  // "she announced her resignation": an object after the cue, so nothing before it is reported
  if (!before || subjectFirst <= s.first || (after < s.last && !adverbial(tokens, after))) return false;
  if (MARKS.has(before.norm) || isDash(before, doc.text)) return true;
  let k = after;
  while (k < s.last && tokens[k]!.pos !== 'PUNCT') k++;
  return k >= s.last - 1;
}

/** A clause after the cue, before the next comma: "that", a colon, or a verb ("claimed 200 people died"). */
function clauseAfter(doc: Doc, s: Sentence, from: number): boolean {
  const tokens = doc.tokens;
  for (let k = from; k < s.last && tokens[k]!.norm !== ',' && !breakAt(doc, k); k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || t.norm === ':' || t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** "on Tuesday", "late", "Friday", "last week": no object. */
function adverbial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return ADVERBIAL_POS.has(t.pos) || TIME_NOUNS.has(t.lower) || ((t.lower === 'last' || t.lower === 'this') && TIME_NOUNS.has(tokens[k + 1]?.lower ?? ''));
}

/** The token after the "that" which opens the complement after an adverbial clause, else the sentence's end. */
function thatAfter(doc: Doc, s: Sentence, from: number): number {
  for (let k = from; k < s.last && !breakAt(doc, k); k++) if (doc.tokens[k]!.lower === 'that') return k;
  return s.last;
}

/** Nothing after the verb but punctuation: "..., more than the $2bn analysts had expected." */
function objectless(doc: Doc, after: number, s: Sentence): boolean {
  return after >= s.last || doc.tokens[after]!.pos === 'PUNCT';
}

function nextComma(doc: Doc, from: number, last: number): number {
  let k = from;
  while (k < last && doc.tokens[k]!.norm !== ',' && !breakAt(doc, k)) k++;
  return k;
}

/** The offset where the clause ending before token `end` ends. */
function endOf(tokens: readonly Token[], end: number, s: Sentence): number {
  return end > s.first ? tokens[end - 1]!.end : tokens[s.first]!.start;
}

function region(tokens: readonly Token[], first: number, last: number): Region {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}
