import { Field, InputType, Int, ObjectType } from "type-graphql";

@InputType("ImportFileInput", { description: "One file of a folder to import." })
export class ImportFileInput {
  @Field(() => String, { description: 'File name, e.g. "etcd.md".' })
  name!: string;

  @Field(() => String, { description: "The file's text." })
  content!: string;
}

@InputType("ImportInput", { description: "What to import and how." })
export class ImportInput {
  @Field(() => String, {
    description: "json (the project's export), markdown (outline notes) or glossary (a folder).",
  })
  format!: string;

  @Field(() => String, { nullable: true, description: "The text of one file (json, markdown)." })
  content?: string | null;

  @Field(() => [ImportFileInput], {
    nullable: true,
    description: "The files of a Kubernetes glossary folder.",
  })
  files?: ImportFileInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: "URI cited on everything imported, e.g. file:///notes/k8s-notes.md.",
  })
  source?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Report only; write nothing." })
  dryRun!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Leave out (and report) invalid records instead of importing nothing.",
  })
  skipInvalid!: boolean;
}

@ObjectType("ImportItem", {
  simpleResolvers: true,
  description: "What the import did with one record.",
})
export class ImportItemType {
  @Field(() => String, { description: "concept, relation, relationType or note." })
  kind!: string;

  @Field(() => String, { description: "Slug, source|type|target, or the note's owner." })
  key!: string;

  @Field(() => String, { description: "created, updated, unchanged or skipped." })
  status!: string;

  @Field(() => String, { description: 'Where in the input, e.g. "k8s-notes.md:12".' })
  origin!: string;
}

@ObjectType("Redaction", {
  simpleResolvers: true,
  description: "A credential removed from imported text.",
})
export class RedactionType {
  @Field(() => String, {
    description: 'The record or file it was in: "concepts[3]", "k8s-notes.md".',
  })
  record!: string;

  @Field(() => String, {
    description: 'Its field ("summary", "aliases[0]"), or "content" for a file.',
  })
  field!: string;

  @Field(() => String, {
    description:
      'What it looked like, as in the [REDACTED:<kind>] left in its place, e.g. "private-key".',
  })
  kind!: string;

  @Field(() => Int, { description: "Its first line, in the file (or in the field's text)." })
  line!: number;

  @Field(() => String, {
    description: 'Where it was found in one: "k8s-notes.md:46", "concepts[3].summary".',
  })
  location!: string;
}

@ObjectType("ImportReport", {
  simpleResolvers: true,
  description: "What an import did (or, in a dry run, would do).",
})
export class ImportReportType {
  @Field(() => Boolean, { description: "True when nothing was written." })
  dryRun!: boolean;

  @Field(() => Int, { description: "Records created." })
  created!: number;

  @Field(() => Int, { description: "Records changed." })
  updated!: number;

  @Field(() => Int, { description: "Records already as imported." })
  unchanged!: number;

  @Field(() => Int, { description: "Records left out (see problems)." })
  skipped!: number;

  @Field(() => [ImportItemType], {
    description:
      "What happened to each record, in input order; at most IMPORT_REPORT_MAX_ITEMS of them (the counts above are exact).",
  })
  items!: ImportItemType[];

  @Field(() => Boolean, {
    description: "True when `items` was cut at IMPORT_REPORT_MAX_ITEMS (a large import).",
  })
  itemsTruncated!: boolean;

  @Field(() => [String], { description: "Input left out, one line each." })
  problems!: string[];

  @Field(() => [RedactionType], { description: "Credentials removed, and where." })
  redactions!: RedactionType[];
}
