import { HIGHLIGHT_KINDS, nestMarks, type Mark } from './highlights.js';
import { escapeHtml } from './html-escape.js';

const HIGHLIGHTS = new Set<string>(HIGHLIGHT_KINDS);

/**
 * The article text with its marks as nested elements. Overlapping marks that do not nest come out in pieces,
 * each carrying its item's ref, start and end, so the text inside the container is exactly the input text.
 */
export function articleHtml(text: string, marks: readonly Mark[]): string {
  const anchored = new Set<string>();
  return nestMarks(text, marks, {
    open: (m) => openTag(m, anchored),
    close: (m) => (HIGHLIGHTS.has(m.kind) ? '</mark>' : '</span>'),
    text: escapeHtml,
  });
}

function openTag(m: Mark, anchored: Set<string>): string {
  const data = `data-ref="${escapeHtml(m.ref)}" data-start="${m.start}" data-end="${m.end}"`;
  if (!HIGHLIGHTS.has(m.kind)) return `<span class="${m.kind}" ${data}>`;
  const id = anchored.has(m.ref) ? '' : ` id="${escapeHtml(`at-${m.ref}`)}"`;
  anchored.add(m.ref);
  return `<mark class="hl k-${m.kind}${m.reference ? ' reference' : ''}"${id} ${data} tabindex="0">`;
}
