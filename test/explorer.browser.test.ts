import fs from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EXPLORER_SCREENSHOTS,
  type PageProblems,
  browserAvailable,
  launchBrowser,
  screenshot,
  watchProblems,
} from "./browser/browser.js";
import { MAX_DIFF_RATIO, compareWithReference } from "./browser/compare.js";
import { type TestApp, startTestApp } from "./helpers.js";

const hasBrowser = browserAvailable();

/** What a page's explorer draws, read from its Cytoscape instance. */
interface Drawn {
  nodes: { id: string; x: number; y: number; hidden: boolean; collapsed: boolean }[];
  edges: string[];
  selected: string[];
}

describe.skipIf(!hasBrowser)("the explorer's layout, legend and addresses in Chromium", () => {
  let t: TestApp;
  let context: BrowserContext;
  let problems: PageProblems;
  let page: Page;

  beforeAll(async () => {
    fs.rmSync(EXPLORER_SCREENSHOTS, { recursive: true, force: true }); // only this run's
    t = await startTestApp({ SEED_ON_START: "true" });
    context = await launchBrowser();
    problems = watchProblems(context);
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await t?.close();
  });

  /** Loads the explorer at `hash` in `p` and waits until the view is drawn. */
  const open = async (p: Page, hash: string) => {
    await p.goto("about:blank");
    await p.goto(`${t.url}/explore${hash}`);
    await expect.poll(() => p.locator("#status").innerText()).toMatch(/relations\.$/);
  };

  /** Clicks a node on the canvas itself and waits for its neighbours to be drawn. */
  const expandOnCanvas = async (slug: string) => {
    const pos = await page.evaluate(
      (s) => (window as any).explorer.cy.getElementById(s).renderedPosition(),
      slug,
    );
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await expect
      .poll(() =>
        page.evaluate(
          (s) => !(window as any).explorer.cy.getElementById(s).hasClass("collapsed"),
          slug,
        ),
      )
      .toBe(true);
    await expect.poll(() => page.locator("#status").innerText()).toMatch(/relations\.$/);
  };

  /** Pairs of drawn nodes whose boxes (circle and label, as rendered) intersect. */
  const overlappingLabels = (p: Page) =>
    p.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const boxes = cy.nodes(":visible").map((n: any) => ({
        id: n.id(),
        ...n.boundingBox({ includeNodes: true, includeLabels: true, includeEdges: false }),
      }));
      const pairs: string[] = [];
      boxes.forEach((a: any, i: number) => {
        for (const b of boxes.slice(i + 1)) {
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
            pairs.push(`${a.id}/${b.id}`);
        }
      });
      return { pairs, nodes: boxes.length, zoom: cy.zoom() as number };
    });

  const drawn = (p: Page): Promise<Drawn> =>
    p.evaluate(() => {
      const cy = (window as any).explorer.cy;
      return {
        nodes: cy.nodes().map((n: any) => ({
          id: n.id(),
          x: Math.round(n.position("x")),
          y: Math.round(n.position("y")),
          hidden: !n.visible(),
          collapsed: n.hasClass("collapsed"),
        })),
        edges: cy.edges(":visible").map((e: any) => e.id()),
        selected: cy.$(":selected").map((n: any) => n.id()),
      };
    });

  const expectNoProblems = () => {
    expect(problems.failed, "failed requests").toEqual([]);
    expect(problems.external, "requests leaving localhost").toEqual([]);
    expect(problems.consoleErrors, "console errors").toEqual([]);
  };

  it("no two node labels overlap, before and after expanding nodes", async () => {
    await open(page, "#etcd");
    const first = await overlappingLabels(page);
    expect(first.nodes).toBeGreaterThan(5);
    expect(first.pairs).toEqual([]);

    // kube-apiserver brings the most neighbours; kubelet then adds more around a crowded area.
    await expandOnCanvas("kube-apiserver");
    const second = await overlappingLabels(page);
    expect(second.nodes).toBeGreaterThan(first.nodes + 10);
    expect(second.pairs).toEqual([]);
    await expandOnCanvas("kubelet");
    const third = await overlappingLabels(page);
    expect(third.nodes).toBeGreaterThan(second.nodes);
    expect(third.pairs).toEqual([]);
    // The labels are drawn at this zoom (Cytoscape hides those under 6 px): what was checked shows.
    expect(third.zoom * 11).toBeGreaterThanOrEqual(6);
    await screenshot(page, "explorer-two-expansions", EXPLORER_SCREENSHOTS);
    expectNoProblems();
  });

  it("the legend says in words what colours, borders and arrows mean", async () => {
    await open(page, "#etcd");
    const legend = page.locator("#legend");
    expect(await legend.getAttribute("aria-labelledby")).toBe("legend-title");
    // On screen as the page opens, above the long filter lists.
    const box = (await legend.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(page.viewportSize()!.height);
    const items = await legend.locator("li").allInnerTexts();
    for (const words of ["kind", "started", "not expanded", "expanded", "selected", "arrow"]) {
      expect(
        items.some((i) => i.includes(words)),
        `a legend item about "${words}"`,
      ).toBe(true);
    }
    // Every kind drawn is named, beside a swatch of exactly its nodes' colour.
    const kinds = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const colours: Record<string, string> = {};
      cy.nodes().forEach((n: any) => {
        colours[n.data("kind")] = n.style("background-color");
      });
      return colours;
    });
    expect(Object.keys(kinds).length).toBeGreaterThan(1);
    for (const [kind, colour] of Object.entries(kinds)) {
      const label = page.locator("#kind-filters label", { hasText: kind });
      expect(await label.innerText()).toBe(kind);
      const swatch = await label
        .locator(".dot")
        .evaluate((d) => getComputedStyle(d).backgroundColor);
      expect(swatch.replace(/\s/g, "")).toBe(colour.replace(/\s/g, ""));
    }
    expectNoProblems();
  });

  it("the address holds the view: opened in a fresh page, it shows the same", async () => {
    await open(page, "#etcd");
    await expandOnCanvas("kube-apiserver");
    await page.locator("#panel button.link[data-slug='kubelet']").first().click();
    await expect.poll(() => page.locator("#panel-title").innerText()).toContain("kubelet");
    await expect.poll(() => page.locator("#status").innerText()).toMatch(/^kubelet: /);
    await page.locator("#type-filters label", { hasText: "talks to" }).locator("input").uncheck();
    await page.locator("#kind-filters label", { hasText: "tool" }).locator("input").uncheck();
    const url = page.url();
    expect(new URL(url).hash).toBe(
      "#etcd?expand=kube-apiserver,kubelet&select=kubelet&hide-kinds=tool&hide-types=talks-to",
    );
    const before = await drawn(page);
    expect(before.nodes.some((n) => n.hidden)).toBe(true);

    const fresh = await context.newPage();
    try {
      await open(fresh, new URL(url).hash);
      expect(await fresh.locator("#panel-title").innerText()).toContain("kubelet");
      // The same concepts at the same places (the layout is deterministic), the same selection,
      // the same hidden ones; the filters' boxes say so too.
      expect(await drawn(fresh)).toEqual(before);
      const talksTo = fresh
        .locator("#type-filters label", { hasText: "talks to" })
        .locator("input");
      expect(await talksTo.isChecked()).toBe(false);
      expect(fresh.url()).toBe(url);
      await screenshot(fresh, "explorer-shared-address", EXPLORER_SCREENSHOTS);
    } finally {
      await fresh.close();
    }
    expectNoProblems();
  });

  it("looks like its reference screenshot (UPDATE_SCREENSHOTS=1 renews it)", async () => {
    const fresh = await context.newPage();
    try {
      await open(fresh, "#etcd?expand=kube-apiserver");
      // Two frames: Cytoscape draws on the next animation frame.
      await fresh.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      // The legend, filters and graph; the panel's text follows the seed's prose too closely.
      const main = (await fresh.locator("main").boundingBox())!;
      const panel = (await fresh.locator("#panel").boundingBox())!;
      const png = await fresh.screenshot({
        clip: { x: main.x, y: main.y, width: panel.x - main.x, height: main.height },
        animations: "disabled",
        caret: "hide",
      });
      const result = compareWithReference(png, "explorer-etcd-kube-apiserver");
      expect(
        result.ratio,
        `${result.diffPixels} pixels differ: see ${result.actualFile} and ${result.diffFile}`,
      ).toBeLessThanOrEqual(MAX_DIFF_RATIO);
    } finally {
      await fresh.close();
    }
    expectNoProblems();
  });
});
