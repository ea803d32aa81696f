import { mayHaveCommentThread, trailerStartAmong } from './furniture.js';

/**
 * The offset where a pasted article's own text ends: before a trailing comment thread ("Discussion about this
 * post") and the sign-up and share lines before it; text.length when there is none. Lines are split on \n, so
 * Windows line ends and any other character never move an offset.
 */
export function articleEnd(text: string): number {
  const starts = lineStarts(text);
  const count = starts.length;
  const lineAt = (i: number): string => text.slice(starts[i]!, i + 1 < count ? starts[i + 1]! - 1 : text.length);
  const cut = trailerStartAmong(count, lineAt, mayHaveCommentThread(text));
  return cut >= count ? text.length : starts[cut]!;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
