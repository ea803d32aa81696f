import type { CueClass } from './cues.js';
import type { TokenRange } from './tokens.js';

/** A cue with its speaker phrase: "Akar said", "said the minister", "according to police", "he told reporters". */
export interface Attribution {
  cue: TokenRange;
  lemma: string;
  cls: CueClass;
  /** the phrase naming the speaker, or null ("..., adding that" borrows its clause's subject: see `shared`) */
  subject: TokenRange | null;
  /** true when the subject is borrowed from the main clause ("X argued that ..., noting that ...") */
  shared: boolean;
  infinitive: boolean;
  /** takes a recipient before what was said ("told reporters that") */
  recipient: boolean;
  /** the subject heard what was said ("the jury was told", "the court heard"): the speaker is `subject`, "by X", or no one */
  listener: boolean;
  /** its object may be what was said ("criticised the report") */
  object: boolean;
  /** first token of the attribution (subject or cue) */
  first: number;
  /** the token after the cue, its subject when inverted, and its adverbials: where what was said would start */
  next: number;
  /** for a verb that characterises its object in quoted words ("hailed X as “...”"), the object with those words */
  characterised?: TokenRange;
  /** the sentence's token range */
  sentence: TokenRange;
}
