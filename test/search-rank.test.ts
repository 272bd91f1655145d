import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenize } from "../src/db/fts5-unicode61.js";
import type { SearchQuery } from "../src/db/search.js";
import { prefixEnd } from "../src/db/search-sqlite-sql.js";
import { RANK_BY_COST, type RankPolicy, SqliteSearch } from "../src/db/search-sqlite.js";
import { type RawSqlite, openRawReader } from "../src/db/sqlite-raw.js";
import { SearchService } from "../src/graph/search/search.service.js";
import { foldKey } from "../src/graph/validation.js";
import { ON_POSTGRES, type TestApp, buildConcept, startTestApp, testConfig } from "./helpers.js";

// Ranking in the server (src/db/fts5-rank.ts) against SQLite's own bm25() and tokenizer, on the
// seeded graph plus concepts written for the hard cases. SQLite only: PostgreSQL ranks in SQL.

const BM25 = `SELECT c.id, c.kind, -bm25("ConceptSearch", 2.0, 10.0, 8.0, 3.0, 1.0, 1.0) AS score,
    snippet("ConceptSearch", -1, char(1), char(2), '…', 16) AS snippet,
    ${[0, 1, 2, 3, 4, 5].map((i) => `instr(highlight("ConceptSearch", ${i}, char(1), char(2)), char(1)) > 0 AS m${i}`).join(", ")}
  FROM "ConceptSearch" JOIN "Concept" c ON c.id = "ConceptSearch".rowid
  WHERE "ConceptSearch" MATCH ?`;
interface Fts5Row {
  id: number;
  kind: string;
  score: number;
  snippet: string;
  [m: `m${number}`]: number;
}

const ALWAYS: RankPolicy = { upTo: Infinity, worthIt: () => true };
const NEVER: RankPolicy = { upTo: 0, worthIt: () => false };

/** The query the service makes of `text` (see SearchService.search). */
function query(text: string, any = false, kinds: string[] = []): SearchQuery {
  return { words: text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [], any, kinds };
}
const exactOf = (text: string) => {
  const key = foldKey(text);
  return { key, slugForm: key.replace(/ /g, "-") };
};
const matchOf = (q: SearchQuery) =>
  q.words
    .map((w, i) => `"${w}"${i === q.words.length - 1 ? "*" : ""}`)
    .join(q.any ? " OR " : " AND ");

/** Scores equal to ~1e-9 (SQLite's log() and V8's may differ in the last bit). */
function expectSameScore(got: number, want: number | undefined, what: string) {
  expect(want, what).toBeDefined();
  expect(Math.abs(got - want!), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(want!)),
  );
}

const EXTRA = [
  {
    slug: "cafe-resume",
    name: "Café Résumé",
    summary: "Crème brûlée naïve façade; the CAFÉ of résumés.",
  },
  {
    slug: "pod-pod-pod",
    name: "Pod Pod Pod",
    summary: "A pod of pods, podding pods.",
    aliases: ["Podpod"],
  },
  {
    slug: "unicode-oddities",
    name: "Ǆemal İstanbul ΣΊΣΥΦΟΣ",
    summary: "ſtraße Kelvin \u212a e\u0301cole x\u0305y \ue000private 𐐀deseret 日本語 🙂smile",
    description: "Ⅻ ① ² ǅ ﬁ ẞ ŉ ΐ ﬆ Ꭰ\u0301 a֍b ؅ \ufffe",
  },
  {
    slug: "long-notes",
    name: "Longnote Thing",
    summary: "Has notes.",
    description: "pod ".repeat(60),
  },
  {
    slug: "sentences",
    name: "Sentence Machine",
    summary: "Short.",
    description:
      "The first sentence talks about nothing much at all, really, for quite a few words here. " +
      "Then: a pod appears, with a scheduler nearby. Another sentence follows the pod\n\nand " +
      "another; the kube scheduler places pods.  Ends here:pod.pod:  pod! Final words of text " +
      "that go on and on without any matching word at all until the very end of it.",
  },
];

