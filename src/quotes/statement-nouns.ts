import type { Doc } from '../doc/document.js';
import type { Attribution } from './attribution.js';
import type { MaySpeak } from './may-speak.js';
import { phraseEndingAt } from './phrases.js';
import { cueVerbOf, isPossessiveMark, type TokenRange } from './tokens.js';

/** Nouns of a statement that take what was stated as a that-clause ("his claim that ..."), with the verb they name. */
const STATEMENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['claim', 'claim'], ['assertion', 'assert'], ['insistence', 'insist'], ['warning', 'warn'], ['argument', 'argue'],
  ['allegation', 'allege'], ['contention', 'contend'], ['prediction', 'predict'], ['promise', 'promise'],
  ['pledge', 'pledge'], ['suggestion', 'suggest'], ['admission', 'admit'], ['denial', 'deny'],
  ['declaration', 'declare'], ['announcement', 'announce'], ['assurance', 'assure'], ['boast', 'boast'],
  ['complaint', 'complain'], ['threat', 'threaten'], ['statement', 'state'], ['remark', 'remark'],
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** what a statement noun's phrase follows as an object */
const OBJECT_OF = new Set(['VERB', 'ADP']);

/**
 * The attribution a noun of what was said at `i` makes: a possessed one or an existential "there"'s before "that", or
 * one a colon opens after a verb. wink reads the noun after "there are" as a verb as often as not ("there are reports
 * that"), so that reading asks no part of speech.
 */
export function statementAt(doc: Doc, i: number, sentence: TokenRange, maySpeak: MaySpeak): Attribution | null {
  const noun = doc.tokens[i]!.pos === 'NOUN';
  if (doc.tokens[i + 1]?.lower !== 'that') return noun ? introducingStatement(doc, i, sentence, maySpeak) : null;
  return (noun ? possessedStatement(doc, i, sentence, maySpeak) : null) ?? existentialStatement(doc, i, sentence);
}

/**
 * A statement noun at `i` before "that", which its possessor made, with what was stated: "the mayor's claim that the roads are safe", "her warning
 * that prices would rise". The possessor is the speaker and must be one who may speak; the that-clause is the content.
 * The phrase is an object, so the clause runs to the sentence's end; a preposition that opens the sentence ("Despite
 * her warning that prices would rise, the bank ...") fronts it before the main clause, which the content would run into.
 */
