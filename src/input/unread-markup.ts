/** Elements whose content the HTML tokenizer reads as text up to their end tag, not as markup. */
const RAW_CONTENT = ['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea'];
/** Where each one's content ends: its end tag's name followed by white space, "/" or ">", in any case. */
const CLOSING = new Map(RAW_CONTENT.map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]));
/** A script whose content holds "<!--" and then "<script" may not end at its first "</script" (double escaping). */
const SCRIPT_START = /<script[\t\n\f\r />]/i;

/**
 * In a <select> the parser ignores most start tags, <style> and <title> among them (their content is then not
 * text), and reads scripts as anywhere else; these start tags end the <select> (a <template> in it starts
 * another, which the scan does not follow).
 */
const LEAVE_SELECT = new Set(['select', 'input', 'keygen', 'textarea']);

/**
 * Start tags that end a drawing: in an <svg> or <math>, the HTML parser closes the drawing at these and reads
 * them as the page's own elements (the HTML standard's rules for foreign content; <font> is one with some
 * attributes).
 */
const LEAVES_DRAWING = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'font', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby',
  's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);

/**
 * The page without the markup lede never reads, taken out before the HTML parser reads it character by character:
 * the content of its scripts (JSON-LD, read for the page's metadata, is kept), style sheets and drawings (<svg>,
 * <math>), half of a news page's characters. The scan follows the HTML tokenizer through tags and their
 * attributes, comments and the elements whose content is text, so that "<script" in a comment, an attribute
 * value or a <textarea> is never taken for a script; a drawing is emptied only when all it holds is tags that
 * nest inside it. Where the scan cannot be sure where a script or a drawing ends, it takes nothing more out;
 * after <plaintext> all is text; a page with a <frameset> (which a drawing's text may keep the parser from
 * taking) is left whole.
 */
export function withoutUnreadMarkup(html: string): string {
  const kept: string[] = [];
  let copied = 0;
  const takeOut = (from: number, to: number): void => {
    kept.push(html.slice(copied, from));
    copied = to;
  };
  let end = 0;
  let inSelect = false;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', end)) {
    if (!isAsciiLetter(html.charCodeAt(at + 1))) {
      if (inSelect && html.charCodeAt(at + 1) === 0x2f && isAsciiLetter(html.charCodeAt(at + 2))) inSelect = scanTag(html, at + 2).name !== 'select';
      end = otherMarkupEnd(html, at);
      if (end < 0) break;
      continue;
    }
    const tag = scanTag(html, at + 1);
    if (tag.name === 'frameset') return html;
    if (tag.end < 0 || tag.name === 'plaintext') break;
    end = tag.end;
    if (inSelect) {
      if (tag.name === 'template') break;
      if (!LEAVE_SELECT.has(tag.name) && tag.name !== 'script') continue;
      inSelect = tag.name === 'script';
    } else if (tag.name === 'select') {
      inSelect = true;
      continue;
    } else if ((tag.name === 'svg' || tag.name === 'math') && !tag.selfClosing) {
      end = foreignEnd(html, tag.end, tag.name);
      if (end < 0) break;
      takeOut(tag.end, end);
      continue;
    }
    const closing = CLOSING.get(tag.name);
    if (!closing) continue;
    closing.lastIndex = tag.end;
    end = closing.exec(html)?.index ?? -1;
    if (end < 0 || (tag.name === 'script' && mayBeDoubleEscaped(html, tag.end, end))) break;
    if (tag.name === 'style' || (tag.name === 'script' && tag.type?.trim().toLowerCase() !== 'application/ld+json')) takeOut(tag.end, end);
  }
  if (copied === 0) return html;
  kept.push(html.slice(copied));
  return kept.join('');
}

/**
 * From the end of an <svg> or <math> start tag: the index of the end tag that closes it when everything before
 * is comments, text and tags that nest (each end tag closing the last open one), none that ends a drawing and
 * none that would hold raw text; else -1: the parser alone can tell where the drawing ends, and what follows
 * may still be inside it, where <style> and <script> hold markup.
 */
