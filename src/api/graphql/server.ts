import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { FastifyInstance } from "fastify";
import { type GraphContext, type Services, createLoaders } from "../../graph/services.js";
import type { Config } from "../../config.js";
import { authStatusPlugin, createFormatError } from "./format-error.js";
import { jitGateway } from "./executor.js";
import { queryLimitsPlugin } from "./limits.js";
import { buildGraphSchema } from "./schema.js";

/** What the app adds around GraphQL: its error formatter (logging to the request's log) and plugins (metrics). */
export interface GraphqlExtras {
  formatError?: ReturnType<typeof createFormatError>;
  plugins?: ApolloServerPlugin<GraphContext>[];
}

/** Mounts Apollo Server at /graphql on the Fastify app, with a fresh set of loaders per request. */
export async function mountGraphql(
  app: FastifyInstance,
  services: Services,
  config: Config,
  extras: GraphqlExtras = {},
) {
  const schema = await buildGraphSchema();
  const apollo = new ApolloServer<GraphContext>({
    gateway: jitGateway(schema, config.jitAfter),
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
      queryLimitsPlugin(schema, {
        maxDepth: config.maxQueryDepth,
        maxCost: config.maxQueryCost,
        maxItems: Math.max(config.maxPageSize, config.maxTraversalNodes, config.maxPaths),
      }),
      ...(extras.plugins ?? []),
    ],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    context: async () => ({ services, loaders: createLoaders(services) }),
  });
  return apollo;
}
