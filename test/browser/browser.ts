import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");
export const DOWNLOADS = path.resolve(import.meta.dirname, "../../test-output/downloads");
/** test/explorer.browser.test.ts's screenshots, and those compared with their references. */
export const EXPLORER_SCREENSHOTS = path.resolve(
  import.meta.dirname,
  "../../test-output/explorer-screenshots",
);

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a message, unless
 * REQUIRE_BROWSER=1 (as in .ci/run), where its absence is a failure.
 */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const msg = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium"`;
  if (process.env.REQUIRE_BROWSER === "1") {
    throw new Error(`${msg} (REQUIRE_BROWSER=1, so the browser tests cannot be skipped)`);
  }
  console.warn(`${msg}. Skipping the browser tests.`);
  return false;
}

/** Debian's headless Chromium with a fresh profile, driven by playwright-core. */
export async function launchBrowser(): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kg-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 860 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** What a page did that it should not: failed requests, requests leaving this machine, console errors. */
export interface PageProblems {
  failed: string[];
  external: string[];
  consoleErrors: string[];
  /** URLs that turned into downloads (Chromium reports those requests as aborted: not a failure). */
  downloads: Set<string>;
}

/** Records every failed or non-local request and every console error of the context's pages. */
export function watchProblems(context: BrowserContext): PageProblems {
  const problems: PageProblems = {
    failed: [],
    external: [],
    consoleErrors: [],
    downloads: new Set(),
  };
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol === "data:") return;
    // blob: URLs carry their page's origin: blob:http://127.0.0.1:port/uuid
    const inner = url.protocol === "blob:" ? new URL(url.pathname) : url;
    if (!LOCAL_HOSTS.has(inner.hostname)) problems.external.push(req.url());
  });
  context.on("requestfailed", (req) => {
    const error = req.failure()?.errorText;
    // A blob: download is a navigation that Chromium aborts once it becomes a download.
    if (req.url().startsWith("blob:") && error === "net::ERR_ABORTED") {
      problems.downloads.add(req.url());
      return;
    }
    problems.failed.push(`${req.url()}: ${error}`);
  });
  context.on("response", (res) => {
    if (res.status() >= 400) problems.failed.push(`${res.url()}: HTTP ${res.status()}`);
  });
  const watchPage = (page: Page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => problems.consoleErrors.push(`uncaught: ${err.message}`));
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
  return problems;
}

let shot = 0;

/**
 * Saves a numbered full-page screenshot under test-output/screenshots/, or `dir`: each test file
 * that clears its folder at start has its own, as files run side by side.
 */
export async function screenshot(page: Page, name: string, dir = SCREENSHOTS): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  shot++;
  const file = path.join(dir, `${String(shot).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
