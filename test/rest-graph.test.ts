import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, startTestApp } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SEED_ON_START: "true" });
});
afterAll(() => t.close());

async function get(path: string) {
  const res = await fetch(`${t.url}${path}`);
  return { status: res.status, body: (await res.json()) as any };
}

/** Asserts an error answer (status, code, field) that wrote nothing. */
async function expectRestError(path: string, status: number, code: string, field: string) {
  const before = await t.snapshot();
  const res = await get(path);
  expect(res.status).toBe(status);
  expect(res.body.error).toMatchObject({ code, field });
  expect(JSON.stringify(res.body)).not.toMatch(/SELECT|at .*\.ts:\d+/);
  expect(await t.snapshot()).toBe(before);
}

const slugs = (list: { slug: string }[]) => list.map((c) => c.slug);

describe("GET /api/v1/concepts/:slug/neighborhood", () => {
  it("answers like GraphQL: center, nodes, edges by slug, truncated", async () => {
    const res = await get("/api/v1/concepts/etcd/neighborhood?depth=1");
    expect(res.status).toBe(200);
    const { center, nodes, edges, truncated } = res.body;
    expect(center.slug).toBe("etcd");
    expect(center.tags.length).toBeGreaterThan(0);
    expect(slugs(nodes)[0]).toBe("etcd");
    expect(slugs(nodes)).toContain("kube-apiserver");
    expect(truncated).toBe(false);
    expect(edges.length).toBeGreaterThan(0);
    const inHood = new Set(slugs(nodes));
    for (const e of edges) {
      expect(inHood.has(e.source) && inHood.has(e.target)).toBe(true);
      expect(typeof e.type).toBe("string");
    }
    const gql = await t.gql(`{ neighborhood(slug: "etcd") { nodes { slug } edges { id } } }`);
    expect(slugs(nodes)).toEqual(slugs(gql.data!.neighborhood.nodes));
    expect(edges.map((e: { id: string }) => e.id)).toEqual(
      gql.data!.neighborhood.edges.map((e: { id: string }) => e.id),
    );
  });

  it("follows direction, comma-separated types and limit", async () => {
    const out = await get("/api/v1/concepts/ingress/neighborhood?direction=OUT&types=routes-to");
    expect(slugs(out.body.nodes)).toEqual(["ingress", "service"]);
    expect(out.body.edges.map((e: { type: string }) => e.type)).toEqual(["routes-to"]);
    const cut = await get("/api/v1/concepts/etcd/neighborhood?depth=3&limit=2");
    expect(cut.body.nodes).toHaveLength(2);
    expect(cut.body.truncated).toBe(true);
  });

  it("refuses bad input with GraphQL's codes and fields", async () => {
    const hood = "/api/v1/concepts/etcd/neighborhood";
    await expectRestError("/api/v1/concepts/no-such/neighborhood", 404, "NOT_FOUND", "slug");
    await expectRestError(`${hood}?depth=0`, 400, "BAD_USER_INPUT", "depth");
    await expectRestError(`${hood}?depth=99`, 400, "BAD_USER_INPUT", "depth");
    await expectRestError(`${hood}?depth=two`, 400, "BAD_USER_INPUT", "depth");
    await expectRestError(`${hood}?limit=0`, 400, "BAD_USER_INPUT", "limit");
    await expectRestError(`${hood}?direction=UP`, 400, "BAD_USER_INPUT", "direction");
    await expectRestError(`${hood}?types=runs-on,nope`, 400, "BAD_USER_INPUT", "types[1]");
    await expectRestError(
      "/api/v1/concepts/Not%20A%20Slug/neighborhood",
      400,
      "BAD_USER_INPUT",
      "slug",
    );
  });
});

