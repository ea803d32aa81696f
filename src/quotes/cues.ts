/** Speech verbs by surface form, each with its lemma. */
const FORMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added'],
  state: ['state', 'states', 'stated'],
  claim: ['claim', 'claims', 'claimed'],
  insist: ['insist', 'insists', 'insisted'],
  warn: ['warn', 'warns', 'warned'],
  argue: ['argue', 'argues', 'argued'],
  explain: ['explain', 'explains', 'explained'],
  note: ['note', 'notes', 'noted'],
  ask: ['ask', 'asks', 'asked'],
  write: ['write', 'writes', 'wrote'],
  announce: ['announce', 'announces', 'announced'],
  declare: ['declare', 'declares', 'declared'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  continue: ['continue', 'continues', 'continued'],
  recall: ['recall', 'recalls', 'recalled'],
  admit: ['admit', 'admits', 'admitted'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  deny: ['deny', 'denies', 'denied'],
  suggest: ['suggest', 'suggests', 'suggested'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  urge: ['urge', 'urges', 'urged'],
};

export const CUE_LEMMA: ReadonlyMap<string, string> = new Map(
  Object.entries(FORMS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);
