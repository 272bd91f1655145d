import * as curated from "../../../seed/index.js";
import { AppError, NotFoundError } from "../../errors.js";
import { type Actor, runAs } from "../../graph/actor.js";
import type { Services } from "../../graph/services.js";
import type { Work } from "../../graph/unit-of-work.js";
import { parentsFirst } from "../../graph/relation-type/relation-type.model.js";
import { applyBatch } from "../import/apply.js";
import { parseJsonImport } from "../import/json.js";
import {
  type SeedData,
  allMarks,
  citationsOf,
  docsUrlOf,
  markOf,
  seedDocument,
} from "./seed-document.js";

export type { SeedData };

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
export function seedGraph(services: Services, data: SeedData = CURATED_SEED): Promise<SeedReport> {
  // Its writes are recorded in the change history as made by "seed".
  return runAs(SEED_ACTOR, () => seedAll(services, data));
}

/** Who the seed's changes are recorded as. */
export const SEED_ACTOR: Actor = { name: "seed", role: "admin" };

/**
 * One unit of work for the whole seed (one commit, not one per item). An empty database (no
 * concepts, no marks) gets the whole seed through the import's bulk path, then every mark; a
 * database that has any takes the seed item by item, each in its own savepoint, so an item
 * refused is skipped without undoing the others.
 */
function seedAll(services: Services, data: SeedData) {
  return services.work.write(
    "admin",
    async (work) => {
      const [marks, concepts] = await Promise.all([
        work.tx.seedMark.count(),
        work.tx.concept.count(),
      ]);
      return marks === 0 && concepts === 0
        ? seedEmpty(work, services, data)
        : seedItems(work, services, data);
    },
    { long: true },
  );
}

/** The whole seed into an empty database, as one bulk import (its one change record, by "seed"). */
async function seedEmpty(work: Work, services: Services, data: SeedData): Promise<SeedReport> {
  const batch = parseJsonImport(JSON.stringify(seedDocument(data)));
  const report = await applyBatch(services, batch);
  await work.tx.seedMark.createMany({ data: allMarks(data).map((key) => ({ key })) });
  return { created: report.created, kept: 0, skipped: report.problems };
}

async function seedItems(work: Work, services: Services, data: SeedData) {
  const marks = new Set(
    (await work.tx.seedMark.findMany({ select: { key: true } })).map((m) => m.key),
  );
  const report: SeedReport = { created: 0, kept: 0, skipped: [] };
  const refs = citationsOf(data);

  /** Runs `create` once per key; `create` returns false when the item already existed. */
  const once = async (key: string, create: () => Promise<boolean>) => {
    if (marks.has(key)) {
      report.kept++;
      return;
    }
    try {
      if (await work.savepoint(create)) report.created++;
      else report.kept++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      report.skipped.push(`${key}: ${err.message}`);
    }
    await work.tx.seedMark.create({ data: { key } });
    marks.add(key);
  };

  for (const t of parentsFirst(data.relationTypes, (x) => x)) {
    await once(markOf.relationType(t.key), async () => {
      if (await services.relationTypes.get(t.key)) return false;
      await services.relationTypes.create(t);
      return true;
    });
  }
  for (const c of data.concepts) {
    await once(markOf.concept(c.slug), async () => {
      if (await services.concepts.get(c.slug)) return false;
      // Renamed in the seed: the stored concept takes the new slug and keeps the old as an alias.
      for (const former of c.formerSlugs ?? []) {
        if (!(await services.concepts.get(former))) continue;
        await services.concepts.rename(former, c.slug);
        return true;
      }
      await services.concepts.create({
        ...c,
        docsUrl: docsUrlOf(c),
        aliases: [],
        sources: refs(c.cites),
      });
      return true;
    });
  }
  // Aliases one by one: one taken elsewhere must not keep the others out.
  for (const c of data.concepts) {
    for (const alias of c.aliases ?? []) {
      await once(markOf.alias(c.slug, alias), async () => {
        if (!(await services.concepts.get(c.slug))) return false;
        const found = await services.concepts.lookup(alias);
        if (found?.slug === c.slug) return false;
        await services.concepts.addAlias(c.slug, alias);
        return true;
      });
    }
  }
  for (const r of data.relations) {
    await once(markOf.relation(r), async () => {
      const existing = await services.relations.list(
        { source: r.source, type: r.type, target: r.target, exactType: true },
        1,
      );
      if (existing.totalCount > 0) return false;
      await services.relations.create({
        ...r,
        qualifiers: r.qualifiers && { ...r.qualifiers, isDefault: r.qualifiers.default },
        sources: refs(r.cites),
      });
      return true;
    });
  }
  for (const n of data.notes) {
    await once(markOf.note(n), async () => {
      let relation: string | null = null;
      if (n.relation) {
        const [source, type, targetSlug] = n.relation;
        const page = await services.relations.list(
          { source, type, target: targetSlug, exactType: true },
          1,
        );
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
