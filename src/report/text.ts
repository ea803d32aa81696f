/** Lower case, letters and digits only, single spaces: how a report compares quotes and counted things. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Naive English singular: "families" → "family", "soldiers" → "soldier", "boxes" → "box"; "people", "news" kept. */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is|news|people)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
