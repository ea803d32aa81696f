/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions passed to page.evaluate run in the browser, so this file is typed with the DOM as well.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { renderHtml } from '../src/render/html.js';
import type { Extraction } from '../src/schema.js';
import { browserRequired, hasBrowser, launchBrowser, NO_BROWSER } from './helpers/browser.js';
import { FIXTURES } from './helpers/fixtures.js';
import { sampleExtraction, SAMPLE_TEXT } from './helpers/sample-extraction.js';

if (!hasBrowser && !browserRequired) console.warn(`tests/highlight-page.test.ts ${NO_BROWSER}`);

interface Piece {
  cls: string;
  ref: string;
  start: number;
  end: number;
  /** where the piece's text begins in the article's text, counted in the page */
  at: number;
  text: string;
}

/** Every marked element of the article with its offset in the article's text as the browser holds it. */
function pieces(page: Page): Promise<{ text: string; pieces: Piece[] }> {
  return page.evaluate(() => {
    const article = document.querySelector('.article')!;
    const startOf = new Map<Element, number>();
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let pos = 0;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let e = node.parentElement; e && e !== article; e = e.parentElement) if (!startOf.has(e)) startOf.set(e, pos);
      pos += node.data.length;
    }
    const list = [...article.querySelectorAll<HTMLElement>('[data-ref]')].map((el) => ({
      cls: el.className,
      ref: el.dataset.ref!,
      start: Number(el.dataset.start),
      end: Number(el.dataset.end),
      at: startOf.get(el) ?? -1,
      text: el.textContent ?? '',
    }));
    return { text: article.textContent ?? '', pieces: list };
  });
}

/** The left and right edges of the text at [start, end) measured on the text itself, and of the element marking it. */
function edges(page: Page, selector: string, start: number, end: number) {
  return page.evaluate(
    ({ selector, start, end }) => {
      const article = document.querySelector('.article')!;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const next = pos + node.data.length;
        if (start >= pos && start < next) range.setStart(node, start - pos);
        if (end > pos && end <= next) range.setEnd(node, end - pos);
        pos = next;
      }
      const r = range.getBoundingClientRect();
      const m = document.querySelector(selector)!.getBoundingClientRect();
      return { text: [r.left, r.right, r.top], mark: [m.left, m.right, m.top, m.bottom] };
    },
    { selector, start, end },
  );
}

/** Pieces of one mark, in order, must tile exactly its [start, end). */
function expectTiled(text: string, all: Piece[]): void {
  const groups = new Map<string, Piece[]>();
  for (const p of all) groups.set(`${p.cls}|${p.ref}|${p.start}|${p.end}`, [...(groups.get(`${p.cls}|${p.ref}|${p.start}|${p.end}`) ?? []), p]);
  for (const [key, group] of groups) {
    group.sort((a, b) => a.at - b.at);
    let pos = group[0]!.start;
    for (const p of group) {
      expect(p.at, key).toBe(pos);
      expect(text.slice(p.at, p.at + p.text.length), key).toBe(p.text);
      pos += p.text.length;
    }
    expect(pos, key).toBe(group[0]!.end);
  }
}

async function open(browser: Browser, x: Extraction): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(renderHtml(x), { waitUntil: 'load' });
  return { page, requests };
}

