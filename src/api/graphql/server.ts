import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from "@as-integrations/fastify";
import type { FastifyInstance } from "fastify";
import { type GraphContext, type Services, createLoaders } from "../../graph/services.js";
import type { Config } from "../../config.js";
import { authStatusPlugin, createFormatError } from "./format-error.js";
import { jitGateway } from "./executor.js";
import { HotQueries } from "./hot-queries.js";
import { createLimitChecker, queryLimitsPlugin } from "./limits.js";
import { buildGraphSchema } from "./schema.js";

/** What the app adds around GraphQL: its error formatter (logging to the request's log) and plugins (metrics). */
export interface GraphqlExtras {
  formatError?: ReturnType<typeof createFormatError>;
  plugins?: ApolloServerPlugin<GraphContext>[];
  /** Told the time of each query answered by the hot lane, which Apollo's plugins do not see. */
  onHotQuery?: (operationName: string | null, seconds: number) => void;
}

/** Mounts Apollo Server at /graphql on the Fastify app, with a fresh set of loaders per request. */
export async function mountGraphql(
  app: FastifyInstance,
  services: Services,
  config: Config,
  extras: GraphqlExtras = {},
) {
  const schema = await buildGraphSchema();
  const checkLimits = createLimitChecker(schema, {
    maxDepth: config.maxQueryDepth,
    maxCost: config.maxQueryCost,
    maxItems: Math.max(config.maxPageSize, config.maxTraversalNodes, config.maxPaths),
  });
  const hot = new HotQueries(schema, { max: 1000, checkLimits, onAnswered: extras.onHotQuery });
  const apollo = new ApolloServer<GraphContext>({
    gateway: jitGateway(schema, config.jitAfter, hot),
    introspection: true,
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
  const context = () => ({ services, loaders: createLoaders(services) });
  const viaApollo = fastifyApolloHandler(apollo, { context: async () => context() });
  // The routes @as-integrations/fastify would add, with the hot lane in front of Apollo.
  app.route<{ Reply: string }>({
    method: ["GET", "POST", "OPTIONS"],
    url: "/graphql",
    async handler(request, reply) {
      return (await hot.answer(request, reply, context)) ?? viaApollo.call(this, request, reply);
    },
  });
  return apollo;
}
