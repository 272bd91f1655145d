import type { FastifyReply, FastifyRequest } from "fastify";
import {
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getVariableValues,
} from "graphql";
import type { CompiledQuery } from "graphql-jit";
import type { GraphContext } from "../../graph/services.js";

/** A query Apollo has parsed, validated and run, and that now runs compiled. */
export interface HotQuery {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  compiled: CompiledQuery;
}

export interface HotQueryOptions {
  /** Most query texts remembered (least recently compiled are forgotten first). */
  max: number;
  /** The depth and cost limits (throws when a request goes over them). */
  checkLimits: (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ) => void;
  /** Told the time of every query answered here (Apollo's plugins do not see them). */
  onAnswered?: (operationName: string | null, seconds: number) => void;
}

const MAX_TEXT = 16_384;

const ACCEPTS_JSON = new Set([undefined, "*/*", "application/json"]);

/**
 * The hot lane: a POST of a query text Apollo has already validated and compiled is answered
 * here, without Apollo's per-request pipeline (about a third of a small query's cost). Only the
 * plain case qualifies (JSON body with `query`, `variables` and `operationName` alone, a JSON
 * answer wanted, variables that coerce, limits met) and only an answer without errors is sent
 * from here: anything else goes to Apollo, which answers it as it always does. Queries are
 * reads, so running one again there changes nothing.
 */
export class HotQueries {
  private readonly byText = new Map<string, HotQuery>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: HotQueryOptions,
  ) {}

  /** Remembers a compiled query under the text and operation name a client sent. */
  add(text: string, operationName: string | null | undefined, query: HotQuery): void {
    // Keys are whole query texts: bounded in size as in number (at most max x 16 KB).
    if (text.length > MAX_TEXT) return;
    const key = keyOf(text, operationName);
    this.byText.delete(key);
    this.byText.set(key, query);
    if (this.byText.size > this.options.max) {
      this.byText.delete(this.byText.keys().next().value!);
    }
  }

  /** The JSON body of the answer, or undefined when Apollo must answer. */
  async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    context: () => GraphContext,
  ): Promise<string | undefined> {
    const body = request.body as Record<string, unknown> | null;
    if (request.method !== "POST" || !body || typeof body.query !== "string") return undefined;
    if (!ACCEPTS_JSON.has(request.headers.accept)) return undefined;
    const { query, variables = {}, operationName = null, ...rest } = body;
    if (
      Object.keys(rest).length > 0 ||
      (operationName !== null && typeof operationName !== "string")
    ) {
      return undefined;
    }
    if (variables === null || typeof variables !== "object" || Array.isArray(variables)) {
      return undefined;
    }
    const hot = this.byText.get(keyOf(query, operationName));
    if (!hot) return undefined;
    const vars = variables as Record<string, unknown>;
    if (getVariableValues(this.schema, hot.operation.variableDefinitions ?? [], vars).errors) {
      return undefined;
    }
    try {
      this.options.checkLimits(hot.document, operationName, vars);
    } catch {
      return undefined;
    }
    const started = process.hrtime.bigint();
    const result = await hot.compiled.query(undefined, context(), vars);
    if (result.errors?.length) return undefined;
    this.options.onAnswered?.(
      operationName ?? hot.operation.name?.value ?? null,
      Number(process.hrtime.bigint() - started) / 1e9,
    );
    void reply.header("content-type", "application/json; charset=utf-8");
    // Byte for byte what Apollo sends for the same answer.
    return `${JSON.stringify({ data: result.data })}\n`;
  }
}

const keyOf = (text: string, operationName: string | null | undefined) =>
  `${operationName ?? ""}\u0000${text}`;
