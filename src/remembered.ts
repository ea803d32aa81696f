/**
 * A pure function of a word, remembered across documents (the lookup behind it is slow and words recur from one story
 * to the next); the table is emptied when it grows past `limit` words.
 */
export function remembered<T extends NonNullable<unknown> | null>(fn: (word: string) => T, limit = 50_000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    const known = seen.get(word);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    const value = fn(word);
    seen.set(word, value);
    return value;
  };
}