function possessedStatement(doc: Doc, i: number, sentence: TokenRange, maySpeak: MaySpeak): Attribution | null {
  const tokens = doc.tokens;
  const lemma = STATEMENT_NOUNS.get(tokens[i]!.lower);
  if (!lemma) return null;
  const before = tokens[i - 1];
  if (!before) return null;
  const pronoun = POSSESSIVE_PRONOUNS.has(before.lower);
  const subject = pronoun ? { first: i - 1, last: i } : /^['’]s$/.test(before.norm) || isPossessiveMark(doc, i - 1) ? phraseEndingAt(doc, i - 2, sentence.first) : null;
  if (!subject || subject.first <= sentence.first || !(pronoun || maySpeak(subject))) return null;
  // the object of a verb or a preposition ("rejected her claim that", "stood by his warning that"): as the sentence's
  // subject ("Her claim that ... angered ...") the clause would run on into the main verb; a cue's object ("repeated
  // his warning that ...") is that cue's content
  const governor = subject.first - 1;
  if (!OBJECT_OF.has(tokens[governor]!.pos) || cueVerbOf(doc, governor) || governor === sentence.first) return null;
  return speechBy(subject, { first: i, last: i + 1 }, lemma, sentence);
}

/** Plural nouns of what was said that an existential "there" introduces, with the verb they name ("there are reports that ..."). */
const EXISTENTIAL_NOUNS: ReadonlyMap<string, string> = new Map([
  ['reports', 'report'], ['claims', 'claim'], ['allegations', 'allege'], ['suggestions', 'suggest'], ['warnings', 'warn'],
  ['rumours', 'rumour'], ['rumors', 'rumor'],
]);
/** "there were no reports that ...": nothing was reported */
const NEGATIONS = new Set(['no', 'not', "n't", 'never']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", '’s']);
const PERFECT_FORMS = new Set(['has', 'have', 'had']);
/** the most words between the verb and the noun: "there were also unconfirmed media reports that" */
const MAX_EXISTENTIAL_MODIFIERS = 3;
const EXISTENTIAL_MODIFIER_POS = new Set(['ADJ', 'ADV', 'DET', 'NOUN']);

/**
 * "There are reports that ...", "there were unconfirmed claims that ...", "there have been allegations that ...": a
 * plural noun of what was said at `i`, before "that", after an existential "there" and a form of "be", reports the
 * that-clause (not after a negation: "there were no reports that ..."); no one is named as its source, so the noun's
 * phrase stands for it, as "reports" does in "according to reports".
 */
function existentialStatement(doc: Doc, i: number, sentence: TokenRange): Attribution | null {
  const tokens = doc.tokens;
  const lemma = EXISTENTIAL_NOUNS.get(tokens[i]!.lower);
  if (!lemma) return null;
  let v = i - 1;
  while (v > sentence.first && i - v <= MAX_EXISTENTIAL_MODIFIERS && EXISTENTIAL_MODIFIER_POS.has(tokens[v]!.pos) && !BE_FORMS.has(tokens[v]!.lower)) v--;
  const be = tokens[v];
  if (!be) return null;
  let there = v - 1;
  if (be.lower === 'been') {
    if (!PERFECT_FORMS.has(tokens[there]?.lower ?? '')) return null;
    there--;
  } else if (!BE_FORMS.has(be.lower)) return null;
  if (there < sentence.first || tokens[there]!.lower !== 'there') return null;
  for (let k = there + 1; k < i; k++) if (NEGATIONS.has(tokens[k]!.lower)) return null;
  // the noun's phrase without the adverbs and determiners before it ("also", "some"): "unconfirmed reports"
  let first = v + 1;
  while (first < i && (tokens[first]!.pos === 'ADV' || tokens[first]!.pos === 'DET')) first++;
  return speechBy({ first, last: i + 1 }, { first: i, last: i + 1 }, lemma, sentence);
}

/** Nouns of an utterance a verb makes its object before a colon that opens what was uttered, with the lemma they name. */
const UTTERANCE_NOUNS: ReadonlyMap<string, string> = new Map([
  ...[...STATEMENT_NOUNS].flatMap(([noun, verb]) => [[noun, verb], [`${noun}s`, verb]] as Array<[string, string]>),
  ...['comment', 'answer', 'response', 'reply', 'message', 'explanation', 'assessment', 'verdict', 'advice', 'plea'].flatMap((noun) => [[noun, noun], [`${noun}s`, noun]] as Array<[string, string]>),
  ['words', 'word'],
]);
/** the most words between the verb and its utterance noun: "made the following brief remarks" */
const MAX_NOUN_MODIFIERS = 3;
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/**
 * "The minister made the following remarks: …", "the mayor offered a blunt warning: …", "Ruiz gave her answer: …": a
 * verb with a noun of an utterance for its object, at `i`, right before a colon, introduces what follows the colon;
 * the verb's subject, one who may speak and opening its clause ("On Friday, the mayor made ..."), is the speaker.
 */
function introducingStatement(doc: Doc, i: number, sentence: TokenRange, maySpeak: MaySpeak): Attribution | null {
  const tokens = doc.tokens;
  const lemma = UTTERANCE_NOUNS.get(tokens[i]!.lower);
  if (!lemma || tokens[i + 1]?.norm !== ':' || !tokens[i + 2]) return null;
  let v = i - 1;
  while (v > sentence.first && i - v <= MAX_NOUN_MODIFIERS && MODIFIER_POS.has(tokens[v]!.pos)) v--;
  if (v <= sentence.first || v === i - 1 || tokens[v]!.pos !== 'VERB' || cueVerbOf(doc, v)) return null;
  const subject = phraseEndingAt(doc, v - 1, sentence.first, true);
  if (!subject || (subject.first !== sentence.first && tokens[subject.first - 1]!.norm !== ',') || !maySpeak(subject)) return null;
  return speechBy(subject, { first: v, last: i + 1 }, lemma, sentence);
}

/** The attribution of speech by `subject` whose cue ends right before what was said. */
function speechBy(subject: TokenRange, cue: TokenRange, lemma: string, sentence: TokenRange): Attribution {
  const flags = { shared: false, infinitive: false, recipient: false, object: false, listener: false };
  return { cue, lemma, cls: 'speech', subject, ...flags, first: subject.first, next: cue.last, sentence: { first: sentence.first, last: sentence.last } };
}