describe("GET /api/v1/paths", () => {
  it("finds ingress -> pod with labels and directions", async () => {
    const res = await get("/api/v1/paths?from=ingress&to=pod&types=routes-to,exposes");
    expect(res.status).toBe(200);
    const [path] = res.body.paths;
    expect(path.text).toBe("Ingress routes to Service, Service exposes Pod");
    expect(path.from.slug).toBe("ingress");
    expect(path.to.slug).toBe("pod");
    expect(path.length).toBe(2);
    expect(path.steps.map((s: any) => [s.from.slug, s.label, s.concept.slug, s.direction])).toEqual(
      [
        ["ingress", "routes to", "service", "FORWARD"],
        ["service", "exposes", "pod", "FORWARD"],
      ],
    );
    expect(path.steps[0].relation).toMatchObject({
      source: "ingress",
      type: "routes-to",
      target: "service",
    });
  });

  it("walks backwards with inverse labels, gives several paths, and [] when none", async () => {
    const back = await get("/api/v1/paths?from=pod&to=ingress&types=routes-to,exposes");
    expect(back.body.paths[0].steps.map((s: any) => s.direction)).toEqual(["BACKWARD", "BACKWARD"]);
    const many = await get("/api/v1/paths?from=ingress&to=pod&first=3");
    expect(many.body.paths.length).toBeGreaterThan(1);
    const lengths = many.body.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const none = await get("/api/v1/paths?from=ingress&to=pod&direction=IN&types=routes-to");
    expect(none).toEqual({ status: 200, body: { paths: [] } });
  });

  it("refuses bad input with GraphQL's codes and fields", async () => {
    await expectRestError("/api/v1/paths?from=ingress", 400, "BAD_USER_INPUT", "to");
    await expectRestError("/api/v1/paths?from=ingress&to=nope", 404, "NOT_FOUND", "to");
    await expectRestError("/api/v1/paths?from=nope&to=pod", 404, "NOT_FOUND", "from");
    await expectRestError("/api/v1/paths?from=pod&to=pod", 400, "BAD_USER_INPUT", "to");
    const p = "/api/v1/paths?from=ingress&to=pod";
    await expectRestError(`${p}&maxDepth=0`, 400, "BAD_USER_INPUT", "maxDepth");
    await expectRestError(`${p}&first=11`, 400, "BAD_USER_INPUT", "first");
    await expectRestError(`${p}&types=bogus`, 400, "BAD_USER_INPUT", "types[0]");
  });
});

describe("GET /api/v1/search", () => {
  it('ranks kube-scheduler first for "kube-sch", with snippet and matched fields', async () => {
    const res = await get("/api/v1/search?text=kube-sch");
    expect(res.status).toBe(200);
    const [hit] = res.body.items;
    expect(hit.concept.slug).toBe("kube-scheduler");
    expect(hit.matched).toContain("name");
    expect(hit.snippet).toContain("<mark>");
    expect(typeof hit.score).toBe("number");
    expect(res.body.totalCount).toBeGreaterThanOrEqual(1);
  });

  it("pages with first/after and filters by comma-separated kinds", async () => {
    const all = await get("/api/v1/search?text=kube&first=100");
    const first = await get("/api/v1/search?text=kube&first=2");
    expect(first.body.items).toHaveLength(2);
    expect(first.body.hasNextPage).toBe(true);
    const after = encodeURIComponent(first.body.endCursor);
    const second = await get(`/api/v1/search?text=kube&first=2&after=${after}`);
    const bySlug = (p: any) => p.body.items.map((h: any) => h.concept.slug);
    expect([...bySlug(first), ...bySlug(second)]).toEqual(bySlug(all).slice(0, 4));
    const kinds = await get("/api/v1/search?text=kube&first=100&kinds=component,tool");
    expect(kinds.body.items.length).toBeGreaterThan(0);
    for (const h of kinds.body.items) expect(["component", "tool"]).toContain(h.concept.kind);
  });

  it("refuses bad input with GraphQL's codes and fields", async () => {
    await expectRestError("/api/v1/search", 400, "BAD_USER_INPUT", "text");
    await expectRestError("/api/v1/search?text=%20-%20", 400, "BAD_USER_INPUT", "text");
    await expectRestError("/api/v1/search?text=etcd&first=1000", 400, "BAD_USER_INPUT", "first");
    await expectRestError("/api/v1/search?text=etcd&after=zzz", 400, "BAD_USER_INPUT", "after");
    await expectRestError(
      "/api/v1/search?text=etcd&kinds=ok,Bad%20Kind",
      400,
      "BAD_USER_INPUT",
      "kinds[1]",
    );
  });
});

it("the OpenAPI document lists the three routes with their parameters", async () => {
  const doc = (await get("/api/openapi.json")).body;
  const hood = doc.paths["/api/v1/concepts/{slug}/neighborhood"].get;
  const paths = doc.paths["/api/v1/paths"].get;
  const search = doc.paths["/api/v1/search"].get;
  const names = (op: any) => op.parameters.map((p: { name: string }) => p.name).sort();
  expect(names(hood)).toEqual(["depth", "direction", "limit", "slug", "types"]);
  expect(names(paths)).toEqual(["direction", "first", "from", "maxDepth", "to", "types"]);
  expect(names(search)).toEqual(["after", "first", "kinds", "text"]);
  expect(hood.responses["404"]).toBeDefined();
  expect(
    Object.keys(search.responses["200"].content["application/json"].schema.properties),
  ).toEqual(expect.arrayContaining(["items", "totalCount", "hasNextPage", "endCursor"]));
});
