/** Elements whose content the HTML tokenizer reads as text up to their end tag, not as markup. */
const RAW_CONTENT = ['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea'];
/** Where each one's content ends: its end tag's name followed by white space, "/" or ">", in any case. */
const CLOSING = new Map(RAW_CONTENT.map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]));
/** A script whose content holds "<!--" and then "<script" may not end at its first "</script" (double escaping). */
const SCRIPT_START = /<script[\t\n\f\r />]/i;

/**
 * The page with the content of its scripts and style sheets taken out: half of a news page's characters, which
 * the HTML parser would read one by one and lede never reads (the JSON-LD scripts, read for the page's metadata,
 * are kept). The scan follows the HTML tokenizer through tags and their attributes, comments, and the elements
 * whose content is text, so that "<script" in a comment, an attribute value or a <textarea> is never taken for a
 * script; where it cannot be sure where a script ends, it takes nothing more out.
 */
export function withoutScriptBodies(html: string): string {
  const kept: string[] = [];
  let copied = 0;
  let end = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', end)) {
    if (!isAsciiLetter(html.charCodeAt(at + 1))) {
      end = otherMarkupEnd(html, at);
      if (end < 0) break;
      continue;
    }
    const tag = scanTag(html, at + 1);
    const closing = CLOSING.get(tag.name);
    if (tag.end < 0 || tag.name === 'plaintext') break;
    end = tag.end;
    if (!closing) continue;
    closing.lastIndex = tag.end;
    end = closing.exec(html)?.index ?? -1;
    if (end < 0 || (tag.name === 'script' && mayBeDoubleEscaped(html, tag.end, end))) break;
    if (tag.name === 'style' || (tag.name === 'script' && tag.type?.trim().toLowerCase() !== 'application/ld+json')) {
      kept.push(html.slice(copied, tag.end));
      copied = end;
    }
  }
  if (copied === 0) return html;
  kept.push(html.slice(copied));
  return kept.join('');
}

/** The index after a comment, a doctype, an end tag or a lone "<" (in text) at `at`, or -1 where the page ends in it. */
function otherMarkupEnd(html: string, at: number): number {
  const next = html.charCodeAt(at + 1);
  if (next === 0x21) {
    if (html.startsWith('<!--', at)) return commentEnd(html, at + 4);
    return html.startsWith('<![CDATA[', at) ? after(html, ']]>', at + 9) : after(html, '>', at + 2);
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
  /** its type attribute, where it has one */
  type: string | null;
}

/** Reads a start or end tag from its name (at `from`) to its ">", attribute by attribute as the tokenizer does. */
function scanTag(html: string, from: number): Tag {
  let i = from;
  while (i < html.length && !endsName(html.charCodeAt(i))) i++;
  const tag: Tag = { name: html.slice(from, i).toLowerCase(), end: -1, type: null };
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) {
      tag.end = i + 1;
      return tag;
    }
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
