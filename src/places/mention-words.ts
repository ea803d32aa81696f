import type { Doc } from '../doc/document.js';
import { firstStartingAt, tokenAtOrAfter } from '../doc/lookup.js';
import type { MentionWords } from './article-region.js';
import { isCommonNoun } from './context.js';

/** The words around a mention, read off the document's tokens. */
export function mentionWords(doc: Doc): MentionWords {
  const toks = doc.tokens;
  return {
    sentence: (offset) => doc.sentences[toks[tokenAtOrAfter(doc, offset)]?.sentence ?? -1] ?? { start: offset, end: offset + 1 },
    paragraph: (offset) => doc.paragraphs[firstStartingAt(doc.paragraphs, offset + 1) - 1] ?? { start: offset, end: offset + 1 },
    before: (m, k) => toks[tokenAtOrAfter(doc, m.start) - k]?.lower ?? '',
    after: (m, k) => toks[tokenAtOrAfter(doc, m.end) + k - 1]?.lower ?? '',
    words: (m) => {
      const out: string[] = [];
      for (let k = tokenAtOrAfter(doc, m.start); k < toks.length && toks[k]!.end <= m.end; k++) out.push(withoutPeriods(toks[k]!.lower));
      return out;
    },
    modifies: (m) => {
      const next = toks[tokenAtOrAfter(doc, m.end)];
      return next !== undefined && isCommonNoun(next) && /^\s*$/.test(doc.text.slice(m.end, next.start));
    },
  };
}

const withoutPeriods = (word: string): string => (word.includes('.') ? word.replace(/\./g, '') : word);
