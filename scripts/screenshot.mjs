// Renders the HTML fixture's highlight page and photographs it in headless Chromium, with a quote's details
// pinned: node scripts/screenshot.mjs [OUT.png] (default docs/highlight.png). Needs `npm run build` first.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { extract, renderHtml } from '../dist/index.js';

const out = process.argv[2] ?? 'docs/highlight.png';
const page = readFileSync(new URL('../fixtures/html/harbour-strike.html', import.meta.url), 'utf8');
const html = renderHtml(extract(page, { inputFormat: 'html' }));
const browser = await chromium.launch({
  executablePath: process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await tab.setContent(html, { waitUntil: 'load' });
  const quote = tab.locator('mark.k-quote', { hasText: 'Every day that ships' }).first();
  await quote.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 330));
  await quote.click();
  mkdirSync(dirname(out), { recursive: true });
  await tab.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
