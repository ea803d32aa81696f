import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { htmlToText } from '../src/input/html-to-text.js';

const BIN = new URL('../bin/lede.js', import.meta.url).pathname;

const STORY = [
  'LISBON (Wire) — Port workers in Lisbon began a three-day strike on Monday after talks with terminal operators over a new contract broke down late on Sunday, the dockers’ union said.',
  'The union says about 1,200 members have walked out, halting work at the container terminals of Alcântara and Santa Apolónia. Operators said the stoppage would delay some 40 ships.',
  '“We have waited two years for an offer that respects the work we do,” said Rita Fonseca, who leads the union’s negotiating team. “This is not the offer.”',
  'The transport ministry said it was following the talks closely and urged both sides to return to the table before the end of the week.',
];

/** A page of today's markup around the story: the article's own parts, then what `furniture` adds inside it. */
function page(furniture: string, head = ''): string {
  return `<!doctype html><html><head><title>Lisbon dockers strike | The Wire</title>${head}</head><body>
<header><a href="/">The Wire</a><nav><a href="/world">World</a><a href="/business">Business</a></nav></header>
<main><article><h1>Lisbon dockers walk out as contract talks break down</h1>
<div class="article-content">${STORY.map((p) => `<p>${p}</p>`).join('\n')}${furniture}</div></article></main>
<footer><p>© 2025 The Wire. All rights reserved.</p></footer></body></html>`;
}

const text = (furniture: string): string => htmlToText(page(furniture)).text;

describe('the article of a page, read by Readability with lede’s furniture rules on top', () => {
  it('keeps every paragraph of the story, headline first, and nothing of the page around it', () => {
    const t = text('');
    expect(t.trimEnd().split('\n\n')).toEqual(['Lisbon dockers walk out as contract talks break down', ...STORY]);
  });

  it.each([
    ['a photo caption and credit', '<figure><img src="a.jpg"><figcaption>Dockers gather at the Alcântara gate on Monday. Photo: Ana Costa/Wire</figcaption></figure>', 'Dockers gather'],
    ['a caption by class name', '<div class="image-caption">Ships wait off the coast near Lisbon on Monday morning.</div>', 'Ships wait'],
    ['a byline and a timestamp', '<div class="byline">By Joana Reis</div><div class="timestamp">Updated 10:42 a.m. ET, March 3, 2025</div>', 'Joana Reis'],
    ['a list of related links', '<h3>More from The Wire</h3><ul><li><a href="/1">Rotterdam port strike ends after pay deal</a></li><li><a href="/2">Hamburg terminal workers vote on new contract</a></li></ul>', 'Hamburg terminal'],
    ['a share bar', '<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Email</a></div>', 'Facebook'],
    ['a sign-up box', '<form class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></form>', 'morning briefing'],
    ['the reading time', '<p>Mar 3, 2025 · 4 min read</p>', 'min read'],
    ['a promotion of the publication', '<p>If you enjoyed this story, sign up for The Wire Daily: our best reporting in your inbox every morning.</p>', 'The Wire Daily'],
    ['a newsletter plug in the text', '<p>Sign up for Port Watch, a weekly newsletter on shipping and trade.</p>', 'Port Watch'],
    ['a caption after a picture, with no markup of its own', '<p><img src="gate.jpg" alt="The Alcântara gate"></p><p>The Alcântara gate on Monday</p>', 'gate on Monday'],
    ['the picture\'s alt text repeated under it', '<div><img src="ships.jpg" alt="Ships wait off the coast near Lisbon."><br><span>Ships wait off the coast near Lisbon.</span></div>', 'Ships wait'],
    ['a caption ending in its credit', '<p>Pickets at the Santa Apolónia terminal on Monday. (Photo: Ana Costa/Wire)</p>', 'Pickets at'],
    ['a date line', '<p>Published March 3, 2025 - 09:15 GMT</p>', 'Published'],
    ['a date line before a separator', '<p>Updated 03/03/2025, 9:40 a.m. |</p>', 'Updated'],
    ['the reading time beside a byline', '<p>By Ana Costa · Reading time: 3 minutes</p>', 'Reading time'],
    ['a copyright notice', '<p>© 2025 The Wire. All rights reserved. This material may not be republished.</p>', 'republished'],
    ['a list of other stories under its heading, partly linked', '<h3>More stories from The Wire</h3><ul><li>Why Lisbon matters to <a href="/a">Europe\'s trade</a></li><li>The ships that wait <a href="/b">off the coast</a></li></ul>', 'Europe'],
  ])('drops %s', (_what, furniture, words) => {
    const t = text(furniture);
    expect(t).not.toContain(words);
    expect(t).toContain(STORY[3]);
  });

  it.each([
    ['a sentence after a picture', '<p><img src="gate.jpg" alt="The gate"></p><p>Talks resume on Thursday.</p>', 'Talks resume on Thursday.'],
    ['a heading after a picture', '<p><img src="gate.jpg" alt="The gate"></p><h2>What the union wants</h2>', 'What the union wants'],
    ['a short line after an icon', '<p><img src="i.png" alt="★"> Talks resume on Thursday</p>', 'Talks resume on Thursday'],
    ['short items with no heading over them', '<ul><li>Pay rises of 8% over two years</li><li>A shorter night shift</li></ul>', 'A shorter night shift'],
  ])('keeps %s', (_what, more, words) => {
    expect(text(more)).toContain(words);
  });

  it('keeps a wrapper that a furniture word names when it holds the story ("field--label-hidden")', () => {
    const html = page('').replace('<div class="article-content">', '<div class="field field--name-body field--label-hidden">');
    expect(htmlToText(html).text).toContain(STORY[0]);
  });

  it('falls back to its own picker for a fragment too short for Readability', () => {
    expect(htmlToText('<div class="top"><p>Teaser.</p></div><div class="story-body"><p>Short story.</p><p>Second line.</p></div>').text).toContain('Second line.');
  });
});

