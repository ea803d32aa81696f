/** Nouns for a record of findings, which may report a figure as a speaker does: "the data showed", "a survey found". */
export const FINDING_NOUNS: ReadonlySet<string> = new Set([
  'data', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'poll', 'polls', 'figures', 'numbers', 'research',
  'analysis', 'documents', 'evidence', 'records', 'review', 'findings', 'statistics', 'estimates', 'projections', 'results', 'census', 'audit',
  'calculations',
]);