describe.skipIf(ON_POSTGRES)("ranking in the server", () => {
  let t: TestApp;
  let reader: RawSqlite;

  beforeAll(async () => {
    t = await startTestApp({ SEED_ON_START: "true" });
    for (const { aliases, ...c } of EXTRA) {
      const res = await t.gql(
        `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`,
        { input: buildConcept({ ...c, aliases }) },
      );
      expect(res.errors).toBeUndefined();
    }
    for (const body of ["Podding the etcdctl way.", "Café notes: kube-proxy and pods."]) {
      const res = await t.gql(
        `mutation($b: String!) { addNote(input: { concept: "long-notes", body: $b }) { id } }`,
        { b: body },
      );
      expect(res.errors).toBeUndefined();
    }
    reader = openRawReader(t.dbFile);
  });
  afterAll(async () => {
    reader?.close();
    await t?.close();
  });

  /** FTS5's bm25(), snippet() and highlight() of every match of `q` (of its kinds), by id. */
  const fts5Rows = (q: SearchQuery) =>
    new Map(
      (reader.prepare(BM25).all(matchOf(q)) as Fts5Row[])
        .filter((r) => q.kinds.length === 0 || q.kinds.includes(r.kind))
        .map((r) => [r.id, r]),
    );

  /**
   * Every match of `q` ranked in the server, checked one by one against SQLite's bm25(), and its
   * snippet and matched fields against SQLite's snippet() and highlight().
   */
  async function expectServerScores(search: SqliteSearch, q: SearchQuery, text: string) {
    const before = search.ranked.inServer;
    const res = await search.search(q, exactOf(text), 100_000, 0);
    const want = fts5Rows(q);
    expect(res.total, `${text}: total`).toBe(want.size);
    expect(res.total, `${text}: matches something`).toBeGreaterThan(0);
    expect(search.ranked.inServer, `${text}: ranked in the server`).toBe(before + 1);
    for (const row of res.rows) {
      const fts5 = want.get(row.id);
      if (fts5?.snippet.startsWith("…")) windows++;
      expectSameScore(row.score, fts5?.score, `${text} ${row.slug}`);
      expect(res.details.get(row.id), `${text} ${row.slug}`).toEqual({
        snippet: fts5!.snippet,
        matched: [0, 1, 2, 3, 4, 5].filter((i) => fts5![`m${i}`] === 1),
      });
    }
    return res;
  }

  let windows = 0;
  afterAll(() => {
    // Snippets were cut from the middle of long texts, not only taken from their start.
    if (!ON_POSTGRES) expect(windows).toBeGreaterThan(10);
  });

  const QUERIES: [string, SearchQuery][] = [
    ["one word", query("pod")],
    ["one prefix", query("contai")],
    ["several words", query("key value")],
    ["prefix after words", query("kube sch")],
    ["alias", query("api server")],
    ["notes", query("etcdctl")],
    ["note and name", query("podding")],
    ["repeated words", query("pod pod")],
    ["repeated prefix", query("pod po")],
    ["diacritics in the text", query("café résumé")],
    ["diacritics folded", query("cafe resume")],
    ["upper case and ligature-free", query("CRÈME brulee")],
    ["unicode oddities", query("ǆemal")],
    ["final sigma", query("σίσυφοσ")],
    ["private use and deseret", query("𐐨deseret")],
    ["any word", query("pod etcd zzzznothing", true)],
    ["any word, prefix last", query("etcd kube", true)],
    ["kinds", query("pod", false, ["component"])],
    ["snippets from sentences", query("pod scheduler")],
    ["snippets: the last word a prefix", query("words")],
  ];

  it.each(QUERIES)("%s: every match's score is FTS5's bm25()", async (label, q) => {
    await expectServerScores(new SqliteSearch(reader, ALWAYS), q, label);
  });

  it("a concept written after the counts were cached: they are dropped and scores match again", async () => {
    const search = new SqliteSearch(reader, ALWAYS);
    const q = query("pod");
    const first = await expectServerScores(search, q, "pod");
    await expectServerScores(search, q, "pod (cached)");
    const res = await t.gql(
      `mutation($input: ConceptInput!) { createConcept(input: $input) { slug } }`,
      { input: buildConcept({ name: "Pod Podlet", summary: "Another pod, written later." }) },
    );
    expect(res.errors).toBeUndefined();
    const after = await expectServerScores(search, q, "pod (after a write)");
    expect(after.total).toBe(first.total + 1);
    // The write changed every score (row count, average length, the word's count): stale counts
    // would have failed the comparison above.
    const old = new Map(first.rows.map((r) => [r.id, r.score]));
    expect(after.rows.filter((r) => old.get(r.id) === r.score)).toEqual([]);
  });

  it("both ways of ranking give the same pages, cursors and snippets", async () => {
    const config = testConfig();
    const small = new SqliteSearch(reader, ALWAYS);
    const large = new SqliteSearch(reader, NEVER);
    const byCost = new SqliteSearch(reader);
    const inServer = new SearchService(small, config);
    const bySqlite = new SearchService(large, config);
    const byDefault = new SearchService(byCost, config);
    const texts = ["pod", "kube", "key value store", "api server", "cafe", "etcd zzzznothing", "c"];
    for (const text of texts) {
      for (const kinds of [null, ["component"], ["component", "resource"]]) {
        let after: string | null = null;
        for (let page = 0; page < 4; page++) {
          const a = await inServer.search(text, kinds, 3, after);
          const b = await bySqlite.search(text, kinds, 3, after);
          const c = await byDefault.search(text, kinds, 3, after);
          const strip = (p: typeof a) => ({
            ...p,
            items: p.items.map((i) => ({ ...i, node: { ...i.node, score: 0 } })),
          });
          expect(strip(a), `${text} ${kinds} page ${page}`).toEqual(strip(b));
          expect(strip(c), `${text} ${kinds} page ${page}`).toEqual(strip(b));
          a.items.forEach((item, i) =>
            expectSameScore(item.node.score, b.items[i]!.node.score, `${text} ${i}`),
          );
          if (!a.hasNextPage) break;
          after = a.items.at(-1)!.cursor;
        }
      }
    }
    expect(small.ranked.bySqlite).toBe(0);
    expect(small.ranked.inServer).toBeGreaterThan(20);
    expect(large.ranked.inServer).toBe(0);
    expect(byCost.ranked.inServer).toBeGreaterThan(0);
  });

  it("above the limit SQLite ranks, below it the server does", async () => {
    const search = new SqliteSearch(reader, { ...ALWAYS, upTo: 3 });
    await search.search(query("pod"), exactOf("pod"), 10, 0);
    await search.search(query("etcdctl"), exactOf("etcdctl"), 10, 0);
    expect(search.ranked).toEqual({ inServer: 1, bySqlite: 1 });
  });

  it("by default the server ranks few matches, or matches of words whose walk costs more", () => {
    const { upTo, worthIt } = RANK_BY_COST;
    expect(worthIt(5, 10)).toBe(true);
    expect(worthIt(200, 400)).toBe(false); // rare words: bm25()'s walks are short
    expect(worthIt(200, 30_000)).toBe(true); // common words, selective together
    expect(worthIt(upTo, 1e9)).toBe(true);
  });
});

