import type { ServerResponse } from 'node:http';
import { escapeHtml as h } from '../render/html-escape.js';
import { LEDE_VERSION } from '../version.js';
import { DESK_SCRIPT } from './page-script.js';
import { DESK_CSS } from './page-style.js';

/**
 * The page's policy: its own inline style and script, requests to this server only, and frames only from
 * srcdoc (the highlight page, which inherits this policy and adds its own). Nothing else is ever fetched.
 */
export const DESK_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The desk page `GET /` serves: a paste box, and below it the highlight page of what was pasted (article and
 * digest side by side) in a sandboxed frame. `listen` is shown when the server needs a token.
 */
export function deskPage(needsToken: boolean, listen: string): string {
  const auth = needsToken
    ? `<p class="auth">This lede listens on <b>${h(listen)}</b>, beyond this computer, so every request needs its token (<code>--token</code>).
<label>Token <input id="token" type="password" autocomplete="off" spellcheck="false"></label>The page sends it with each request and keeps it nowhere.</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lede ${h(LEDE_VERSION)}">
<title>lede · paste an article</title>
<style>${DESK_CSS}</style>
</head>
<body>
<header class="top"><span class="brand">lede</span><span class="tag">people, quotes and who said them, figures and places, with their offsets · nothing leaves this server</span></header>
${auth}
<section class="paste">
<textarea id="paste" aria-label="The article" placeholder="Paste an article here (plain text, or a selection of a web page): a paste replaces what is in the box and is read at once. Or type, then Extract (Ctrl+Enter)."></textarea>
<div class="actions">
<button id="run" class="primary" type="button">Extract</button>
<button id="copy-md" type="button" disabled>Copy digest as Markdown</button>
<button id="download-json" type="button" disabled>Download JSON</button>
<label title="each item's why: the rule that found it and the words it rests on, shown among its details"><input id="explain" type="checkbox" checked> explanations</label>
<span id="status" role="status" aria-live="polite"></span>
<span class="hint">Point at a highlight for its details; click to pin them.</span>
</div>
</section>
<div id="empty" class="empty">The article, highlighted, and its digest will appear here.</div>
<iframe id="result" title="The article highlighted, with its digest" sandbox="allow-scripts" hidden></iframe>
<script>${DESK_SCRIPT}</script>
</body>
</html>
`;
}

export function sendPage(res: ServerResponse, page: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': DESK_POLICY,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(page);
}
