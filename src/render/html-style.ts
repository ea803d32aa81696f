/** The page's stylesheet: system fonts only, nothing loaded from outside. */
export const PAGE_CSS = `
:root {
  --person: #1d4ed8; --person-bg: rgba(59, 130, 246, .14);
  --org: #7e22ce; --org-bg: rgba(168, 85, 247, .14);
  --place: #15803d; --place-bg: rgba(34, 197, 94, .16);
  --group: #0e7490; --group-bg: rgba(6, 182, 212, .16);
  --other: #57534e; --other-bg: rgba(120, 113, 108, .16);
  --number: #c2410c; --number-bg: rgba(249, 115, 22, .18);
  --quote-bg: #fdf2c4; --quote: #a16207;
  --ink: #1c1917; --muted: #57534e; --rule: #e7e5e4; --paper: #fffefb;
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.bar { position: sticky; top: 0; z-index: 3; background: var(--paper); border-bottom: 1px solid var(--rule); padding: .5rem 1.25rem; display: flex; flex-wrap: wrap; gap: .35rem 1rem; align-items: center; }
header.bar .brand { font-weight: 700; letter-spacing: .02em; margin-right: .5rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem; margin: 0; padding: 0; list-style: none; }
.legend label { display: inline-flex; align-items: center; gap: .3rem; border: 1px solid var(--rule); border-radius: 999px; padding: .1rem .6rem .1rem .35rem; cursor: pointer; user-select: none; font-size: 13px; }
.legend input { margin: 0; }
.legend .count { color: var(--muted); }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 3px; }
main.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 30rem); gap: 2rem; padding: 1.25rem; max-width: 86rem; margin: 0 auto; }
@media (max-width: 900px) { main.layout { grid-template-columns: minmax(0, 1fr); } }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 18px/1.65 Georgia, "Times New Roman", serif; max-width: 42rem; margin: 0; }
.article .headline { display: inline-block; font: 700 1.55em/1.25 Georgia, "Times New Roman", serif; }
.article .dateline { font-weight: 700; letter-spacing: .03em; }
mark.hl { color: inherit; background: transparent; border-radius: 2px; cursor: pointer; }
mark.hl:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
.k-quote { background: var(--quote-bg) !important; box-shadow: inset 0 -1px 0 var(--quote); }
.k-person, .k-org, .k-place, .k-group, .k-other, .k-number { border-bottom: 2px solid; }
.k-person { background: var(--person-bg) !important; border-color: var(--person); }
.k-org { background: var(--org-bg) !important; border-color: var(--org); }
.k-place { background: var(--place-bg) !important; border-color: var(--place); }
.k-group { background: var(--group-bg) !important; border-color: var(--group); }
.k-other { background: var(--other-bg) !important; border-color: var(--other); }
.k-number { background: var(--number-bg) !important; border-color: var(--number); font-weight: 600; }
mark.reference { border-bottom-style: dashed; }
.sw-person { background: var(--person); } .sw-org { background: var(--org); } .sw-place { background: var(--place); }
.sw-group { background: var(--group); } .sw-other { background: var(--other); } .sw-number { background: var(--number); }
.sw-quote { background: var(--quote-bg); box-shadow: inset 0 0 0 1px var(--quote); }
body.hide-person .k-person, body.hide-org .k-org, body.hide-place .k-place, body.hide-group .k-group, body.hide-other .k-other,
body.hide-number .k-number, body.hide-quote .k-quote { background: transparent !important; border-bottom-color: transparent; box-shadow: none; font-weight: inherit; }
.active { outline: 2px solid var(--ink); outline-offset: 1px; }
span.speaker.active { outline: 2px dashed var(--quote); }
span.cue.active, span.counts.active { text-decoration: underline wavy var(--number); text-underline-offset: 3px; outline: none; }
.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { box-shadow: 0 0 0 4px rgba(234, 179, 8, .9); } to { box-shadow: 0 0 0 4px rgba(234, 179, 8, 0); } }
aside.digest { font-size: 14px; border-left: 1px solid var(--rule); padding-left: 1.25rem; }
@media (min-width: 901px) { aside.digest { position: sticky; top: 3.25rem; max-height: calc(100vh - 4rem); overflow: auto; } }
aside.digest h2 { font-size: 15px; margin: 1.2rem 0 .4rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
aside.digest h3 { font-size: 14px; margin: .8rem 0 .2rem; }
aside.digest ul { margin: 0; padding-left: 1.1rem; }
aside.digest li { margin: .15rem 0; }
aside.digest .summary { font-weight: 600; margin-top: 0; }
aside.digest .note, aside.digest .roles { color: var(--muted); margin: .2rem 0; }
aside.digest .page { margin: .2rem 0; overflow-wrap: anywhere; }
aside.digest a { color: inherit; text-decoration-color: #a8a29e; }
aside.digest table { border-collapse: collapse; width: 100%; font-size: 13px; }
aside.digest th, aside.digest td { text-align: left; border-bottom: 1px solid var(--rule); padding: .2rem .35rem .2rem 0; vertical-align: top; }
#details { position: absolute; z-index: 5; max-width: 24rem; background: #fff; border: 1px solid #d6d3d1; border-radius: 6px; box-shadow: 0 6px 24px rgba(0, 0, 0, .14); padding: .55rem .75rem; font-size: 13px; line-height: 1.4; }
#details[hidden] { display: none; }
#details .item + .item { border-top: 1px solid var(--rule); margin-top: .45rem; padding-top: .45rem; }
#details .kind { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
#details .title { font-weight: 600; margin: .1rem 0 .25rem; }
#details dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: 0; }
#details dt { color: var(--muted); }
#details dd { margin: 0; }
#details .pin { float: right; font-size: 11px; color: var(--muted); }
footer.foot { color: var(--muted); font-size: 12px; padding: 0 1.25rem 1.25rem; max-width: 86rem; margin: 0 auto; }
`;
