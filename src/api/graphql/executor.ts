import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  execute,
  getVariableValues,
  printSchema,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { HotQueries } from "./hot-queries.js";
import { serializeId } from "./id-serializer.js";

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>["gateway"];

interface Hot {
  uses: number;
  compiled?: CompiledQuery | null;
}

/**
 * Runs Apollo's operations, compiling a query to JavaScript (graphql-jit) once it has been seen
 * `hotAfter` times: a 200-node neighbourhood then completes in a third of graphql-js's time.
 * Apollo still parses, validates, caches documents, checks limits and formats errors; only
 * execution is swapped, through its public gateway interface. Mutations, introspection and any
 * query graphql-jit cannot compile run on graphql-js, and variables are always checked by
 * graphql-js first, so errors read the same on both paths.
 */
export function jitGateway(schema: GraphQLSchema, hotAfter: number, hot?: HotQueries): Gateway {
  const uses = new WeakMap<DocumentNode, Map<string, Hot>>();

  const compiled = (document: DocumentNode, operationName: string | null) => {
    let byName = uses.get(document);
    if (!byName) uses.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let entry = byName.get(key);
    if (!entry) byName.set(key, (entry = { uses: 0 }));
    if (entry.compiled !== undefined) return entry.compiled;
    if (++entry.uses < hotAfter) return null;
    const result = compileQuery(schema, document, operationName ?? undefined, {
      useExperimentalPathBasedSkipInclude: true,
      customSerializers: { ID: serializeId },
    });
    entry.compiled = isCompiledQuery(result) ? result : null;
    return entry.compiled;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        async executor(rc): Promise<ExecutionResult> {
          const { document, operation, operationName, context } = rc;
          const variables = rc.request.variables ?? {};
          // No operation resolved (several and no operationName): graphql-js says why, and
          // Apollo answers it as OPERATION_RESOLUTION_FAILURE.
          const isQuery =
            operation !== undefined &&
            operation.operation === "query" &&
            !operation.selectionSet.selections.some(
              (s) => s.kind === "Field" && s.name.value.startsWith("__"),
            );
          const jit = hotAfter > 0 && isQuery ? compiled(document, operationName) : null;
          if (!jit) {
            return execute({
              schema,
              document,
              operationName,
              contextValue: context,
              variableValues: variables,
            });
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
          if (coerced.errors) return { errors: coerced.errors };
          // Validated by Apollo and compiled: later requests with this text can take the hot lane.
          if (rc.request.query) {
            hot?.add(rc.request.query, rc.request.operationName, {
              document,
              operation,
              compiled: jit,
            });
          }
          return asGraphqlJsErrors(await jit.query(undefined, context, variables));
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors have no `extensions` at all when the thrown error had none, which Apollo's
 * formatting does not expect (the answer would lose the error's path and skip our formatError):
 * rebuild them as graphql-js errors, with the same message, path, locations and original error.
 */
function asGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((e) => {
      const error = new GraphQLError(e.message, {
        path: e.path,
        originalError: e.originalError ?? undefined,
        extensions: e.extensions,
      });
      Object.defineProperty(error, "locations", { value: e.locations, enumerable: true });
      return error;
    }),
  };
}
