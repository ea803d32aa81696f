import type { Doc, Region } from './document.js';

/** "ANKARA (Reuters) —", "WASHINGTON, March 3 (AP) -", "LONDON —": a place in capitals opening a paragraph. */
const DATELINE = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)(?:,[^\n(—–]{1,40})?\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-)\s/;

export interface Layout {
  headline: Region | null;
  dateline: Region | null;
  /** the place named by the dateline */
  datelinePlace: Region | null;
}

export function findLayout(doc: Doc): Layout {
  const paragraphs = doc.paragraphs;
  const first = paragraphs[0];
  let headline: Region | null = null;
  if (first && paragraphs.length > 1) {
    const line = doc.text.slice(first.start, first.end);
    const words = line.split(/\s+/).length;
    if (words <= 25 && !/[.!?:"”]$/.test(line) && !DATELINE.test(line)) headline = first;
  }
  for (const p of paragraphs.slice(0, 6)) {
    const m = DATELINE.exec(doc.text.slice(p.start, p.end));
    if (m) {
      const dashEnd = p.start + m[0].trimEnd().length;
      return { headline, dateline: { start: p.start, end: dashEnd }, datelinePlace: { start: p.start, end: p.start + m[1]!.length } };
    }
  }
  return { headline, dateline: null, datelinePlace: null };
}
