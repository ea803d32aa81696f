import { trailerStart } from './furniture.js';

/**
 * The offset where a pasted article's own text ends: before a trailing comment thread ("Discussion about this
 * post") and the sign-up and share lines before it; text.length when there is none. Lines are split on \n, so
 * Windows line ends and any other character never move an offset.
 */
export function articleEnd(text: string): number {
  const lines = text.split('\n');
  const cut = trailerStart(lines);
  if (cut >= lines.length) return text.length;
  let offset = 0;
  for (let i = 0; i < cut; i++) offset += lines[i]!.length + 1;
  return offset;
}
