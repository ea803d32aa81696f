/**
 * Attribution cues as data. Each verb has a lemma, its class and, where English is irregular, its forms; regular
 * forms (-s, -ed, -ing) are derived.
 *
 * - speech: verbs of saying, which introduce direct quotes and reported speech ("said", "warned", "told").
 * - cognition: verbs of thinking and finding ("believes", "found"); they introduce reported speech only.
 * - manner: verbs that attribute a direct quote but never report speech ("laughed", "continued").
 */
export type CueClass = 'speech' | 'cognition' | 'manner';

interface VerbEntry {
  cls: CueClass;
  /** irregular or spelling-changed forms; regular ones are derived from the lemma */
  forms?: string[];
  /** takes a recipient object before its content: "told reporters (that)...", "warned residents ..." */
  recipient?: boolean;
  /** may report with an infinitive: "urged voters to stay home", "promised to cut taxes" */
  infinitive?: boolean;
  /** its object is what was said: "cited derogatory comments", "questioned the integrity of the vote" */
  object?: boolean;
}

const VERBS: Record<string, VerbEntry> = {
  say: { cls: 'speech', forms: ['say', 'says', 'said', 'saying'] },
  tell: { cls: 'speech', forms: ['tell', 'tells', 'told', 'telling'], recipient: true, infinitive: true },
  add: { cls: 'speech' },
  state: { cls: 'speech' },
  claim: { cls: 'speech' },
  insist: { cls: 'speech' },
  warn: { cls: 'speech', recipient: true, infinitive: true },
  argue: { cls: 'speech' },
  explain: { cls: 'speech' },
  note: { cls: 'speech', object: true },
  ask: { cls: 'speech', recipient: true, infinitive: true },
  write: { cls: 'speech', forms: ['write', 'writes', 'wrote', 'written', 'writing'] },
  announce: { cls: 'speech', object: true },
  declare: { cls: 'speech' },
  reply: { cls: 'speech', forms: ['reply', 'replies', 'replied', 'replying'] },
  respond: { cls: 'speech' },
  recall: { cls: 'speech' },
  admit: { cls: 'speech', forms: ['admit', 'admits', 'admitted', 'admitting'], object: true },
  acknowledge: { cls: 'speech', object: true },
  confirm: { cls: 'speech', object: true },
  deny: { cls: 'speech', forms: ['deny', 'denies', 'denied', 'denying'] },
  suggest: { cls: 'speech' },
  tweet: { cls: 'speech' },
  post: { cls: 'speech' },
  urge: { cls: 'speech', recipient: true, infinitive: true },
  report: { cls: 'speech' },
  allege: { cls: 'speech' },
  assert: { cls: 'speech' },
  contend: { cls: 'speech' },
  concede: { cls: 'speech' },
  emphasize: { cls: 'speech', object: true },
  emphasise: { cls: 'speech', object: true },
  stress: { cls: 'speech', object: true },
  predict: { cls: 'speech' },
  promise: { cls: 'speech', recipient: true, infinitive: true },
  pledge: { cls: 'speech', infinitive: true },
  vow: { cls: 'speech', infinitive: true },
  threaten: { cls: 'speech' },
  complain: { cls: 'speech' },
  comment: { cls: 'speech' },
  remark: { cls: 'speech' },
  observe: { cls: 'speech' },
  mention: { cls: 'speech', object: true },
  reveal: { cls: 'speech', object: true },
  disclose: { cls: 'speech', object: true },
  indicate: { cls: 'speech' },
  maintain: { cls: 'speech' },
  reiterate: { cls: 'speech', object: true },
  repeat: { cls: 'speech', object: true },
  testify: { cls: 'speech', forms: ['testify', 'testifies', 'testified', 'testifying'] },
  inform: { cls: 'speech', recipient: true },
  assure: { cls: 'speech', recipient: true },
  remind: { cls: 'speech', recipient: true },
  advise: { cls: 'speech', recipient: true, infinitive: true },
  caution: { cls: 'speech', recipient: true },
  estimate: { cls: 'speech' },
  forecast: { cls: 'speech', forms: ['forecast', 'forecasts', 'forecasted', 'forecasting'], object: true },
  project: { cls: 'speech', object: true },
  propose: { cls: 'speech', object: true },
  recommend: { cls: 'speech', object: true },
  demand: { cls: 'speech', object: true },
  counter: { cls: 'speech' },
  retort: { cls: 'speech' },
  boast: { cls: 'speech' },
  conclude: { cls: 'speech' },
  clarify: { cls: 'speech', forms: ['clarify', 'clarifies', 'clarified', 'clarifying'] },
  hint: { cls: 'speech' },
  signal: { cls: 'speech', forms: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'] },
  agree: { cls: 'speech' },
  charge: { cls: 'speech' },
  point: { cls: 'manner' },
  wonder: { cls: 'speech' },
  describe: { cls: 'speech', object: true },
  question: { cls: 'speech', object: true },
  criticize: { cls: 'speech', object: true },
  criticise: { cls: 'speech', object: true },
  blast: { cls: 'speech', object: true },
  slam: { cls: 'speech', forms: ['slam', 'slams', 'slammed', 'slamming'], object: true },
  praise: { cls: 'speech', object: true },
  tout: { cls: 'speech', object: true },
  defend: { cls: 'speech', object: true },
  dismiss: { cls: 'speech', object: true },
  condemn: { cls: 'speech', object: true },
  discuss: { cls: 'speech', object: true },
  accuse: { cls: 'speech', object: true },
  denounce: { cls: 'speech', object: true },
  decry: { cls: 'speech', forms: ['decry', 'decries', 'decried', 'decrying'], object: true },
  lambaste: { cls: 'speech', object: true },
  assail: { cls: 'speech', object: true },
  deride: { cls: 'speech', object: true },
  mock: { cls: 'speech', object: true },
  ridicule: { cls: 'speech', object: true },
  laud: { cls: 'speech', object: true },
  commend: { cls: 'speech', object: true },
  applaud: { cls: 'speech', object: true },
  believe: { cls: 'cognition' },
  think: { cls: 'cognition', forms: ['think', 'thinks', 'thought', 'thinking'] },
  feel: { cls: 'cognition', forms: ['feel', 'feels', 'felt', 'feeling'] },
  hope: { cls: 'cognition' },
  fear: { cls: 'cognition' },
  expect: { cls: 'cognition' },
  know: { cls: 'cognition', forms: ['know', 'knows', 'knew', 'known', 'knowing'] },
  worry: { cls: 'cognition', forms: ['worry', 'worries', 'worried', 'worrying'] },
  doubt: { cls: 'cognition' },
  suspect: { cls: 'cognition' },
  find: { cls: 'cognition', forms: ['find', 'finds', 'found', 'finding'] },
  show: { cls: 'cognition', forms: ['show', 'shows', 'showed', 'shown', 'showing'] },
  hear: { cls: 'cognition', forms: ['hear', 'hears', 'heard', 'hearing'] },
  continue: { cls: 'manner' },
  laugh: { cls: 'manner' },
  joke: { cls: 'manner' },
  quip: { cls: 'manner', forms: ['quip', 'quips', 'quipped', 'quipping'] },
  shout: { cls: 'manner' },
  yell: { cls: 'manner' },
  scream: { cls: 'manner' },
  chant: { cls: 'manner' },
  cry: { cls: 'manner', forms: ['cry', 'cries', 'cried', 'crying'] },
  sing: { cls: 'manner', forms: ['sing', 'sings', 'sang', 'sung', 'singing'] },
  muse: { cls: 'manner' },
  sigh: { cls: 'manner' },
  exclaim: { cls: 'manner' },
  whisper: { cls: 'manner' },
  begin: { cls: 'manner', forms: ['begin', 'begins', 'began', 'begun', 'beginning'] },
  read: { cls: 'manner', forms: ['read', 'reads', 'reading'] },
  call: { cls: 'manner' },
  dub: { cls: 'manner', forms: ['dub', 'dubs', 'dubbed', 'dubbing'] },
  brand: { cls: 'manner' },
  identify: { cls: 'manner', forms: ['identify', 'identifies', 'identified', 'identifying'] },
};

/** manner verbs that are ways of speaking: with "that" they report speech ("joked that ...", "whispered that ...") */
export const SPOKEN_MANNERS: ReadonlySet<string> = new Set(['joke', 'quip', 'shout', 'yell', 'scream', 'cry', 'muse', 'sigh', 'exclaim', 'whisper', 'laugh']);

/** Regular inflections: "note" → notes, noted, noting; "urge" → urges, urged, urging; "stress" → stresses. */
function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  return [lemma, third, past, `${stem}ing`];
}

