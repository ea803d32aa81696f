/** Titles and roles written before a name ("Defence Minister Hulusi Akar"), lower-cased, longest first. */
const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'health', 'justice', 'chancellor', 'governor', 'senator', 'sen.', 'rep.', 'representative', 'mayor', 'king',
  'queen', 'prince', 'princess', 'general', 'gen.', 'colonel', 'col.', 'captain', 'lieutenant', 'commander',
  'chief', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'judge', 'justice',
  'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'premier', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'coach', 'manager', 'leader', 'speaker', 'attorney', 'deputy', 'state', 'home',
  'economy', 'trade', 'energy', 'education', 'environment', 'labour', 'labor', 'army', 'opposition', 'former',
  'dr.', 'professor', 'prof.', 'mr.', 'mrs.', 'ms.', 'sir', 'dame', 'lord', 'lady',
]);

const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'sir', 'dame', 'lord', 'lady', 'former']);

/** A word that can stand as a title or role before a name ("President", "Mr.", "Defence"). */
export function isTitleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}

export function rolesBefore(text: string, start: number): string[] {
  const before = text.slice(Math.max(0, start - 60), start);
  const words = before.split(/\s+/).filter(Boolean);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (!/^[A-Z]/.test(word) || !ROLE_WORDS.has(word.toLowerCase())) break;
    taken.unshift(word.toLowerCase());
  }
  while (taken.length && HONORIFICS.has(taken[0]!)) taken.shift();
  const role = taken.filter((w) => !HONORIFICS.has(w)).join(' ');
  return role ? [role] : [];
}
