/** The desk page's stylesheet: system fonts, nothing loaded from outside. */
export const DESK_CSS = `
:root { --ink: #1c1917; --muted: #57534e; --rule: #e7e5e4; --paper: #fffefb; --accent: #1d4ed8; --bad: #b91c1c; }
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; display: flex; flex-direction: column; background: var(--paper); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top { display: flex; align-items: baseline; gap: 1rem; padding: .5rem 1.25rem; border-bottom: 1px solid var(--rule); }
header.top .brand { font-weight: 700; letter-spacing: .02em; }
header.top .tag { color: var(--muted); font-size: 13px; }
.auth { margin: 0; padding: .5rem 1.25rem; background: #fef3c7; border-bottom: 1px solid #fcd34d; font-size: 14px; }
.auth input { font: inherit; padding: .15rem .4rem; margin: 0 .4rem; width: 18rem; max-width: 60vw; }
.paste { padding: .75rem 1.25rem; border-bottom: 1px solid var(--rule); }
.paste textarea { display: block; width: 100%; height: 7.5rem; resize: vertical; font: 15px/1.45 Georgia, "Times New Roman", serif; padding: .5rem .65rem; border: 1px solid #d6d3d1; border-radius: 6px; background: #fff; color: inherit; }
.paste textarea:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; margin-top: .5rem; }
.actions button { font: inherit; font-size: 14px; padding: .3rem .8rem; border: 1px solid #d6d3d1; border-radius: 6px; background: #fff; color: inherit; cursor: pointer; }
.actions button.primary { background: var(--ink); color: #fff; border-color: var(--ink); }
.actions button:disabled { opacity: .45; cursor: default; }
.actions label { font-size: 14px; color: var(--muted); display: inline-flex; gap: .3rem; align-items: center; }
#status { font-size: 14px; color: var(--muted); }
#status.bad { color: var(--bad); }
.hint { color: var(--muted); font-size: 13px; margin-left: auto; }
iframe#result { flex: 1; width: 100%; min-height: 24rem; border: 0; background: var(--paper); }
iframe#result[hidden] { display: none; }
.empty[hidden] { display: none; }
.empty { flex: 1; display: flex; align-items: center; justify-content: center; color: var(--muted); padding: 2rem; text-align: center; }
`;
