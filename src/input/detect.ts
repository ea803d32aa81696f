export type InputFormat = 'text' | 'html';

/**
 * How much longer than --max-chars a web page may be: its markup (scripts, styles, navigation) is commonly 5 to 20
 * times its article's text, and the limit is meant for the text.
 */
export const HTML_MARKUP_FACTOR = 8;

const HTML_EXTENSION = /\.(?:html?|xhtml)(?:\.gz)?$/i;
/**
 * A document that opens with markup: a doctype, an <html>/<head>/<body>, or a block element of a pasted fragment,
 * after any comments (one lazy stretch from the first "<!--" spans a run of them).
 */
const HTML_START =
  /^\s*(?:Version:\d[.\d]*\r?\n(?:[A-Za-z]+:-?\d+\r?\n)*)?(?:<!--[\s\S]*?-->\s*)?(?:<!doctype\s+html|<\?xml[^>]*>\s*<!doctype\s+html|<(?:html|head|body|meta|title|base|link|style|script|article|main|section|div|header|nav|p|h[1-6]|span|table|ul|ol|figure|blockquote)[\s>/])/i;
const CLOSING_TAG = /<\/[a-z][a-z0-9]*\s*>/i;

/** The input format a file's name says, or null when its name says nothing. */
export function formatFromPath(path: string): InputFormat | null {
  return HTML_EXTENSION.test(path) ? 'html' : null;
}

/** Whether a document is HTML rather than text, judged from its first characters (and a closing tag somewhere). */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096)) && CLOSING_TAG.test(text);
}

/** What a document is: as asked, else as its source says (a file's name), else as its first characters say. */
export function inputFormatOf(asked: InputFormat | 'auto', text: string, said?: InputFormat | null): InputFormat {
  return asked !== 'auto' ? asked : (said ?? (looksLikeHtml(text) ? 'html' : 'text'));
}
