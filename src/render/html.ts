import type { Extraction } from '../schema.js';
import { buildDigest } from './digest.js';
import { HIGHLIGHT_KINDS, HIGHLIGHT_LABELS, marksOf, type HighlightKind } from './highlights.js';
import { articleHtml } from './html-article.js';
import { detailsOf } from './html-details.js';
import { digestHtml } from './html-digest.js';
import { escapeHtml as h, scriptJson } from './html-escape.js';
import { PAGE_SCRIPT } from './html-script.js';
import { PAGE_CSS } from './html-style.js';
import { textOf } from './text-of.js';

/** Nothing may be fetched: styles and the script are inline, and the policy forbids any other source. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML page: the article with entities, quotes, figures and places highlighted, a legend
 * that toggles each kind, details on hover or click, and the digest beside the text. Needs the extraction's `text`.
 */
export function renderHtml(x: Extraction): string {
  const text = textOf(x, 'html');
  const marks = marksOf(x);
  const digest = buildDigest(x);
  const counts = new Map<HighlightKind, Set<string>>(HIGHLIGHT_KINDS.map((k) => [k, new Set()]));
  for (const m of marks) counts.get(m.kind as HighlightKind)?.add(m.ref);
  const legend = HIGHLIGHT_KINDS.filter((k) => counts.get(k)!.size > 0)
    .map(
      (k) =>
        `<li><label><input type="checkbox" value="${k}" checked><span class="swatch sw-${k}"></span>${h(HIGHLIGHT_LABELS[k])} <span class="count">${counts.get(k)!.size}</span></label></li>`,
    )
    .join('');
  const title = digest.title ?? 'Article';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lede ${h(x.meta.lede)}">
<title>${h(title)} · lede</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="bar"><span class="brand">lede</span><ul class="legend" aria-label="Legend: show or hide each kind of highlight">${legend}</ul></header>
<main class="layout">
<article class="article" lang="en">${articleHtml(text, marks)}</article>
<aside class="digest" aria-label="Digest">
${digestHtml(digest)}
</aside>
</main>
<footer class="foot">${h(`lede ${x.meta.lede} · schema ${x.schemaVersion} · ${x.input.format === 'html' ? 'text taken from an HTML page' : 'plain text'} · ${x.input.length} characters`)}. Point at a highlight for details; click to pin them.</footer>
<div id="details" role="tooltip" hidden></div>
<script type="application/json" id="lede-details">${scriptJson(detailsOf(x))}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