describe('the page metadata', () => {
  const head = `<link rel="canonical" href="https://wire.example/2025/03/03/lisbon-dockers">
<meta property="og:site_name" content="The Wire"><meta property="og:title" content="Lisbon dockers strike">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Wire"},
{"@type":"NewsArticle","headline":"Lisbon dockers walk out","datePublished":"2025-03-03T09:15:00+00:00",
"author":[{"@type":"Person","name":"Joana Reis"},{"@type":"Person","name":"Tiago Lopes"}]}]}</script>`;

  it('reads schema.org JSON-LD, @graph included, and the canonical link', () => {
    expect(htmlToText(page('', head)).page).toEqual({
      headline: 'Lisbon dockers walk out',
      byline: ['Joana Reis', 'Tiago Lopes'],
      published: '2025-03-03T09:15:00+00:00',
      url: 'https://wire.example/2025/03/03/lisbon-dockers',
      site: 'The Wire',
    });
  });

  it('falls back to Open Graph and meta tags and <time>, and leaves out what is not ISO 8601 or not an address', () => {
    const meta = `<meta property="og:title" content="Lisbon dockers strike"><meta name="author" content="By Joana Reis and Tiago Lopes">
<meta property="article:published_time" content="Monday"><meta property="og:url" content="/relative/path">`;
    const html = page('', meta).replace('</h1>', '</h1><time datetime="2025-03-03">March 3</time>');
    expect(htmlToText(html).page).toEqual({ headline: 'Lisbon dockers strike', byline: ['Joana Reis', 'Tiago Lopes'], published: '2025-03-03', url: null, site: null });
  });

  it('is in the extraction of a web page, and absent for text', () => {
    expect(extract(page('', head), { inputFormat: 'html' }).page?.byline).toEqual(['Joana Reis', 'Tiago Lopes']);
    expect(extract(STORY.join('\n\n')).page).toBeUndefined();
  });
});

describe('lede extract on a saved page in its own charset', () => {
  const d = mkdtempSync(join(tmpdir(), 'lede-charsets-'));
  const [first] = STORY as [string];
  const story = `${first} The café on the quay stayed open.`;
  /** The page in Latin-1's characters alone (the story's dashes and curly quotes made plain), so every charset holds it. */
  const saved = (charset: string): string =>
    page('', `<meta charset="${charset}">`).replace(first, story).replace(/—/g, '-').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const run = (name: string, bytes: Buffer, ...flags: string[]): string => {
    writeFileSync(join(d, name), bytes);
    const r = spawnSync(process.execPath, [BIN, 'extract', join(d, name), '--include', 'text', ...flags], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout).text;
  };

  it.each([
    ['a <meta charset> of windows-1252', 'latin.html', Buffer.from(saved('windows-1252'), 'latin1')],
    ['a UTF-16 byte-order mark', 'utf16.htm', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(saved('utf-16'), 'utf16le')])],
    ['Latin-1 bytes and no charset at all', 'bare.html', Buffer.from(saved('utf-8').replace('<meta charset="utf-8">', ''), 'latin1')],
  ])('decodes %s as batch does', (_what, name, bytes) => {
    expect(run(name, bytes)).toContain('The café on the quay');
  });

  it('decodes a page by its charset when --input html says it is one, whatever its name', () => {
    expect(run('page.txt', Buffer.from(saved('iso-8859-1'), 'latin1'), '--input', 'html')).toContain('The café on the quay');
  });
});

describe('bad pages: a result or a clear error, never a crash or a hang', () => {
  const deep = `<html><body>${'<div>'.repeat(100_000)}<p>${STORY[0]}</p>${'</div>'.repeat(100_000)}</body></html>`;
  const table = `<html><body><table>${'<tr><td>Lisbon</td><td>dockers</td><td>1,200</td></tr>'.repeat(200_000)}</table></body></html>`;

  it('reads 100,000 nested divs as a browser does, deeper ones beside their parent', { timeout: 60_000 }, () => {
    expect(htmlToText(deep).text).toContain(STORY[0]);
  });

  it('reads a 10 MB table without Readability, in one pass', { timeout: 120_000 }, () => {
    expect(table.length).toBeGreaterThan(10_000_000);
    const t = htmlToText(table).text;
    expect(t.startsWith('Lisbon dockers 1,200\n')).toBe(true);
  });

  it('gives pages with no body, or no text, an empty text and a diagnostic', () => {
    for (const html of ['<html><head><title>T</title></head></html>', '<frameset><frame src="a.html"></frameset>', '<html><body><img src="a.png"></body></html>']) {
      const x = extract(html, { inputFormat: 'html' });
      expect(x.diagnostics.map((d) => d.code)).toContain('input/no-article-text');
    }
  });

  it('through lede extract: binary bytes, no text and an oversized page are one-line errors with exit 2', { timeout: 120_000 }, () => {
    const d = mkdtempSync(join(tmpdir(), 'lede-bad-pages-'));
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['binary.html', Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0xff, 0x10, 0x3c]), /binary data/],
      ['nobody.html', '<html><head><title>Only a title</title></head></html>', /no article text/],
      ['table.html', table, /the limit is --max-chars/],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(d, name), content);
      const r = spawnSync(process.execPath, [BIN, 'extract', join(d, name)], { encoding: 'utf8' });
      expect(r.status, name).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    writeFileSync(join(d, 'deep.html'), deep);
    const r = spawnSync(process.execPath, [BIN, 'extract', join(d, 'deep.html'), '--include', 'text'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).text).toContain(STORY[0]);
  });
});
