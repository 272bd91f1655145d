import http from "node:http";
import { type DocumentNode, buildSchema, execute, parse, validate } from "graphql";
import { betterSqlite3 } from "./peers.js";

/**
 * The raw limit: the W1 query answered by graphql-js (parsed and validated queries cached),
 * node:http and better-sqlite3 prepared statements over the same SQLite file. Same query text,
 * same answer shape as the app's `concept(slug) { ... related { direction label concept { slug name } } }`.
 */
const schema = buildSchema(`
  type Query { concept(slug: String!): Concept }
  type Concept { slug: String! name: String! kind: String! summary: String! related: [Related!]! }
  type Related { direction: String! label: String! concept: Neighbour! }
  type Neighbour { slug: String! name: String! }
`);

export function startBaseline(file: string, port: number): Promise<http.Server> {
  const Database = betterSqlite3();
  const db = new Database(file, { readonly: true });
  const byslug = db.prepare(`SELECT id, slug, name, kind, summary FROM "Concept" WHERE slug = ?`);
  const related = db.prepare(
    `SELECT * FROM (
       SELECT r.id, r.typeKey, 'OUT' AS direction, t.label AS label, c.slug, c.name
       FROM "Relation" r JOIN "RelationType" t ON t.key = r.typeKey JOIN "Concept" c ON c.id = r.targetId
       WHERE r.sourceId = ?1
       UNION ALL
       SELECT r.id, r.typeKey, 'IN', t.inverseLabel, c.slug, c.name
       FROM "Relation" r JOIN "RelationType" t ON t.key = r.typeKey JOIN "Concept" c ON c.id = r.sourceId
       WHERE r.targetId = ?1)
     ORDER BY typeKey, id`,
  );
  const rootValue = {
    concept: ({ slug }: { slug: string }) => {
      const c = byslug.get(slug);
      if (!c) return null;
      return {
        ...c,
        related: () =>
          related.all(c.id).map((r) => ({
            direction: r.direction,
            label: r.label,
            concept: { slug: r.slug, name: r.name },
          })),
      };
    },
  };
  const cache = new Map<string, DocumentNode>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      let document = cache.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) {
          res.writeHead(400, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors }));
          return;
        }
        cache.set(query, document);
      }
      const result = execute({ schema, document, rootValue, variableValues: variables });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

// As a process of its own (like the other servers): node --import tsx bench/baseline.ts <file> <port>
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const [file, port] = process.argv.slice(2);
  await startBaseline(file!, Number(port));
  console.log("ready");
}
