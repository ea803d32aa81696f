import { ORGANISATION_KINDS, type OrganisationKind } from './organisations.js';

/** Kinds that may name the same body: a bank or a broadcaster is a company too. */
const OVERLAPPING: ReadonlyArray<ReadonlySet<OrganisationKind>> = [new Set(['company', 'finance']), new Set(['company', 'media'])];

/**
 * Can a description of this kind ("the bank": finance) stand for an organisation of these kinds (those its name and
 * the nouns written before it say: "Nordhavn Bank", "investment bank Goldman Sachs")? One of unknown kind may be any.
 */
export function kindFits(description: OrganisationKind, organisation: ReadonlySet<OrganisationKind>): boolean {
  if (organisation.size === 0 || description === 'any' || organisation.has('any') || organisation.has(description)) return true;
  return OVERLAPPING.some((pair) => pair.has(description) && [...organisation].some((k) => k !== description && pair.has(k)));
}

/** The kinds the words of a name (or the words written before it) give: "Ministry of Health" is government. */
export function kindsOfWords(words: readonly string[], into: Set<OrganisationKind>): Set<OrganisationKind> {
  for (const w of words) {
    const kind = ORGANISATION_KINDS.get(w.toLowerCase());
    if (kind) into.add(kind);
  }
  return into;
}
