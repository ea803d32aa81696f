const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

/**
 * Escapes text for HTML content or a quoted attribute. A carriage return becomes a character reference,
 * which the HTML parser keeps, so the page's text stays the text the offsets index.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

/** JSON that is safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