export interface CueVerb {
  lemma: string;
  cls: CueClass;
  recipient: boolean;
  infinitive: boolean;
  object: boolean;
  /** tokens the cue spans: 2 for a phrasal cue ("called for") */
  width: number;
}

/** Every form of every cue verb, lower-cased, with what it means. */
const CUE_VERBS: ReadonlyMap<string, CueVerb> = new Map(
  Object.entries(VERBS).flatMap(([lemma, e]) =>
    (e.forms ?? regularForms(lemma)).map(
      (form) => [form, { lemma, cls: e.cls, recipient: e.recipient ?? false, infinitive: e.infinitive ?? false, object: e.object ?? false, width: 1 }] as const,
    ),
  ),
);

/**
 * The cue forms grouped by shape (first two letters and length), so that a word is compared with the few forms of
 * its shape rather than hashed for a lookup: most words have no cue's shape at all.
 */
const MAX_FORM = 31;
const shapeOf = (word: string): number => {
  const a = word.charCodeAt(0) - 97;
  const b = word.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && word.length <= MAX_FORM ? (a * 26 + b) * (MAX_FORM + 1) + word.length : -1;
};
const FORMS = [...CUE_VERBS.keys()].sort((x, y) => shapeOf(x) - shapeOf(y));
const FORM_VERBS = FORMS.map((form) => CUE_VERBS.get(form)!);
/** the forms of shape k are FORMS[SHAPE_START[k]] up to FORMS[SHAPE_START[k + 1]] */
const SHAPE_START = new Uint16Array(26 * 26 * (MAX_FORM + 1) + 1);
for (const form of FORMS) {
  if (shapeOf(form) < 0) throw new Error(`cue form with no shape: ${form}`);
  SHAPE_START[shapeOf(form) + 1]!++;
}
for (let k = 1; k < SHAPE_START.length; k++) SHAPE_START[k]! += SHAPE_START[k - 1]!;

