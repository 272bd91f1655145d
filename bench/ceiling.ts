import fs from "node:fs";
import http from "node:http";

/**
 * The ceiling row: what HTTP and JSON alone cost on this machine. A bare node:http server that
 * reads each W1 request, parses its JSON body for the slug and answers with the body the app
 * itself gave for that slug (precomputed, byte for byte), so every table shows how close each
 * server comes to the limit. Usage: tsx bench/ceiling.ts <bodies.json> <port>.
 */
const [file, port] = process.argv.slice(2);
const bodies = new Map(
  Object.entries(JSON.parse(fs.readFileSync(file!, "utf8")) as Record<string, string>).map(
    ([slug, body]) => [slug, Buffer.from(body)],
  ),
);
const notFound = Buffer.from(JSON.stringify({ data: { concept: null } }));

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let slug: unknown;
      try {
        slug = (JSON.parse(Buffer.concat(chunks).toString()) as { variables?: { slug?: unknown } })
          .variables?.slug;
      } catch {
        res.writeHead(400).end();
        return;
      }
      const body = (typeof slug === "string" && bodies.get(slug)) || notFound;
      res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
      res.end(body);
    });
  })
  .listen(Number(port), "127.0.0.1");
