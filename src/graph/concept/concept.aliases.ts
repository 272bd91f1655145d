import { ConflictError } from "../../errors.js";
import type { Tx } from "../db-types.js";
import { foldKey } from "../validation.js";
import type { Concept } from "./concept.model.js";
import { checkAliasNotOwn, slugForm } from "./concept.rules.js";

/** Adds aliases after checking each against every alias, slug and name of the other concepts. */
export async function attachAliases(
  tx: Tx,
  concept: Concept,
  aliases: string[],
  field: string,
  isList = true,
) {
  const seen = new Set<string>();
  for (const [i, name] of aliases.entries()) {
    const key = foldKey(name);
    const f = isList ? `${field}[${i}]` : field;
    if (seen.has(key)) continue;
    seen.add(key);
    checkAliasNotOwn(concept, name, f);
    const alias = await tx.alias.findUnique({ where: { key }, include: { concept: true } });
    if (alias) {
      throw new ConflictError(
        f,
        alias.conceptId === concept.id
          ? `"${concept.slug}" already has the alias "${alias.name}"`
          : `"${name}" is already an alias of "${alias.concept.slug}"`,
      );
    }
    const other = await tx.concept.findFirst({
      where: { OR: [{ slug: slugForm(key) }, { nameKey: key }], NOT: { id: concept.id } },
    });
    if (other) {
      throw new ConflictError(
        f,
        `"${name}" is the name or slug of another concept, "${other.slug}"`,
      );
    }
    await tx.alias.create({ data: { conceptId: concept.id, name, key } });
  }
}
