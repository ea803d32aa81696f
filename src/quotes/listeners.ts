import type { Doc } from '../doc/document.js';
import type { Attribution } from './attribution.js';
import type { CueVerb } from './cues.js';
import type { MaySpeak } from './may-speak.js';
import { phraseEndingAt, phraseStartingAt, skipAdverbials } from './phrases.js';
import { is, type TokenRange } from './tokens.js';

const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);
/** bodies that hear evidence: "the court heard that ...", "the inquest heard how ..." */
const HEARINGS = new Set(['court', 'jury', 'inquest', 'inquiry', 'tribunal', 'hearing', 'trial', 'committee', 'panel', 'commission', 'judge', 'magistrates', 'jurors']);

/**
 * Reported speech told to a listener, who is the clause's subject: the passive of a verb that takes a recipient
 * ("the jury was told the defendant had fled", "residents were warned by police that ...", in a headline "..., court
 * told") and a hearing that
 * heard evidence ("the court heard that ...", "the inquest heard how ..."). The speaker is the phrase after "by" or
 * "from", or no one.
 */
export function listenerAttribution(doc: Doc, i: number, verb: CueVerb, sentence: TokenRange, maySpeak: MaySpeak): Attribution | null {
  const tokens = doc.tokens;
  let j = i - 1;
  while (j > sentence.first && tokens[j]!.pos === 'ADV') j--;
  // "was asked whether ...": a question put to the subject is no statement
  const participle = verb.recipient && verb.lemma !== 'ask' && /(?:ed|ld|wn)$/.test(tokens[i]!.lower);
  // a headline leaves the auxiliary out: "Crew ignored warning, coroner told"
  const headline = j === i - 1 && tokens[j]?.pos === 'NOUN' && !is(tokens[j - 1], 'the', 'a', 'an') && /^[.!?]?$/.test(tokens[i + 1]?.sentence === tokens[i]!.sentence ? tokens[i + 1]!.norm : '');
  const passive = participle && (PASSIVE_AUXILIARIES.has(tokens[j]?.lower ?? '') || headline);
  const hearing = verb.lemma === 'hear' && /^heard$/.test(tokens[i]!.lower) && HEARINGS.has(tokens[j]?.lower ?? '');
  if (!passive && !hearing) return null;
  const listener = phraseEndingAt(doc, passive && !headline ? j - 1 : j, sentence.first);
  let after = i + verb.width;
  let subject: TokenRange | null = null;
  if (is(tokens[after], passive ? 'by' : 'from')) {
    const np = phraseStartingAt(doc, after + 1, sentence.last);
    if (np && maySpeak(np)) {
      subject = np;
      after = np.last;
    }
  }
  return {
    cue: { first: i, last: i + verb.width },
    lemma: verb.lemma,
    cls: 'speech',
    subject,
    shared: false,
    infinitive: verb.infinitive,
    recipient: false,
    object: false,
    listener: true,
    first: listener?.first ?? j,
    next: skipAdverbials(doc, after, sentence.last, false),
    sentence: { first: sentence.first, last: sentence.last },
  };
}
