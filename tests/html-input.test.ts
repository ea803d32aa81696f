import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { articleEnd } from '../src/input/article-end.js';
import { formatFromPath, looksLikeHtml } from '../src/input/detect.js';
import { htmlToText } from '../src/input/html-to-text.js';
import { ExtractionSchema } from '../src/schema.js';
import { FIXTURES } from './helpers/fixtures.js';
import { expectSpansSliceText } from './helpers/spans.js';

const PAGE = readFileSync(`${FIXTURES}html/harbour-strike.html`, 'utf8');

describe('htmlToText on a saved page with furniture', () => {
  const { text, title } = htmlToText(PAGE);
  const paragraphs = text.trimEnd().split('\n\n');

  it('starts with the headline and keeps the article paragraphs, a blank line between them', () => {
    expect(title).toBe('Dockworkers strike shuts Rotterdam terminals as pay talks collapse');
    expect(paragraphs[0]).toBe(title);
    expect(paragraphs).toContain('Both sides are due to meet again on Thursday.');
    expect(paragraphs.find((p) => p.startsWith('ROTTERDAM — Dockworkers walked off'))).toMatch(/union leaders said\.$/);
    expect(text.endsWith('Thursday.\n')).toBe(true);
    expect(text).not.toMatch(/\n{3}/);
  });

  it.each([
    ['the cookie banner', 'We use cookies'],
    ['navigation', 'Opinion'],
    ['the share bar', 'Share on Facebook'],
    ['an ad slot', 'Advertisement'],
    ['a script', 'gtag'],
    ['a script string', 'Said Minister Smith'],
    ['JSON-LD', 'schema.org'],
    ['a style sheet', 'font-family'],
    ['an aside pull quote', 'Patience has not paid the rent.”'],
    ['the comment thread', 'About time'],
    ['a comment', 'record profits'],
    ['related stories', 'Red Sea'],
    ['the newsletter form', 'morning briefing'],
    ['the page footer', 'All rights reserved'],
    ['the breadcrumbs', 'Home'],
    ['the skip link', 'Skip to main content'],
    ['the svg title', 'Share icon'],
  ])('drops %s', (_what, words) => {
    expect(text).not.toContain(words);
  });

  it('leaves the byline and the photo caption out of the text and gives the byline as metadata', () => {
    expect(text).not.toContain('By Anna Visser');
    expect(text).not.toContain('Cranes stand idle');
    expect(htmlToText(PAGE).page.byline).toEqual(['Anna Visser']);
  });

  it('decodes entities, non-breaking spaces and soft hyphens', () => {
    expect(text).toContain('€45\u00a0million');
    expect(text).toContain('Rotter\u00addam');
    expect(text).toContain('Antwerp\u200b and');
    expect(text).not.toContain('\r');
  });
});

describe('extract with inputFormat html', () => {
  const x = extract(PAGE, { inputFormat: 'html' });

  it('says so, gives the text its offsets index, and keeps the slice invariant', () => {
    expect(x.input).toEqual({ format: 'html', length: x.text!.length });
    expect(x.text).toBe(htmlToText(PAGE).text);
    expect(ExtractionSchema.safeParse(x).success).toBe(true);
    expectSpansSliceText(x, x.text!);
  });

  it('finds the headline and the dateline in the page text', () => {
    expect(x.headline?.text).toBe('Dockworkers strike shuts Rotterdam terminals as pay talks collapse');
    expect(x.dateline?.text).toBe('ROTTERDAM —');
  });

  it('reads nothing from the furniture', () => {
    const names = x.entities.map((e) => e.name).join('|');
    expect(names).not.toMatch(/Piet|Sanne|Harbour Ledger|Facebook/);
    expect(x.numbers.map((n) => n.text)).not.toContain('€600 million');
  });

  it('reports a page with no article text instead of failing', () => {
    const empty = extract('<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>', { inputFormat: 'html' });
    expect(empty.text).toBe('');
    expect(empty.diagnostics.map((d) => d.code)).toContain('input/no-article-text');
  });
});

