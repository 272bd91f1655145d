import { rules } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretKind, SecretRule } from "./kinds.js";

/**
 * secretlint's recommended rules (@secretlint/secretlint-rule-preset-recommend), run directly
 * and synchronously on one string: every write path checks text inside synchronous validation,
 * and these rules' `file` handlers are synchronous for in-memory text (only the GCP .p12 check,
 * which needs a file path, is not; it is never reached without one). @secretlint/core's
 * `lintSource` runs the same handlers, asynchronously and with messages that quote the secret;
 * here a report keeps only its rule, message id and range, never the text.
 */

type Creator = (typeof rules)[number];
type Context = Parameters<Creator["create"]>[0];
type Source = Parameters<NonNullable<ReturnType<Creator["create"]>["file"]>>[0];

/** Kinds by secretlint message id (rules report their finding's id, e.g. "SLACK_TOKEN"). */
const KIND_OF_MESSAGE: Record<string, SecretKind> = {
  AWSSecretAccessKey: "aws-secret-access-key",
  AWSAccessKeyID: "aws-access-key-id",
  PackageJSON_xOauthToken: "github-token",
  Npmrc_authToken: "npm-token",
  NPM_ACCESS_TOKEN: "npm-token",
  SLACK_TOKEN: "slack-token",
  IncomingWebhook: "slack-webhook",
  BasicAuth: "url-credential",
  OPENAI_TOKEN: "openai-api-key",
  ANTHROPIC_API_KEY: "anthropic-api-key",
  LINEAR_API_TOKEN: "linear-api-key",
  PrivateKey: "private-key",
  SENDGRID_KEY: "sendgrid-api-key",
  SHOPIFY_KEY: "shopify-token",
  GITHUB_TOKEN: "github-token",
  OPS_TOKEN: "1password-token",
  MongoDBConnection: "database-connection-string",
  MySQLConnection: "database-connection-string",
  PostgreSQLConnection: "database-connection-string",
};

/**
 * Rules left out: `filter-comments` (a `secretlint-disable` comment in the input must not switch
 * the check off) and `gcp` (whole service-account files by file extension; their private key is
 * caught as a private key).
 */
const SKIPPED = new Set([
  "@secretlint/secretlint-rule-filter-comments",
  "@secretlint/secretlint-rule-gcp",
]);

interface Report {
  messageId: string;
  range: readonly [number, number];
}

let reports: Report[] = [];

/** One context for every rule: the translator returns the message id, not a message quoting the secret. */
const context = {
  sharedOptions: {},
  createTranslator: () => (messageId: string) => ({
    message: messageId,
    messageId,
    data: undefined,
  }),
  report: (d: { message: { messageId: string }; range: readonly [number, number] }) => {
    reports.push({ messageId: d.message.messageId, range: d.range });
  },
  ignore: () => {},
} as unknown as Context;

const handlers = rules
  .filter((r) => !SKIPPED.has(r.meta.id))
  .map((r) => r.create(context, {}).file)
  .filter((f) => f !== undefined);

const sourceOf = (content: string): Source =>
  ({ content, hasBOM: false, filePath: undefined, ext: "", contentType: "text" }) as Source;

/** Text every one of these rules needs somewhere in a match (a superset). */
const HINT =
  /secret_?access_?key|xox|xapp|hooks\.slack|:\/\/|sk-|SG\.|shp|lin_api_|PRIVATE KEY|gh[pousr]_|github_pat|npm_|ops_|_authToken/i;

/** secretlint's recommended rules as one rule of ours, each report named by its message id. */
export const SECRETLINT_RULE: SecretRule = {
  kind: "credential-assignment",
  hint: HINT,
  find(text) {
    reports = [];
    const source = sourceOf(text);
    for (const file of handlers) void file(source);
    const found = reports.map((r) => ({
      kind: KIND_OF_MESSAGE[r.messageId] ?? this.kind,
      start: r.range[0],
      end: r.range[1],
    }));
    reports = [];
    return found;
  },
};