function foreignEnd(html: string, from: number, name: string): number {
  const open: string[] = [];
  let end = from;
  for (let at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', end)) {
    const closes = html.charCodeAt(at + 1) === 0x2f;
    if (!isAsciiLetter(html.charCodeAt(at + (closes ? 2 : 1)))) {
      end = otherMarkupEnd(html, at, true);
      if (end < 0) return -1;
      continue;
    }
    const tag = scanTag(html, at + (closes ? 2 : 1));
    if (tag.end < 0) return -1;
    if (closes) {
      if (open.length === 0) return tag.name === name ? at : -1;
      if (open.pop() !== tag.name) return -1;
    } else if (LEAVES_DRAWING.has(tag.name) || (tag.selfClosing && (CLOSING.has(tag.name) || tag.name === 'plaintext'))) return -1;
    else if (!tag.selfClosing) open.push(tag.name);
    end = tag.end;
  }
  return -1;
}

/**
 * The index after a comment, a doctype, an end tag or a lone "<" (in text) at `at`, or -1 where the page ends in
 * it. "<![CDATA[" opens a section up to "]]>" in a drawing, and is a comment up to ">" elsewhere.
 */
function otherMarkupEnd(html: string, at: number, inDrawing = false): number {
  const next = html.charCodeAt(at + 1);
  if (next === 0x21) {
    if (html.startsWith('<!--', at)) return commentEnd(html, at + 4);
    return inDrawing && html.startsWith('<![CDATA[', at) ? after(html, ']]>', at + 9) : after(html, '>', at + 2);
  }
  if (next === 0x3f) return after(html, '>', at + 2);
  if (next === 0x2f) return isAsciiLetter(html.charCodeAt(at + 2)) ? scanTag(html, at + 2).end : after(html, '>', at + 2);
  return at + 1;
}

/** In a script's content, "<!--" then "<script" may make it run past its first "</script" (double escaping). */
function mayBeDoubleEscaped(html: string, from: number, close: number): boolean {
  const escape = html.indexOf('<!--', from);
  return escape >= 0 && escape < close && SCRIPT_START.test(html.slice(escape, close));
}

interface Tag {
  /** the tag's name in lower case */
  name: string;
  /** the index after its ">", or -1 when the page ends inside it */
  end: number;
  /** whether it ends in "/>" */
  selfClosing: boolean;
  /** its type attribute, where it has one */
  type: string | null;
}

/** Reads a start or end tag from its name (at `from`) to its ">", attribute by attribute as the tokenizer does. */
function scanTag(html: string, from: number): Tag {
  let i = from;
  while (i < html.length && !endsName(html.charCodeAt(i))) i++;
  const tag: Tag = { name: html.slice(from, i).toLowerCase(), end: -1, selfClosing: false, type: null };
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) {
      tag.end = i + 1;
      return tag;
    }
    tag.selfClosing = c === 0x2f;
    if (isSpace(c) || c === 0x2f) {
      i++;
      continue;
    }
    const nameStart = i++;
    while (i < html.length && !endsName(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3d) i++;
    const isType = i - nameStart === 4 && html.slice(nameStart, i).toLowerCase() === 'type';
    let j = skipSpaces(html, i);
    if (html.charCodeAt(j) !== 0x3d) {
      i = j;
      continue;
    }
    j = skipSpaces(html, j + 1);
    const quote = html.charCodeAt(j);
    let valueEnd: number;
    if (quote === 0x22 || quote === 0x27) {
      valueEnd = html.indexOf(html[j]!, j + 1);
      if (valueEnd < 0) return tag;
      j++;
      i = valueEnd + 1;
    } else {
      valueEnd = j;
      while (valueEnd < html.length && !isSpace(html.charCodeAt(valueEnd)) && html.charCodeAt(valueEnd) !== 0x3e) valueEnd++;
      i = valueEnd;
    }
    if (isType && tag.type === null) tag.type = html.slice(j, valueEnd);
  }
  return tag;
}

/** After "<!--": the index after "-->" or "--!>" ("<!-->" and "<!--->" are whole comments), or -1. */
function commentEnd(html: string, from: number): number {
  if (html.charCodeAt(from) === 0x3e) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  for (let i = html.indexOf('--', from); i >= 0; i = html.indexOf('--', i + 1)) {
    if (html.charCodeAt(i + 2) === 0x3e) return i + 3;
    if (html.startsWith('!>', i + 2)) return i + 4;
  }
  return -1;
}

/** The index after the first `s` at or after `from`, or -1. */
function after(html: string, s: string, from: number): number {
  const i = html.indexOf(s, from);
  return i < 0 ? -1 : i + s.length;
}

function skipSpaces(html: string, from: number): number {
  let i = from;
  while (i < html.length && isSpace(html.charCodeAt(i))) i++;
  return i;
}

/** The tokenizer's white space: tab, line feed, form feed, carriage return, space. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function endsName(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
