import type { Doc } from '../doc/document.js';
import type { Named } from './named.js';
import { COMPANY_HEADS, ORGANISATION_HEADS } from '../lexicon/organisations.js';

/**
 * A name of two words or more the tagger read as a person's that ends in an organisation's head noun or a word for a
 * line of business ("Rotterdam Authority", "Pellham Group", "Corvel Systems") is an organisation's: no person's name
 * ends so. The head noun is the cue.
 */
export function withOrganisationHead(doc: Doc, n: Named): Named {
  if (n.type !== 'PERSON' || n.last - n.first < 2) return n;
  const head = doc.tokens[n.last - 1]!.lower;
  if (!ORGANISATION_HEADS.has(head) && !COMPANY_HEADS.has(head) && head !== 'group') return n;
  return { start: n.start, end: n.end, type: 'ORG', first: n.first, last: n.last, caps: n.caps, title: n.title, rule: 'entities/type-evidence', typedBy: n.last - 1 };
}
