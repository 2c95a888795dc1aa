/**
 * Debian's Chromium, headless, driven by puppeteer-core, for the HTML report's test. No network:
 * the page is a local file, and the flags below turn off every background connection Chromium
 * would otherwise make. Each launch gets a fresh profile, removed on close.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Under CI the browser test is required (.ci/run installs Chromium); elsewhere it may be skipped. */
export const BROWSER_REQUIRED = process.env.CI === 'true';

export const HAS_CHROMIUM = existsSync(CHROMIUM);

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Headless {
  browser: Browser;
  close(): Promise<void>;
}

/** Starts Chromium; `env` replaces its environment (a test runs it once with no CJK font). */
export async function launchChromium(env?: NodeJS.ProcessEnv): Promise<Headless> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-bot-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`],
    ...(env ? { env } : {}),
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
