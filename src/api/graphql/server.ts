import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { type GraphContext, type Services, createLoaders } from "../../graph/services.js";
import type { Config } from "../../config.js";
import { authStatusPlugin, createFormatError } from "./format-error.js";
import { jitGateway } from "./executor.js";
import { HotQueries } from "./hot-queries.js";
import {
  createLimitChecker,
  limitRules,
  limitsOf,
  parseOptions,
  queryLimitsPlugin,
} from "./limits.js";
import { capResponse } from "./response-cap.js";
import { INTERNAL, STATUS, clientErrorOf, graphqlErrorBody } from "../errors.js";
import { buildGraphSchema } from "./schema.js";

/** What the app adds around GraphQL: its error formatter (logging to the request's log) and plugins (metrics). */
export interface GraphqlExtras {
  formatError?: ReturnType<typeof createFormatError>;
  plugins?: ApolloServerPlugin<GraphContext>[];
  /** Told the time of each query answered by the hot lane, which Apollo's plugins do not see. */
  onHotQuery?: (operationName: string | null, seconds: number) => void;
}

/** A GET from a browser's address bar: it asks for HTML and carries no GraphQL query. */
function opensPage(request: FastifyRequest): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  return !query?.query && /\btext\/html\b/.test(request.headers.accept ?? "");
}

/** Mounts Apollo Server at /graphql on the Fastify app, with a fresh set of loaders per request. */
export async function mountGraphql(
  app: FastifyInstance,
  services: Services,
  config: Config,
  extras: GraphqlExtras = {},
) {
  const schema = await buildGraphSchema();
  const limits = limitsOf(config);
  const checkLimits = createLimitChecker(schema, limits);
  const hot = new HotQueries(schema, { max: 1000, checkLimits, onAnswered: extras.onHotQuery });
  const apollo = new ApolloServer<GraphContext>({
    gateway: jitGateway(schema, config.jitAfter, hot),
    introspection: true,
    parseOptions: parseOptions(limits),
    validationRules: limitRules(limits),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT (graceful shutdown); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    formatError:
      extras.formatError ??
      createFormatError((err) => app.log.error({ err }, "unexpected error in a resolver")),
    // The self-hosted playground lives at /playground; Apollo's landing page needs a CDN.
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; without it Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      authStatusPlugin,
      queryLimitsPlugin(checkLimits),
      ...(extras.plugins ?? []),
    ],
  });
  await apollo.start();
  const context = (log?: GraphContext["log"]) => ({
    services,
    loaders: createLoaders(services),
    log,
  });
  const viaApollo = fastifyApolloHandler(apollo, {
    context: async (request) => context(request.log),
  });
  // The routes @as-integrations/fastify would add, with the hot lane in front of Apollo.
  app.route<{ Reply: string }>({
    method: ["GET", "POST", "OPTIONS"],
    url: "/graphql",
    // Every answer, from Apollo or from the hot lane, is measured before it is sent.
    onSend: capResponse(config.maxResponseBytes),
    // Requests refused before Apollo sees them (bad JSON, too large, another media type) are
    // answered in GraphQL's shape too.
    errorHandler(err, request, reply) {
      const mapped = clientErrorOf(err, config.bodyLimit);
      void reply.type("application/json; charset=utf-8");
      if (mapped) {
        return reply.status(STATUS[mapped.code]).send(JSON.stringify(graphqlErrorBody(mapped)));
      }
      request.log.error({ err }, "unexpected error before GraphQL execution");
      const body = { errors: [{ message: INTERNAL.message, extensions: { code: INTERNAL.code } }] };
      return reply.status(500).send(JSON.stringify(body));
    },
    async handler(request, reply) {
      // A browser opening /graphql (a page, no query) lands in the playground.
      if (request.method === "GET" && opensPage(request)) return reply.redirect("/playground");
      return (await hot.answer(request, reply, context)) ?? viaApollo.call(this, request, reply);
    },
  });
  return apollo;
}
