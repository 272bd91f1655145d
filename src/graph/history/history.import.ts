import type { BulkSql } from "../../db/bulk.js";
import { currentActor } from "../actor.js";
import type { ImportSummary } from "../changes.js";
import type { Tx } from "../db-types.js";

/**
 * Records the bulk part of an import as ONE change (entity "import", op "create", key
 * "import-<id>", `after` = the summary) with one subject per concept it created or linked to, so
 * that history(slug) of each shows the import. In the caller's transaction, like recordChange.
 */
export async function recordImport(
  tx: Tx,
  sql: BulkSql,
  summary: ImportSummary,
  subjects: string[],
): Promise<{ changeId: number; key: string }> {
  const record = await tx.changeRecord.create({
    data: {
      actor: currentActor().name,
      entity: "import",
      op: "create",
      key: "import",
      after: JSON.stringify(summary),
    },
    select: { id: true },
  });
  const key = `import-${record.id}`;
  await tx.changeRecord.update({ where: { id: record.id }, data: { key } });
  await sql.insert(
    "ChangeSubject",
    [
      ["changeId", "int"],
      ["slug", "text"],
    ],
    subjects.map((slug) => [record.id, slug]),
  );
  return { changeId: record.id, key };
}
