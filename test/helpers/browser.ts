/**
 * Opening the HTML and SVG the CLI writes in a real browser: Debian's
 * Chromium, driven by puppeteer-core. Tests that need it use `describeBrowser`,
 * which skips them (with a note saying why) when Chromium is not installed.
 * The page is watched for console errors, page errors and every network
 * request: a file that is meant to open offline may request nothing but itself.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { describe } from 'vitest';

export const CHROMIUM = process.env.MANDATES_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** describe() when Chromium is installed; otherwise the block is skipped and the reason printed once. */
export function describeBrowser(name: string, body: () => void): void {
  if (!hasChromium) {
    console.warn(`skipping browser tests "${name}": no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set MANDATES_CHROMIUM)`);
    describe.skip(name, body);
  } else {
    describe(name, body);
  }
}

export interface BrowserSession {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Start headless Chromium with a fresh profile and nothing that phones home. */
export async function launchBrowser(): Promise<BrowserSession> {
  const { launch } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'mandates-chromium-'));
  const browser = await launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  readonly page: Page;
  /** Console messages of type error, and uncaught page errors. */
  readonly errors: string[];
  /** Every URL the page requested, the file itself included. */
  readonly requests: string[];
  /** Requests for anything but the file itself (must stay empty). */
  foreignRequests(): string[];
  /** Save a full-page PNG at this viewport width (to `dir`, named `name-WIDTH.png`); returns the path. */
  screenshot(width: number, name: string): Promise<string>;
}

/** Open a local file at 1280 px wide, recording errors and requests from the very first byte. */
export async function openFile(session: BrowserSession, file: string, width = 1280): Promise<OpenedPage> {
  const page = await session.browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewport({ width, height: 900 });
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    errors,
    requests,
    foreignRequests: () => requests.filter((r) => r.split('#')[0] !== url),
    async screenshot(w: number, name: string) {
      await page.setViewport({ width: w, height: 900 });
      const dir = screenshotDir();
      const path = join(dir, `${name}-${w}.png`) as `${string}.png`;
      await page.screenshot({ path, fullPage: false });
      return path;
    },
  };
}

/** Where screenshots go: MANDATES_SCREENSHOTS, else a folder under the system temp dir, to be looked at by a person. */
export function screenshotDir(): string {
  const dir = process.env.MANDATES_SCREENSHOTS ?? join(tmpdir(), 'mandates-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
