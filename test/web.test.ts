import fs from "node:fs";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphSchema } from "../src/api/graphql/schema.js";
import { renderMarkdown } from "../src/api/web/explorer/client/markdown.js";
import { overlaps, separate } from "../src/api/web/explorer/client/overlap.js";
import { formatHash, parseHash } from "../src/api/web/explorer/client/state.js";
import { buildSvg } from "../src/api/web/explorer/client/svg.js";
import { escapeHtml } from "../src/html.js";
import { TOUR, tourFor } from "../src/api/web/playground-tour.js";
import { renderPlayground } from "../src/api/web/playground.js";
import { type TestApp, startTestApp } from "./helpers.js";

describe("the pages over HTTP", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("/ is an index page linking to the explorer and the playground", async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain('href="/explore"');
    expect(html).toContain('href="/playground"');
  });

  it("every link of / answers 200: explorer, playground, REST reference, OpenAPI, the SDL", async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    const links = [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(links).toEqual(
      expect.arrayContaining(["/api/docs", "/api/openapi.json", "/schema.graphql"]),
    );
    for (const link of links) {
      const res = await fetch(`${t.url}${link}`);
      await res.arrayBuffer(); // read whole: an unread streamed body keeps its connection busy
      expect(res.status, link).toBe(200);
    }
    // The SDL served is the committed one.
    const sdl = await (await fetch(`${t.url}/schema.graphql`)).text();
    expect(sdl).toBe(fs.readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"));
  });

  it("GET /graphql from a browser lands in the playground; a GET with a query is still answered", async () => {
    const page = await fetch(`${t.url}/graphql`, {
      headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
      redirect: "manual",
    });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/playground");
    const answered = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(await answered.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("/explore serves the page, its stylesheet and its bundled script from the app", async () => {
    const html = await (await fetch(`${t.url}/explore`)).text();
    expect(html).toContain('src="/explore/app.js"');
    expect(html).toContain('href="/explore/app.css"');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const js = await fetch(`${t.url}/explore/app.js`);
    expect(js.headers.get("content-type")).toContain("javascript");
    const code = await js.text();
    expect(code.length).toBeGreaterThan(100_000); // Cytoscape.js is bundled in
    expect(code).toContain("/graphql");
    const css = await fetch(`${t.url}/explore/app.css`);
    expect(css.headers.get("content-type")).toContain("text/css");
  });

  it("/playground is one self-contained page with the tour as tabs", async () => {
    const html = await (await fetch(`${t.url}/playground`)).text();
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    expect(html).toContain("LookupByAlias");
    expect(html).toContain('"isHeadersEditorEnabled":true');
  });
});

describe("the playground tour", () => {
  it("every step the schema can answer is a valid operation", async () => {
    const steps = tourFor(await buildGraphSchema());
    for (const { step, errors } of steps) expect(errors, step.query).toEqual([]);
    const names = steps.map(({ step }) => /(query|mutation) (\w+)/.exec(step.query)?.[2]);
    expect(names).toEqual(
      expect.arrayContaining([
        "LookupByAlias",
        "CniImplementations",
        "EtcdRelations",
        "ResourcePages",
        "AddConceptAndRelation",
        "AddNote",
        "EtcdHistory",
      ]),
    );
  });

  it("leaves out the steps whose queries the schema lacks, and the ones that do not validate", async () => {
    const schema = buildSchema(`
      type Concept { slug: String! }
      type Query { concept(slug: String!): Concept, lookup(name: String!): Concept, search(text: String!): [Concept!]! }
    `);
    const kept = tourFor(schema);
    expect(
      kept.every(({ step }) =>
        step.requires.every((f) => ["concept", "lookup", "search"].includes(f)),
      ),
    ).toBe(true);
    expect(kept.length).toBe(
      TOUR.filter((s) => s.requires.every((f) => ["concept", "lookup", "search"].includes(f)))
        .length,
    );
    const warnings: string[] = [];
    const html = await renderPlayground(schema, (m) => warnings.push(m));
    // In this toy schema none of them validate (no name, no related, no edges): all are left out.
    expect(warnings.length).toBe(kept.length);
    expect(html).not.toContain("SearchNetwork");
  });
});

describe("the explorer's pure helpers", () => {
  it("renders Markdown safely: HTML is escaped, only http(s) links become links", () => {
    expect(renderMarkdown("Hi <script>alert(1)</script> **bold** and `a<b>`")).toBe(
      "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; <strong>bold</strong> and <code>a&lt;b&gt;</code></p>",
    );
    expect(renderMarkdown("one\n\ntwo *it*")).toBe("<p>one</p><p>two <em>it</em></p>");
    expect(renderMarkdown("- a\n- b")).toBe("<ul><li>a</li><li>b</li></ul>");
    expect(renderMarkdown("[x](https://k8s.io/a)")).toContain('<a href="https://k8s.io/a"');
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain("<a");
    expect(renderMarkdown('[x](https://e.com/" onmouseover="a)')).not.toContain('" onmouseover');
    expect(escapeHtml(`<"'&>`)).toBe("&lt;&quot;&#39;&amp;&gt;");
  });

  it("serialises a drawing to SVG with escaped labels", () => {
    const svg = buildSvg(
      [
        { x: 0, y: 0, size: 26, color: "#2563eb", label: "etcd" },
        { x: 100, y: 50, size: 26, color: "#16a34a", label: "<Secret>" },
      ],
      [{ x1: 0, y1: 0, x2: 100, y2: 50, label: "stores" }],
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)?.length).toBe(2);
    expect(svg).toContain(">&lt;Secret&gt;</text>");
    expect(svg).toContain(">stores</text>");
    expect(svg.trim().endsWith("</svg>")).toBe(true);
  });

  it("reads and writes the view in the address: #slug alone, or with expansions, selection, filters", () => {
    expect(parseHash("#etcd")).toEqual({
      root: "etcd",
      expanded: [],
      hiddenKinds: [],
      hiddenTypes: [],
    });
    expect(parseHash("#")).toBeNull();
    expect(parseHash("")).toBeNull();
    const view = {
      root: "etcd",
      expanded: ["kube-apiserver", "kubelet"],
      selected: "kubelet",
      hiddenKinds: ["tool"],
      hiddenTypes: ["talks-to", "stores"],
    };
    const hash = formatHash(view);
    expect(hash).toBe(
      "#etcd?expand=kube-apiserver,kubelet&select=kubelet&hide-kinds=tool&hide-types=stores,talks-to",
    );
    expect(parseHash(hash)).toEqual({ ...view, hiddenTypes: ["stores", "talks-to"] });
    expect(
      formatHash({
        root: "etcd",
        expanded: [],
        selected: "etcd",
        hiddenKinds: [],
        hiddenTypes: [],
      }),
    ).toBe("#etcd");
    // Encoded, and a stray "%" does not throw: the server then says the concept is unknown.
    expect(parseHash("#Not%20A%20Slug")?.root).toBe("Not A Slug");
    expect(parseHash("#50%")?.root).toBe("50%");
    // The root is never listed as expanded nor as the selection.
    expect(parseHash("#etcd?expand=etcd,kubelet&select=etcd")).toEqual({
      root: "etcd",
      expanded: ["kubelet"],
      hiddenKinds: [],
      hiddenTypes: [],
    });
  });

  it("separates overlapping boxes (nodes with their labels), the same way every time", () => {
    const boxes = [
      { x1: 0, y1: 0, x2: 100, y2: 40 },
      { x1: 50, y1: 10, x2: 150, y2: 50 },
      { x1: 50, y1: 10, x2: 150, y2: 50 },
      { x1: 400, y1: 400, x2: 420, y2: 420 },
    ];
    const shifts = separate(boxes, 6);
    const moved = boxes.map((b, i) => ({
      x1: b.x1 + shifts[i]!.dx,
      x2: b.x2 + shifts[i]!.dx,
      y1: b.y1 + shifts[i]!.dy,
      y2: b.y2 + shifts[i]!.dy,
    }));
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        expect(overlaps(moved[i]!, moved[j]!, 6), `boxes ${i} and ${j}`).toBe(false);
      }
    }
    expect(shifts[3]).toEqual({ dx: 0, dy: 0 }); // far from the others: left alone
    expect(separate(boxes, 6)).toEqual(shifts);
    expect(separate([boxes[0]!, boxes[3]!])).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });
});
