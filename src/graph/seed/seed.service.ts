import { createHash } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type {
  SeedCitation,
  SeedConcept,
  SeedNote,
  SeedRelation,
  SeedRelationType,
  SeedSource,
} from "../../../seed/index.js";
import * as curated from "../../../seed/index.js";
import { AppError, NotFoundError } from "../../errors.js";
import { type Actor, runAs } from "../actor.js";
import type { Services } from "../services.js";
import { foldKey } from "../validation.js";

export interface SeedData {
  sources: SeedSource[];
  relationTypes: SeedRelationType[];
  concepts: SeedConcept[];
  relations: SeedRelation[];
  notes: SeedNote[];
}

/** The curated Kubernetes graph in seed/. */
export const CURATED_SEED: SeedData = {
  sources: curated.SEED_SOURCES,
  relationTypes: curated.SEED_RELATION_TYPES,
  concepts: curated.SEED_CONCEPTS,
  relations: curated.SEED_RELATIONS,
  notes: curated.SEED_NOTES,
};

export interface SeedReport {
  /** Items created by this run. */
  created: number;
  /** Items seeded before (kept as users left them, or deleted by them) or already present. */
  kept: number;
  /** Items that could not be applied, one line each (e.g. an alias a user gave to another concept). */
  skipped: string[];
}

/**
 * Loads seed data through the same services the API uses. Idempotent and never overwrites:
 * each item is created once and marked; a marked item is never touched again, so what users
 * changed or deleted through the API stays changed or deleted. Items present without a mark
 * (created by a user or an import) are left as they are.
 */
export function seedGraph(
  prisma: PrismaClient,
  services: Services,
  data: SeedData = CURATED_SEED,
): Promise<SeedReport> {
  // Its writes are recorded in the change history as made by "seed".
  return runAs(SEED_ACTOR, () => seedAll(prisma, services, data));
}

/** Who the seed's changes are recorded as. */
export const SEED_ACTOR: Actor = { name: "seed", role: "admin" };

async function seedAll(prisma: PrismaClient, services: Services, data: SeedData) {
  const marks = new Set(
    (await prisma.seedMark.findMany({ select: { key: true } })).map((m) => m.key),
  );
  const report: SeedReport = { created: 0, kept: 0, skipped: [] };
  const sources = new Map(data.sources.map((s) => [s.key, s]));
  const refs = (cites: SeedCitation[] | undefined) =>
    (cites ?? []).map((c) => {
      const s = sources.get(c.source);
      if (!s) throw new Error(`seed: unknown source key "${c.source}"`);
      return { uri: s.uri, title: s.title, locator: c.locator };
    });

  /** Runs `create` once per key; `create` returns false when the item already existed. */
  const once = async (key: string, create: () => Promise<boolean>) => {
    if (marks.has(key)) {
      report.kept++;
      return;
    }
    try {
      if (await create()) report.created++;
      else report.kept++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      report.skipped.push(`${key}: ${err.message}`);
    }
    await prisma.seedMark.create({ data: { key } });
    marks.add(key);
  };

  for (const t of data.relationTypes) {
    await once(`relation-type:${t.key}`, async () => {
      if (await services.relationTypes.get(t.key)) return false;
      await services.relationTypes.create(t);
      return true;
    });
  }
  for (const c of data.concepts) {
    await once(`concept:${c.slug}`, async () => {
      if (await services.concepts.get(c.slug)) return false;
      await services.concepts.create({ ...c, aliases: [], sources: refs(c.cites) });
      return true;
    });
  }
  // Aliases one by one: one taken elsewhere must not keep the others out.
  for (const c of data.concepts) {
    for (const alias of c.aliases ?? []) {
      await once(`alias:${c.slug}:${foldKey(alias)}`, async () => {
        if (!(await services.concepts.get(c.slug))) return false;
        const found = await services.concepts.lookup(alias);
        if (found?.slug === c.slug) return false;
        await services.concepts.addAlias(c.slug, alias);
        return true;
      });
    }
  }
  for (const r of data.relations) {
    await once(`relation:${r.source}|${r.type}|${r.target}`, async () => {
      const existing = await services.relations.list(
        { source: r.source, type: r.type, target: r.target },
        1,
      );
      if (existing.totalCount > 0) return false;
      await services.relations.create({ ...r, sources: refs(r.cites) });
      return true;
    });
  }
  for (const n of data.notes) {
    const target = n.concept ?? n.relation?.join("|") ?? "";
    const digest = createHash("sha256").update(`${target}\n${n.body}`).digest("hex").slice(0, 16);
    await once(`note:${target}:${digest}`, async () => {
      let relation: string | null = null;
      if (n.relation) {
        const [source, type, targetSlug] = n.relation;
        const page = await services.relations.list({ source, type, target: targetSlug }, 1);
        const found = page.items[0];
        if (!found) throw new NotFoundError("relation", `relation ${n.relation.join(" ")} is gone`);
        relation = String(found.node.id);
      }
      await services.notes.add({
        concept: n.concept ?? null,
        relation,
        body: n.body,
        author: n.author ?? "seed",
        sources: refs(n.cites),
      });
      return true;
    });
  }
  return report;
}