describe.skipIf(!hasBrowser && !browserRequired)(hasBrowser || browserRequired ? 'the highlight page in headless Chromium' : `the highlight page in headless Chromium (${NO_BROWSER})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('on a saved web page with furniture', () => {
    const x = extract(readFileSync(`${FIXTURES}html/harbour-strike.html`, 'utf8'), { inputFormat: 'html' });
    let page: Page;
    let requests: string[];
    beforeAll(async () => ({ page, requests } = await open(browser, x)));

    it('loads nothing from anywhere', () => {
      expect(requests.filter((u) => u !== 'about:blank')).toEqual([]);
    });

    it('shows exactly the extracted text, and every highlight on the offsets of its item', async () => {
      const got = await pieces(page);
      expect(got.text).toBe(x.text);
      expectTiled(got.text, got.pieces);
      const at = (cls: string) => new Set(got.pieces.filter((p) => p.cls.includes(cls)).map((p) => `${p.start}-${p.end}`));
      for (const e of x.entities) for (const m of e.mentions) expect(at('hl ').has(`${m.start}-${m.end}`), m.text).toBe(true);
      for (const n of x.numbers) expect(at('k-number').has(`${n.start}-${n.end}`), n.text).toBe(true);
      for (const q of x.quotes) expect(at('k-quote').has(q.parts.length > 1 ? `${q.parts[0]!.start}-${q.parts[0]!.end}` : `${q.start}-${q.end}`), q.text).toBe(true);
    });

    it('puts the highlights on the right words', async () => {
      const { pieces: all } = await pieces(page);
      const text = (cls: string) => all.filter((p) => p.cls.includes(cls)).map((p) => p.text);
      expect(text('k-person')).toContain('Anton Jansen');
      expect(text('k-person')).toContain('Marieke de Vries');
      expect(text('k-number').some((t) => t.startsWith('€45\u00a0million'))).toBe(true);
      expect(text('k-place')).toContain('Hamburg');
      expect(text('k-quote').some((t) => t.startsWith('“We have been patient for eleven months'))).toBe(true);
      expect(text('headline').join('')).toBe(x.headline!.text);
    });
  });

  describe('with --explain', () => {
    const text = 'Harbour master Lena Vos closed the port on Friday.\n\n"The swell is too high for the cranes," she said.';
    const x = extract(text, { include: ['text'], explain: true });
    let page: Page;
    beforeAll(async () => ({ page } = await open(browser, x)));

    it("shows a quote's cue and how its speaker was found on hover", async () => {
      const quote = x.quotes[0]!;
      await page.hover(`mark.k-quote[data-ref="${quote.id}"]`);
      const box = page.locator('#details');
      await expect.poll(() => box.isVisible()).toBe(true);
      const shown = await box.innerText();
      expect(shown).toMatch(/why\s+quotes\/cue-after: cue “said”, subject “she”/);
      expect(shown).toMatch(/why this speaker\s+speakers\/pronoun: antecedent “Lena Vos”/);
      await page.mouse.move(5, 5);
    });
  });

  describe('on a hand-built extraction with every field', () => {
    const x = sampleExtraction();
    let page: Page;
    beforeAll(async () => ({ page } = await open(browser, x)));

    it('keeps Windows line ends and nests overlapping highlights', async () => {
      const got = await pieces(page);
      expect(got.text).toBe(SAMPLE_TEXT);
      expectTiled(got.text, got.pieces);
      const inQuote = await page.evaluate(() => document.querySelector('mark.k-number[data-ref="n:3"]')!.parentElement!.closest('mark')!.dataset.ref);
      expect(inQuote).toBe('q:2');
      const inDateline = await page.evaluate(() => document.querySelector('mark[data-ref="place:bristol"]')!.closest('span.dateline') !== null);
      expect(inDateline).toBe(true);
    });

    it('draws each highlight over the words it marks', async () => {
      for (const [selector, words] of [
        ['#at-person\\:ruth-okafor', 'Ruth Okafor'],
        ['#at-n\\:5', '£150 million'],
        ['#at-place\\:bristol', 'BRISTOL'],
      ] as const) {
        const start = SAMPLE_TEXT.indexOf(words);
        const e = await edges(page, selector, start, start + words.length);
        expect(Math.abs(e.mark[0]! - e.text[0]!), selector).toBeLessThan(1);
        expect(Math.abs(e.mark[1]! - e.text[1]!), selector).toBeLessThan(1);
        expect(e.text[2]! >= e.mark[2]! - 1 && e.text[2]! <= e.mark[3]!, selector).toBe(true);
      }
    });

    it('shows details on hover, outlining every mention of the item', async () => {
      await page.hover('#at-person\\:ruth-okafor');
      const box = page.locator('#details');
      await expect.poll(() => box.isVisible()).toBe(true);
      const shown = await box.innerText();
      expect(shown).toContain('Ruth Okafor');
      expect(shown).toContain('mayor');
      expect(await page.locator('.active[data-ref="person:ruth-okafor"]').count()).toBe(3);
    });

    it('pins the details of nested items on click, innermost first, until Escape', async () => {
      await page.click('mark[data-ref="n:3"]');
      const items = await page.locator('#details .item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.ref));
      expect(items).toEqual(['n:3', 'q:2']);
      const shown = await page.locator('#details').innerText();
      expect(shown).toMatch(/claimed by\s+Ruth Okafor/);
      expect(shown).toMatch(/found\s+speaker found through the pronoun “she”/);
      expect(await page.locator('span.speaker.active').count()).toBe(0);
      await page.mouse.move(5, 5);
      expect(await page.locator('#details').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.locator('#details').isVisible()).toBe(false);
    });

    it('outlines the speaker and the cue of a selected quote', async () => {
      await page.click('mark.k-quote[data-ref="q:1"]');
      const active = await page.locator('.active').evaluateAll((els) => els.map((e) => `${e.className.split(' ')[0]}:${e.textContent}`));
      expect(active).toEqual(expect.arrayContaining(['hl:"This is the day we stop talking and start building,"', 'speaker:Okafor', 'cue:told']));
      await page.keyboard.press('Escape');
    });

    it('hides a kind of highlight from the legend', async () => {
      const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('mark.k-person')!).backgroundColor);
      expect(await bg()).not.toBe('rgba(0, 0, 0, 0)');
      await page.uncheck('.legend input[value="person"]');
      expect(await bg()).toBe('rgba(0, 0, 0, 0)');
      await page.check('.legend input[value="person"]');
    });

    it('jumps from the digest to the item in the text', async () => {
      await page.click('aside.digest a[data-goto="n:5"]');
      expect(await page.locator('#details').innerText()).toContain('£150 million');
      expect(await page.locator('#at-n\\:5').getAttribute('class')).toContain('flash');
      await page.keyboard.press('Escape');
    });
  });
});
