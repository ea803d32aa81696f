/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions passed to page.evaluate run in the browser, so this file is typed with the DOM as well.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRequired, hasBrowser, launchBrowser, NO_BROWSER } from './helpers/browser.js';
import { request, serve, type Served } from './helpers/serve.js';

if (!hasBrowser && !browserRequired) console.warn(`tests/serve-page.test.ts ${NO_BROWSER}`);

/** A selection copied from a news page: the menu and share bar come along with the article. */
const FRAGMENT = `<meta charset="utf-8"><nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<h1 style="font-size:2em">Ferry crews walk out in Lisbon over night-shift pay</h1>
<p style="margin:0"><b>LISBON —</b> About 300 ferry crew members stopped work on Thursday, halting crossings of the Tagus for tens of thousands of commuters.</p>
<p>“We are not asking for the moon, only for the hours we already work,” said Rui Tavares, a deckhand and union delegate.</p>
<p>The operator, Transtejo, said the walkout cost it more than €200,000 a day. Its chief executive, Marta Sousa, said talks would resume on Monday.</p>
<div class="share-bar">Share on Facebook</div>`;

/** What a browser puts beside it as text/plain. */
const FRAGMENT_TEXT = 'Home World\nFerry crews walk out in Lisbon over night-shift pay\nLISBON — About 300 ferry crew members stopped work on Thursday.';

const PLAIN = `Council approves new tram line after marathon session

LEEDS — The city council on Wednesday approved a 14-kilometre tram line, ending a debate that ran past midnight.

"This is the biggest change to how people move around Leeds in fifty years," said Councillor Amira Okoye, who chairs the transport committee.

Opponents said the £1.2 billion plan would disrupt businesses for years. Work is due to start in 2027.`;

/** Dispatches a paste of `data` (type → content) on the paste box, as a browser does for Ctrl+V. */
function paste(page: Page, data: Record<string, string>): Promise<void> {
  return page.evaluate((data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    document.getElementById('paste')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** The extraction the page asked for (explanations on, its default), as the API gives it. */
async function viaApi(s: Served, text: string, input: string): Promise<{ json: any; md: string }> {
  return (await request(`${s.url}v1/extract`, { type: 'application/json', body: JSON.stringify({ text, input, format: ['json', 'md', 'html'], explain: true }) })).json();
}

describe.skipIf(!hasBrowser && !browserRequired)(hasBrowser || browserRequired ? 'the lede serve page in headless Chromium' : `the lede serve page (${NO_BROWSER})`, () => {
  let s: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    s = await serve(['--jobs', '1']);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.url.replace(/\/$/, '') });
    page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(s.url) && !r.url().startsWith('about:') && !r.url().startsWith('blob:')) outside.push(r.url());
    });
    await page.goto(s.url);
  });
  afterAll(async () => {
    await browser?.close();
    await s?.stop();
  });

  it('reads a pasted web page selection as HTML, and shows the speaker of a quote on hover', async () => {
    await paste(page, { 'text/html': FRAGMENT, 'text/plain': FRAGMENT_TEXT });
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/^Read from the pasted web page: .*2 quotes/);
    const frame = page.frameLocator('#result');
    // the menu and the share bar were markup, and are gone; the headline came first
    const article = await frame.locator('.article').innerText();
    expect(article.startsWith('Ferry crews walk out in Lisbon')).toBe(true);
    expect(article).not.toContain('Home');
    expect(article).not.toContain('Share on Facebook');
    await frame.locator('mark.k-quote', { hasText: 'We are not asking for the moon' }).first().hover();
    const details = frame.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.innerText()).toMatch(/speaker\s+Rui Tavares/);
    // each item's why, the page asks for them
    expect(await details.innerText()).toMatch(/why this speaker\s+\S/);
    expect(await frame.locator('.digest').innerText()).toContain('Rui Tavares');
  });

  it('reads a pasted plain text, and copies its digest as Markdown in one click', async () => {
    await paste(page, { 'text/plain': PLAIN });
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/^\d+ names · 2 quotes/);
    expect(await page.locator('#paste').inputValue()).toBe(PLAIN);
    const frame = page.frameLocator('#result');
    await frame.locator('mark.k-quote').first().hover();
    await expect.poll(() => frame.locator('#details').innerText()).toMatch(/speaker\s+Amira Okoye/);
    await page.click('#copy-md');
    await expect.poll(() => page.locator('#status').innerText()).toBe('Digest copied as Markdown.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const api = await viaApi(s, PLAIN, 'auto');
    expect(copied).toBe(api.md);
    expect(copied).toMatch(/^# Council approves new tram line/);
  });

  it('downloads the JSON in one click', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    expect(download.suggestedFilename()).toBe('council-approves-new-tram-line-after-marathon-session.lede.json');
    const saved = readFileSync((await download.path())!, 'utf8');
    const api = await viaApi(s, PLAIN, 'auto');
    expect(saved).toBe(`${JSON.stringify(api.json, null, 2)}\n`);
    expect(JSON.parse(saved).quotes[0].speaker.name).toBe('Amira Okoye');
  });

  it('says what went wrong, and asked nothing of any other server', async () => {
    await page.fill('#paste', '   ');
    await page.click('#run');
    await expect.poll(() => page.locator('#status').innerText()).toBe('Paste an article first.');
    expect(outside).toEqual([]);
  });
});