describe.skipIf(ON_POSTGRES)("prefix ranges", () => {
  it("bound every string starting with the prefix, and no other", () => {
    expect(prefixEnd("kube")).toBe("kubf");
    expect(prefixEnd("a\ud7ff")).toBe("a\ue000");
    expect(prefixEnd("a\u{10ffff}")).toBe("b");
    expect(prefixEnd("\u{10ffff}")).toBeNull();
  });
});

describe.skipIf(ON_POSTGRES)("the tokenizer", () => {
  // better-sqlite3 as the driver adapter ships it, on an in-memory FTS5 table with the same
  // tokenizer: fts5vocab lists each token FTS5 made, in order.
  const require = createRequire(import.meta.url);
  type Ctor = new (file: string) => {
    exec(sql: string): void;
    prepare(sql: string): { run(...p: unknown[]): unknown; all(...p: unknown[]): unknown[] };
    transaction<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void;
    close(): void;
  };
  const Database = createRequire(require.resolve("@prisma/adapter-better-sqlite3"))(
    "better-sqlite3",
  ) as Ctor;

  it("makes of every code point, alone and inside words, the tokens FTS5 makes", () => {
    const db = new Database(":memory:");
    try {
      db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
      const insert = db.prepare("INSERT INTO t (rowid, x) VALUES (?, ?)");
      const docs = new Map<number, string>();
      // Every code point below U+30000 (every assigned one but plane 14's tags), then a sample.
      for (let cp = 0; cp < 0x110000; cp += cp < 0x30000 ? 1 : 97) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const ch = String.fromCodePoint(cp);
        docs.set(cp + 1, `a${ch}b ${ch} É${ch}\u0301x Z${ch}`);
      }
      db.transaction(() => docs.forEach((text, id) => insert.run(id, text)))();
      const made = new Map<number, string[]>();
      const vocab = db.prepare(`SELECT doc, term FROM v ORDER BY doc, "offset"`).all() as {
        doc: number;
        term: string;
      }[];
      for (const { doc, term } of vocab) made.set(doc, [...(made.get(doc) ?? []), term]);
      const differ = [...docs]
        .filter(
          ([id, text]) => JSON.stringify(tokenize(text)) !== JSON.stringify(made.get(id) ?? []),
        )
        .map(([id]) => `U+${(id - 1).toString(16)}`);
      expect(differ).toEqual([]);
    } finally {
      db.close();
    }
  });
});
