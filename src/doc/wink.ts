import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** What wink-nlp says about one text: token surfaces, their types and POS, and sentence token ranges. */
export interface WinkTokens {
  values: string[];
  types: string[];
  pos: string[];
  /** [first, last] token indexes, inclusive, as wink gives them. */
  sentences: Array<[number, number]>;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The only importer of wink-nlp: wink objects never leave this file. */
export function winkTokens(text: string): WinkTokens {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value) as string[],
    types: tokens.out(its.type) as string[],
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  };
}
