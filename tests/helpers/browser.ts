import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium package; LEDE_CHROMIUM points elsewhere. */
const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasBrowser = existsSync(CHROMIUM);

/** Set in CI, where a missing browser is a failure rather than a skip. */
export const browserRequired = Boolean(process.env.LEDE_REQUIRE_BROWSER);

export const NO_BROWSER = `skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set LEDE_CHROMIUM to a Chromium binary)`;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