describe('htmlToText on pasted fragments and odd pages', () => {
  it('reads a fragment copied from a page', () => {
    expect(htmlToText('<p>First   paragraph\nwraps.</p><p>Second&nbsp;one &amp; more.</p>').text).toBe('First paragraph wraps.\n\nSecond\u00a0one & more.\n');
  });

  it('reads HTML copied on Windows, with its clipboard header', () => {
    const copied = 'Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html><body><!--StartFragment--><p>Copied text.</p><!--EndFragment--></body></html>';
    expect(htmlToText(copied).text).toBe('Copied text.\n');
  });

  it('takes the title from og:title, then <title>, when the page has no h1', () => {
    expect(htmlToText('<head><meta property="og:title" content="From OG"><title>T</title></head><p>Body text.</p>').title).toBe('From OG');
    expect(htmlToText('<head><title>Only title</title></head><p>Body text.</p>').text).toBe('Only title\n\nBody text.\n');
  });

  it('picks the block with most prose when there is no <article> or <main>', () => {
    const html = `<div class="top"><p>Short teaser.</p></div>
      <div class="content"><p>${'Long article prose. '.repeat(20)}</p><p>Second paragraph of it.</p></div>`;
    const text = htmlToText(html).text;
    expect(text).toContain('Second paragraph of it.');
    expect(text).not.toContain('Short teaser.');
  });

  it('prefers schema.org articleBody and keeps article-body classes that contain furniture words', () => {
    const html = `<div><p>Outside.</p><div itemprop="articleBody" class="article-body comments-enabled"><p>Inside the body.</p></div></div>`;
    expect(htmlToText(html).text).toBe('Inside the body.\n');
  });

  it('matches furniture by whole words of class names, not parts of words', () => {
    const html = '<article><div class="shared-content"><p>Kept, the story itself.</p></div><div class="socialShare"><p>Dropped.</p></div><div class="header-ad"><p>Ad.</p></div></article>';
    expect(htmlToText(html).text).toBe('Kept, the story itself.\n');
  });

  it('drops hidden elements', () => {
    const html = '<article><p hidden>a</p><p aria-hidden="true">b</p><p style="display: none">c</p><p>Shown.</p></article>';
    expect(htmlToText(html).text).toBe('Shown.\n');
  });

  it('cuts a trailing comment thread and sign-up box', () => {
    const html = '<article><p>Real prose here.</p><p>Subscribe to Notes</p><p>Discussion about this post</p><p>Commenter said things.</p></article>';
    expect(htmlToText(html).text).toBe('Real prose here.\n');
  });
});

describe('detecting HTML input', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', true],
    ['\n  <html lang="en"><p>x</p></html>', true],
    ['<!-- saved --><div class="a"><p>Pasted</p></div>', true],
    ['<p>Pasted paragraph</p>', true],
    ['Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000200\r\n<html><body><!--StartFragment--><p>x</p></body></html>', true],
    ['Plain text with a < b and <3 hearts.', false],
    ['<Reuters> headline</Reuters>', false],
    ['Text that mentions </p> late but does not start with markup.', false],
  ])('%j → %s', (text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });

  it('takes .html and .htm files as HTML', () => {
    expect(formatFromPath('a/page.HTML')).toBe('html');
    expect(formatFromPath('page.htm')).toBe('html');
    expect(formatFromPath('page.txt')).toBeNull();
  });
});

describe('a pasted page trailer in plain text', () => {
  const text = 'Headline here\r\n\r\nThe article says something long enough to count as a real paragraph of prose, honestly it does.\r\nShort last line.\r\nShare\r\nDiscussion about this post\r\nAnna K.\r\n“Great,” she said.\r\n';

  it('ends the article before the share line and the comment thread', () => {
    expect(text.slice(0, articleEnd(text)).endsWith('Short last line.\r\n')).toBe(true);
    expect(articleEnd('No trailer at all.\n')).toBe('No trailer at all.\n'.length);
  });

  it('reads nothing after it, says so, and keeps every offset into the whole text', () => {
    const x = extract(text, { include: ['text'] });
    expect(x.input.length).toBe(text.length);
    expect(x.quotes.filter((q) => q.end > articleEnd(text))).toEqual([]);
    expect(x.entities.map((e) => e.name)).not.toContain('Anna K.');
    expect(x.diagnostics).toContainEqual(expect.objectContaining({ code: 'input/trailer', start: articleEnd(text), end: text.length }));
    expectSpansSliceText(x, text);
  });
});
