import type { Doc, Region } from '../doc/document.js';

/**
 * Lines that are page furniture, not news: share and comment prompts, advertisement labels, newsletter and
 * follow prompts, navigation. Names inside them ("Share on Facebook") are not entities of the article.
 */
const FURNITURE =
  /^(?:advertisement|advertising|sponsored(?: content)?|discussion about this post|comments?|\d+ comments?|share(?: this)?(?: article| story| post| page)?(?: on [\w ]+)?|share via.*|read more.*|related(?: articles| stories| content| coverage)?|more from .*|recommended.*|sign up.*|subscribe.*|click here.*|follow us.*|skip to .*|back to top|image caption.*|media caption.*|(?:photo|image|picture)(?: credit)?:.*|copyright.*|©.*|all rights reserved.*|print|email|listen to (?:this )?article.*|sign in|log in|continue reading.*|newsletter.*|you may also like.*|most read|trending|tags?:.*|(?:facebook|twitter|whatsapp|linkedin|reddit|email|pinterest)(?:[\s,|/]+(?:facebook|twitter|whatsapp|linkedin|reddit|email|pinterest))*)$/i;

/** A photo credit inside a paragraph: "(Jane Doe / Harbour Gazette File Photo)", "(Photo: Reuters)". */
const CREDIT = /\(\s*(?:(?:photo|photograph|image|picture)s?(?: credit)?\s*:[^()\n]{1,80}|[^()\n]{1,80}\b(?:photo|photograph|images?|pictures?)\s*)\)/gi;

/** Regions that are page furniture: whole lines, and photo credits within lines. */
export function furnitureLines(doc: Doc): Region[] {
  const out = doc.paragraphs.filter((p) => p.end - p.start <= 120 && FURNITURE.test(doc.text.slice(p.start, p.end).replace(/[.:!]+$/, '').trim()));
  // most texts hold no bracket, and a search for one costs far less than CREDIT's scan
  if (doc.text.includes('(')) for (const m of doc.text.matchAll(CREDIT)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
