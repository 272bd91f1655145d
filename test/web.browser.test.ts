import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DOWNLOADS,
  type PageProblems,
  SCREENSHOTS,
  browserAvailable,
  launchBrowser,
  screenshot,
  watchProblems,
} from "./browser/browser.js";
import { type TestApp, fakeSecrets, startTestApp } from "./helpers.js";

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)("the web pages in headless Chromium", () => {
  let t: TestApp;
  let context: BrowserContext;
  let problems: PageProblems;
  let page: Page;

  beforeAll(async () => {
    fs.rmSync(SCREENSHOTS, { recursive: true, force: true }); // only this run's steps
    t = await startTestApp({ SEED_ON_START: "true" });
    context = await launchBrowser();
    problems = watchProblems(context);
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await t?.close();
  });

  /** A full load of the explorer on a concept (not a same-document hash change). */
  const openExplorer = async (slug: string) => {
    await page.goto("about:blank");
    await page.goto(`${t.url}/explore#${slug}`);
    await expect.poll(() => page.locator("#status").innerText()).toMatch(/relations\./);
  };

  const expectNoProblems = () => {
    expect(problems.failed, "failed requests").toEqual([]);
    expect(problems.external, "requests leaving localhost").toEqual([]);
    expect(problems.consoleErrors, "console errors").toEqual([]);
  };

  it("the index page links to the explorer and the playground", async () => {
    await page.goto(`${t.url}/`);
    await expect.poll(() => page.locator("a[href='/explore']").count()).toBe(1);
    expect(await page.locator("a[href='/playground']").count()).toBe(1);
    await screenshot(page, "index");
    expectNoProblems();
  });

  it("the playground loads offline and runs the first tour query", async () => {
    await page.goto(`${t.url}/playground`);
    const run = page.locator(".graphiql-execute-button");
    await run.waitFor({ state: "visible", timeout: 20_000 });
    // The tour is one tab per example.
    await expect.poll(() => page.locator(".graphiql-tab").count()).toBeGreaterThanOrEqual(6);
    await screenshot(page, "playground-tour");
    await run.click();
    const result = page.locator(".graphiql-response");
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain("control-plane");
    await screenshot(page, "playground-result");
    expectNoProblems();
  });

  it("the explorer: search etcd, select it, expand a neighbour, add a note, download", async () => {
    await page.goto(`${t.url}/explore`);
    await page.locator("#graph-empty").waitFor({ state: "visible" });
    await screenshot(page, "explorer-empty");

    // Suggestions as you type; arrow keys and Enter choose one.
    await page.keyboard.press("/");
    await page.keyboard.type("etcd");
    const option = page.locator("#suggestions [role=option]").first();
    await expect.poll(() => option.innerText()).toContain("etcd");
    await page.keyboard.press("ArrowDown");
    expect(await option.getAttribute("aria-selected")).toBe("true");
    await screenshot(page, "explorer-suggestions");
    await page.keyboard.press("Enter");

    const title = page.locator("#panel-title");
    await expect.poll(() => title.innerText()).toContain("etcd");
    const panel = page.locator("#panel");
    await expect.poll(() => panel.innerText()).toContain("stores");
    const nodeCount = () => page.evaluate(() => (window as any).explorer.cy.nodes().length);
    const before = await nodeCount();
    expect(before).toBeGreaterThan(1);
    await screenshot(page, "explorer-etcd");

    // Click a neighbour that has not been expanded yet, on the canvas itself.
    const target = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const node = cy.nodes(".collapsed").max((n: any) => n.degree()).ele;
      return { slug: node.id(), name: node.data("name"), ...node.renderedPosition() };
    });
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await expect.poll(() => title.innerText()).toContain(target.name);
    await expect.poll(nodeCount).toBeGreaterThan(before);
    const expanded = await page.evaluate(
      (slug) => !(window as any).explorer.cy.getElementById(slug).hasClass("collapsed"),
      target.slug,
    );
    expect(expanded).toBe(true);
    await screenshot(page, "explorer-expanded");

    // Without an API key the note is refused, and the panel says a key is needed.
    const body = `Seen in the browser test: **${target.name}** matters.`;
    await page.locator("#note-body").fill(body);
    await page.locator("#note-author").fill("browser-test");
    await page.locator(".note-form button[type=submit]").click();
    await expect.poll(() => page.locator("#note-status").innerText()).toContain("needs an API key");
    expect(
      await page.locator("#notes .note", { hasText: "Seen in the browser test" }).count(),
    ).toBe(0);
    // That 401 was asked for: it is the one failed request, and not a problem of the page.
    expect(problems.failed).toEqual([`${t.url}/graphql: HTTP 401`]);
    problems.failed.length = 0;
    problems.consoleErrors = problems.consoleErrors.filter((e) => !e.includes("401"));

    // With an editor key in the form: it appears without a reload, it is stored, the key is kept.
    const editorKey = await t.createKey("editor", "browser");
    await page.locator("#note-key").fill(editorKey);
    await page.locator(".note-form button[type=submit]").click();
    const added = page.locator("#notes .note", { hasText: "Seen in the browser test" });
    await added.waitFor();
    expect(await added.locator("strong").innerText()).toBe(target.name);
    const stored = await t.gql(`{ concept(slug: "${target.slug}") { notes { body author } } }`);
    expect(stored.data?.concept.notes).toContainEqual({ body, author: "browser-test" });
    expect(await page.evaluate(() => localStorage.getItem("kg.apiKey"))).toBe(editorKey);
    await added.scrollIntoViewIfNeeded();
    await screenshot(page, "explorer-note-added");

    // A note holding a credential is refused: the panel says why and shows nothing new.
    const notesBefore = await page.locator("#notes .note").count();
    await page.locator("#note-body").fill(`my token is ${fakeSecrets.jwt()}`);
    await page.locator(".note-form button[type=submit]").click();
    await expect.poll(() => page.locator("#note-status").innerText()).toMatch(/^Not saved: /);
    expect(await page.locator("#note-status").getAttribute("class")).toContain("error");
    expect(await page.locator("#notes .note").count()).toBe(notesBefore);

    // Downloads: a real PNG, an SVG and the JSON of what is drawn.
    fs.mkdirSync(DOWNLOADS, { recursive: true });
    const save = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(button).click(),
      ]);
      const file = path.join(DOWNLOADS, download.suggestedFilename());
      await download.saveAs(file);
      return fs.readFileSync(file);
    };
    const png = await save("#download-png");
    expect(png.length).toBeGreaterThan(1000);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const svg = (await save("#download-svg")).toString("utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(">etcd</text>");
    const data = JSON.parse((await save("#download-json")).toString("utf8"));
    expect(data.nodes.map((n: any) => n.slug)).toContain("etcd");
    expect(data.edges.length).toBeGreaterThan(0);
    expectNoProblems();
  });

  it("the explorer works from the keyboard: Tab to a neighbour in the panel, Enter expands it", async () => {
    await openExplorer("etcd");
    const title = page.locator("#panel-title");
    expect(await title.innerText()).toContain("etcd");
    await page.locator("#search").focus();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => document.activeElement?.matches("#panel button.link") ?? false,
      );
    }
    expect(reached, "Tab reaches the panel's neighbour links").toBe(true);
    const name = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
    // The focused link shows a visible outline.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe("none");
    await screenshot(page, "explorer-keyboard-focus");
    await page.keyboard.press("Enter");
    await expect.poll(() => title.innerText()).toContain(name);
    expectNoProblems();
  });

  it("the explorer filters by relation type and kind, and focuses a node on double-click", async () => {
    await openExplorer("etcd");
    expect(await page.locator("#panel-title").innerText()).toContain("etcd");
    const hidden = (selector: string) =>
      page.evaluate(
        (sel) => (window as any).explorer.cy.elements(sel).filter((e: any) => !e.visible()).length,
        selector,
      );
    // etcd stores the cluster state and more: every one of those edges goes when "stores" is off.
    const stores = await page.evaluate(
      () => (window as any).explorer.cy.edges("[type = 'stores']").length,
    );
    expect(stores).toBeGreaterThan(1);
    expect(await hidden("edge[type = 'stores']")).toBe(0);
    await page.locator("#type-filters label", { hasText: "stores" }).locator("input").uncheck();
    await expect.poll(() => hidden("edge[type = 'stores']")).toBe(stores);
    await page.locator("#kind-filters label", { hasText: "resource" }).locator("input").uncheck();
    await expect.poll(() => hidden("node[kind = 'resource']")).toBeGreaterThan(0);
    await screenshot(page, "explorer-filtered");
    await page.locator("#type-filters label", { hasText: "stores" }).locator("input").check();
    await page.locator("#kind-filters label", { hasText: "resource" }).locator("input").check();

    const pos = await page.evaluate(() =>
      (window as any).explorer.cy.getElementById("kube-apiserver").renderedPosition(),
    );
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.dblclick(box.x + pos.x, box.y + pos.y);
    await expect
      .poll(() => page.evaluate(() => (window as any).explorer.cy.$(".faded").length))
      .toBeGreaterThan(0);
    const focusedFaded = await page.evaluate(
      () =>
        (window as any).explorer.cy.getElementById("kube-apiserver").closedNeighborhood(".faded")
          .length,
    );
    expect(focusedFaded).toBe(0);
    await screenshot(page, "explorer-focused");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => (window as any).explorer.cy.$(".faded").length)).toBe(0);
    expectNoProblems();
  });

  it("the explorer shows clear states for no match and for bad or unknown concepts", async () => {
    await page.goto(`${t.url}/explore`);
    await page.locator("#search").fill("zzqqxx");
    await expect
      .poll(() => page.locator("#suggestions").innerText())
      .toContain("No concept matches “zzqqxx”");
    await screenshot(page, "explorer-no-match");
    // Aliases are suggested too, and say so.
    await page.locator("#search").fill("master node");
    const first = page.locator("#suggestions [role=option]").first();
    await expect.poll(() => first.innerText()).toContain("Control Plane");
    expect(await first.innerText()).toContain("aka master node");
    // The server's ranked search: words in any order and field, not one substring.
    await page.locator("#search").fill("key value store");
    await expect.poll(() => page.locator("#suggestions").innerText()).toContain("etcd");
    await page.goto(`${t.url}/explore#no-such-concept`);
    await expect
      .poll(() => page.locator("#error").innerText())
      .toContain("no concept “no-such-concept”");
    await expect.poll(() => page.locator("#graph-not-found").innerText()).toContain("Not found");

    // After a graph is shown, a link to an unknown concept clears it and says "not found".
    await openExplorer("etcd");
    const nodes = () => page.evaluate(() => (window as any).explorer.cy.nodes().length);
    expect(await nodes()).toBeGreaterThan(1);
    expect(await page.locator("#graph-not-found").isVisible()).toBe(false);
    await page.evaluate(() => {
      location.hash = "#no-such-concept";
    });
    const notFound = page.locator("#graph-not-found");
    await expect.poll(() => notFound.isVisible()).toBe(true);
    expect(await notFound.innerText()).toContain("There is no concept “no-such-concept”");
    expect(await nodes()).toBe(0);
    expect(await page.locator("#graph-empty").isVisible()).toBe(false);
    expect(await page.locator("#panel").innerText()).toContain("no concept “no-such-concept”");
    expect(await page.locator("#panel-title").count()).toBe(0);
    expect(await page.locator("#error").innerText()).toContain("no concept “no-such-concept”");
    expect(await page.locator("#download-png").isDisabled()).toBe(true);
    expect(page.url()).toBe(`${t.url}/explore#no-such-concept`);
    await screenshot(page, "explorer-not-found");
    // A slug the server refuses: its own error message, naming the problem, is shown.
    await page.goto(`${t.url}/explore#Not%20A%20Slug`);
    const error = page.locator("#error");
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.getAttribute("role")).toBe("alert");
    await screenshot(page, "explorer-bad-slug");
    expectNoProblems();
  });

  it("the explorer says so when the server cannot be reached", async () => {
    // A separate browser profile: the aborted requests here must not count against the others.
    const offline = await launchBrowser();
    try {
      const p = offline.pages()[0] ?? (await offline.newPage());
      await p.goto(`${t.url}/explore`);
      await p.route("**/graphql", (route) => route.abort("connectionrefused"));
      await p.locator("#search").fill("etcd");
      const error = p.locator("#error");
      await expect.poll(() => error.innerText()).toContain("Cannot reach the server");
      await screenshot(p, "explorer-server-unreachable");
    } finally {
      await offline.close();
    }
  });
});
