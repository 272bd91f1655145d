import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyInstance } from "fastify";
import {
  type ExecutionArgs,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import { handleProtocols } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Config } from "../../config.js";
import { QueryLimitError } from "../../errors.js";
import type { Actor } from "../../graph/actor.js";
import { type Services, createLoaders } from "../../graph/services.js";
import type { Guard } from "../auth.js";
import { createLimitChecker, limitRules, limitsOf, parseOptions } from "./limits.js";
import { SocketAdmission, authorizationOf } from "./ws-auth.js";

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface LiveSockets {
  /** Open WebSocket connections. */
  readonly connections: number;
  /** Refuses new connections from now on (shutdown). */
  drain(): void;
  /** Closes every connection (1001 going away) and the server. */
  close(): Promise<void>;
}

const requestError = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code } });

/**
 * GraphQL subscriptions over WebSocket (graphql-ws, protocol graphql-transport-ws) on the HTTP
 * server's own port and path, /graphql. Only subscriptions: queries and mutations go over HTTP,
 * so every write passes the same checks. Documents get the same depth and cost limits.
 */
export function mountWebSocket(
  http: FastifyInstance,
  services: Services,
  schema: GraphQLSchema,
  config: Config,
  formatError: FormatError,
  guard: Guard,
  onEvent: () => void = () => undefined,
): LiveSockets {
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols,
    maxPayload: config.bodyLimit,
  });
  const limits = limitsOf(config);
  const checkLimits = createLimitChecker(schema, limits);
  const rules = [...specifiedRules, ...limitRules(limits)];
  const admission = new SocketAdmission(guard, services.keys, config);
  let draining = false;

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  http.server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/graphql") return refuse(socket, "404 Not Found");
    if (draining) return refuse(socket, "503 Service Unavailable");
    if (wss.clients.size >= config.wsMaxConnections)
      return refuse(socket, "503 Service Unavailable");
    const refused = admission.refuseUpgrade(req);
    if (refused) return refuse(socket, refused);
    wss.handleUpgrade(req, socket, head, (ws) => {
      admission.opened(ws, req);
      wss.emit("connection", ws, req);
    });
  });

  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  useServer<Record<string, unknown>, { actor: Actor; authorization: string | null }>(
    {
      schema,
      async onConnect(ctx) {
        const { socket, request } = ctx.extra;
        const actor = await admission.admit(socket, request, ctx.connectionParams);
        if (!actor) return false;
        const authorization = authorizationOf(ctx.connectionParams, request);
        ctx.extra.actor = actor;
        ctx.extra.authorization = authorization;
        return true;
      },
      onSubscribe(ctx, _id, payload) {
        let document;
        try {
          document = parse(payload.query, parseOptions(limits));
        } catch (err) {
          return [requestError((err as Error).message, "GRAPHQL_PARSE_FAILED")];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length > 0) {
          return invalid.map((e) =>
            e.originalError ? e : requestError(e.message, "GRAPHQL_VALIDATION_FAILED"),
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            requestError(
              "Only subscriptions go over WebSocket; send queries and mutations with HTTP POST /graphql",
              "BAD_REQUEST",
            ),
          ];
        }
        // `subscriptions` already holds this one.
        if (Object.keys(ctx.subscriptions).length > config.wsMaxSubscriptionsPerConnection) {
          return [
            requestError(
              `At most ${config.wsMaxSubscriptionsPerConnection} subscriptions per connection (WS_MAX_SUBSCRIPTIONS_PER_CONNECTION)`,
              "BAD_REQUEST",
            ),
          ];
        }
        try {
          checkLimits(document, payload.operationName, payload.variables ?? {});
        } catch (err) {
          return [err as GraphQLError];
        }
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: {
            services,
            loaders: createLoaders(services),
            actor: ctx.extra.actor,
            authorization: ctx.extra.authorization,
          },
        };
        return args;
      },
      onNext(_ctx, _id, _payload, _args, result) {
        onEvent();
        const bytes = Buffer.byteLength(JSON.stringify(result));
        if (bytes > config.maxResponseBytes) {
          const err = QueryLimitError.response(bytes, config.maxResponseBytes);
          return { errors: format([new GraphQLError(err.message, { originalError: err })]) };
        }
        if (!result.errors) return;
        return { ...result, errors: format(result.errors) };
      },
      onError(_ctx, _id, _payload, errors) {
        return format(errors);
      },
    },
    wss,
  );

  return {
    get connections() {
      return wss.clients.size;
    },
    drain() {
      draining = true;
    },
    async close() {
      draining = true;
      admission.stop();
      const closing = [...wss.clients].map(
        (ws) => new Promise<void>((resolve) => ws.once("close", () => resolve())),
      );
      for (const ws of wss.clients) ws.close(1001, "Server shutting down");
      // Clients get a moment to answer the close frame; the rest are cut.
      const wait = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
      await Promise.race([Promise.all(closing), wait]);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
