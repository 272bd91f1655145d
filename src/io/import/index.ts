import { BadUserInputError } from "../../errors.js";
import type { Services } from "../../graph/services.js";
import { type ApplyOptions, type ImportReport, applyBatch } from "./apply.js";
import { type GlossaryFile, parseGlossaryImport } from "./glossary.js";
import { parseJsonImport } from "./json.js";
import { parseMarkdownImport } from "./markdown.js";
import type { ImportBatch } from "./records.js";

export const IMPORT_FORMATS = ["json", "markdown", "glossary"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One import: a format and its text (one file) or files (a glossary folder). */
export interface ImportRequest {
  format: string;
  /** The text of one file (json, markdown). */
  content?: string | null;
  /** The files of a folder (glossary): name and text of each. */
  files?: GlossaryFile[] | null;
  /** URI cited as the source of everything imported (a file: URL, a web address, a URN). */
  source?: string | null;
}

/** Parses a request into plain records, without touching the database. */
export function parseImport(req: ImportRequest): ImportBatch {
  const source = req.source?.trim() || `urn:kg:import:${req.format}`;
  const name = source.split(/[/:]/).filter(Boolean).at(-1) ?? req.format;
  const needContent = () => {
    if (req.content == null)
      throw new BadUserInputError("content", `is required for format ${req.format}`);
    return req.content;
  };
  switch (req.format) {
    case "json":
      return parseJsonImport(needContent());
    case "markdown":
      return parseMarkdownImport(needContent(), source, name);
    case "glossary": {
      const files =
        req.files ?? (req.content != null ? [{ name: `${name}.md`, content: req.content }] : null);
      if (!files || files.length === 0) {
        throw new BadUserInputError(
          "files",
          "give the glossary's files (name and content of each)",
        );
      }
      return parseGlossaryImport(files, source);
    }
    default:
      throw new BadUserInputError(
        "format",
        `unknown format "${req.format}"; one of ${IMPORT_FORMATS.join(", ")}`,
      );
  }
}

/** Parses and applies an import through the domain services, in one transaction. */
export function runImport(
  services: Services,
  req: ImportRequest,
  opts: ApplyOptions = {},
): Promise<ImportReport> {
  return applyBatch(services, parseImport(req), opts);
}

/** Where an import's progress is told: a logger with pino's `info(object, message)`. */
export interface ProgressLog {
  info(details: object, message: string): void;
}

/**
 * Logs an import's progress at each tenth of it, when it has at least `from` records: a long
 * import is visible in the logs while it runs.
 */
export function logProgress(log: ProgressLog | undefined, from = 100) {
  let shown = 0;
  return (done: number, total: number) => {
    if (!log || total < from) return;
    const tenth = Math.floor((done * 10) / total);
    if (tenth <= shown) return;
    shown = tenth;
    log.info({ done, total, percent: tenth * 10 }, "import progress");
  };
}

export type { ImportReport } from "./apply.js";
