import { describe, expect, it } from 'vitest';
import { LedeError } from '../src/errors.js';
import { marksOf, segmentsOf, type Mark } from '../src/render/highlights.js';
import { articleHtml } from '../src/render/html-article.js';
import { renderHtml } from '../src/render/html.js';
import { sampleExtraction, SAMPLE_TEXT } from './helpers/sample-extraction.js';

/** The text a browser would show: tags removed, character references decoded. */
function textContent(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#13;/g, '\r')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const mark = (start: number, end: number, kind: Mark['kind'], ref: string): Mark => ({ start, end, kind, ref });

describe('articleHtml', () => {
  it('nests marks that nest and keeps the text byte for byte', () => {
    const text = '"Jane Smith & co <3" said\r\nX';
    const html = articleHtml(text, [mark(0, 20, 'quote', 'q'), mark(1, 11, 'person', 'p')]);
    expect(textContent(html)).toBe(text);
    expect(html).toMatch(/^<mark class="hl k-quote" id="at-q" data-ref="q" data-start="0" data-end="20" tabindex="0">&quot;<mark class="hl k-person"/);
    expect(html).toContain('Jane Smith</mark> &amp; co &lt;3&quot;</mark>');
    expect(html).toContain('said&#13;\nX');
  });

  it('cuts a mark that overlaps another without nesting into pieces with the same ref', () => {
    const text = 'aaa bbb ccc';
    const html = articleHtml(text, [mark(0, 7, 'org', 'o'), mark(4, 11, 'number', 'n')]);
    expect(textContent(html)).toBe(text);
    const pieces = [...html.matchAll(/data-ref="n"[^>]*>([^<]*)/g)].map((m) => m[1]);
    expect(pieces).toEqual(['bbb', ' ccc']);
    expect(html.match(/id="at-n"/g)).toHaveLength(1);
  });

  it('handles marks that share a span, start together or touch', () => {
    const text = 'Ankara said';
    const marks = [mark(0, 6, 'place', 'a'), mark(0, 6, 'speaker', 'q'), mark(0, 11, 'quote', 'q'), mark(6, 11, 'cue', 'q')];
    marks.sort((x, y) => x.start - y.start || y.end - x.end);
    const html = articleHtml(text, marks);
    expect(textContent(html)).toBe(text);
    expect(segmentsOf(text.length, marks).map((s) => s.marks.length)).toEqual([3, 2]);
  });
});

describe('marksOf', () => {
  const marks = marksOf(sampleExtraction());

  it('orders marks by start, longest first, so outer ones open first', () => {
    for (let i = 1; i < marks.length; i++) {
      const [a, b] = [marks[i - 1]!, marks[i]!];
      expect(a.start < b.start || (a.start === b.start && a.end >= b.end)).toBe(true);
    }
  });

  it('marks each piece of a split quote, pronoun mentions as references, and place mentions once', () => {
    expect(marks.filter((m) => m.ref === 'q:2' && m.kind === 'quote')).toHaveLength(2);
    expect(marks.find((m) => SAMPLE_TEXT.slice(m.start, m.end) === 'she' && m.kind === 'person')?.reference).toBe(true);
    expect(marks.filter((m) => m.kind === 'place' && SAMPLE_TEXT.slice(m.start, m.end) === 'BRISTOL')).toEqual([
      expect.objectContaining({ ref: 'place:bristol' }),
    ]);
  });
});

describe('renderHtml', () => {
  const page = renderHtml(sampleExtraction());

  it('is one self-contained page: no external scripts, styles, fonts or images, and a policy that forbids them', () => {
    expect(page).not.toMatch(/<link\b|\bsrc=|@import|url\(/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'`);
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('https://www.openstreetmap.org/'))).toEqual([]);
  });

  it('has the legend, the article text exactly, the digest and the details', () => {
    expect(page).toContain('<ul class="legend"');
    for (const kind of ['people', 'organisations', 'places', 'nationalities and groups', 'quotes', 'figures']) expect(page).toContain(`${kind} <span class="count">`);
    const article = /<article class="article" lang="en">([\s\S]*?)<\/article>/.exec(page)![1]!;
    expect(textContent(article)).toBe(SAMPLE_TEXT);
    expect(page).toContain('<h2 id="check-these">Check these</h2>');
    const details = JSON.parse(/<script type="application\/json" id="lede-details">(.*?)<\/script>/.exec(page)![1]!);
    expect(details['place:bristol'].links[0][1]).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    expect(details['q:2'].facts).toContainEqual(['found', 'speaker found through the pronoun “she”']);
    expect(details['n:5'].facts).toContainEqual(['claimed by', 'A source close to the council']);
  });

  it('cannot be broken out of by the article text', () => {
    const x = sampleExtraction();
    const evil = 'A </script><script>alert(1)</script> <b>bold</b>';
    x.text = evil;
    x.input.length = evil.length;
    Object.assign(x, { headline: null, dateline: null, entities: [], quotes: [], numbers: [], locations: [], diagnostics: [] });
    x.entities = [{ id: 'misc:x', type: 'MISC', name: '</script><img src=x>', roles: [], mentions: [{ start: 0, end: 1, text: 'A', kind: 'name' }] }];
    const out = renderHtml(x);
    expect(out.match(/<script\b/g)).toHaveLength(2);
    expect(out).not.toContain('<b>bold</b>');
    expect(out).not.toContain('<img');
  });

  it('shows what a web page says about the article beside the digest, linking its address only when it is a web address', () => {
    const x = sampleExtraction();
    x.input.format = 'html';
    x.page = { headline: 'Bridge <approved>', byline: ['Ana Costa'], published: '2025-03-03', url: 'https://wire.example/bridge?a=1&b=2', site: 'The Wire' };
    expect(renderHtml(x)).toContain(
      '<p class="page"><b>Page:</b> “Bridge &lt;approved&gt;” · by Ana Costa · published 2025-03-03 · The Wire · <a href="https://wire.example/bridge?a=1&amp;b=2" rel="noreferrer">https://wire.example/bridge?a=1&amp;b=2</a></p>',
    );
    x.page = { ...x.page, url: 'javascript:alert(1)' };
    expect(renderHtml(x)).not.toContain('href="javascript:');
  });

  it('needs the text and says so', () => {
    const x = sampleExtraction();
    delete x.text;
    expect(() => renderHtml(x)).toThrow(LedeError);
  });
});
