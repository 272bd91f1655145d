import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { GraphContext } from "../../graph/services.js";
import { logProgress, runImport } from "./index.js";
import { ImportInput, ImportReportType } from "./import.type.js";

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReportType, {
    description:
      "Imports the project's JSON, Markdown outline notes or a Kubernetes glossary folder in one transaction, redacting credentials; reports what was created, updated and left alone.",
  })
  importGraph(
    @Arg("input", () => ImportInput, { description: "What to import and how." })
    input: ImportInput,
    @Ctx() ctx: GraphContext,
  ): Promise<ImportReportType> {
    const { dryRun, skipInvalid, ...request } = input;
    const onProgress = logProgress(ctx.log);
    return runImport(ctx.services, request, { dryRun, skipInvalid, onProgress });
  }
}