/** The cue verb a lower-cased word is a form of, if any. */
export function cueForm(word: string): CueVerb | undefined {
  const shape = shapeOf(word);
  if (shape < 0) return undefined;
  for (let k = SHAPE_START[shape]!; k < SHAPE_START[shape + 1]!; k++) if (FORMS[k] === word) return FORM_VERBS[k];
  return undefined;
}

/** Forms so rarely anything but a verb that wink's part of speech need not confirm them. */
export const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'tells', 'saying', 'telling', 'added', 'adds', 'wrote', 'tweeted', 'insisted', 'argued', 'explained', 'warned']);

/**
 * Phrasal cues: a verb with its particle reports speech where the verb alone does not ("pointed out that",
 * "called for a recount", "asked for funds to ...", "called on voters to stay home").
 */
export const PHRASAL: ReadonlyMap<string, ReadonlyMap<string, CueVerb>> = new Map([
  ['point', new Map([['out', { lemma: 'point out', cls: 'speech', recipient: false, infinitive: false, object: true, width: 2 }]])],
  ['ask', new Map([['for', { lemma: 'ask for', cls: 'speech', recipient: false, infinitive: false, object: true, width: 2 }]])],
  ['call', new Map([
    ['for', { lemma: 'call for', cls: 'speech', recipient: false, infinitive: false, object: true, width: 2 }],
    ['on', { lemma: 'call on', cls: 'speech', recipient: true, infinitive: true, object: false, width: 2 }],
  ])],
]);
