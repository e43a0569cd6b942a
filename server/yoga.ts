/**
 * Builds the HTTP app from a store and a config, with no side effects: no port, no timers
 * left running. Tests call `app.fetch()` directly; index.ts hands it to node:http.
 *
 * Around the GraphQL endpoint: /healthz (the process is up), /readyz (the store answers), the
 * explorer's files at /, a body-size limit, GraphQL Armor's limits on depth, cost, aliases,
 * directives and tokens, an execution timeout, and error masking that keeps stack traces in.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, type ExecutionResult, type GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { ServerConfig } from './config.ts';
import { createLoaders, type Context } from './context.ts';
import { callerError } from './errors.ts';
import { schema } from './schema/index.ts';
import { StoreUnavailableError } from './store/errors.ts';
import type { GraphStore } from './store/types.ts';
import { serveClient } from './static.ts';

export interface AppOptions {
  store: GraphStore;
  config: ServerConfig;
  /** Folder of the built client; omitted, / shows a short page pointing to /graphql. */
  clientDir?: string | null;
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** Limits on what one request may ask, from GraphQL Armor, each rejection carrying a code. */
function armorPlugins(config: ServerConfig): Plugin[] {
  const tooComplex = (_: unknown, error: GraphQLError) => {
    (error.extensions as Record<string, unknown>).code = 'QUERY_TOO_COMPLEX';
  };
  const { limits } = config;
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, onReject: [tooComplex] },
    maxAliases: { n: limits.maxAliases, onReject: [tooComplex] },
    maxDirectives: { n: limits.maxDirectives, onReject: [tooComplex] },
    maxTokens: { n: limits.maxTokens, onReject: [tooComplex] },
    costLimit: { maxCost: limits.maxCost, onReject: [tooComplex] },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().plugins as Plugin[];
}

/** Ends an operation that runs longer than the configured time with a TIMEOUT error. */
function timeoutPlugin(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => resolve({ errors: [callerError('TIMEOUT', `The query ran longer than ${ms} ms and was stopped; ask for less`)] }), ms);
        });
        try {
          return (await Promise.race([executeFn(args) as Promise<ExecutionResult>, timeout])) as never;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

/** Health routes, the body-size limit and the client's files: everything that is not /graphql. */
function httpPlugin(options: AppOptions): Plugin {
  const { store, config } = options;
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === '/healthz') return endResponse(json({ status: 'ok' }, 200));
      if (url.pathname === '/readyz') {
        const health = await store.health().catch((error: Error) => ({ ready: false, store: store.kind, seedVersion: null, reason: error.message }));
        return endResponse(json(health, health.ready ? 200 : 503));
      }
      if (url.pathname === '/graphql') {
        const length = Number(request.headers.get('content-length') ?? 0);
        if (length > config.limits.maxBodyBytes) {
          return endResponse(json({ errors: [{ message: `The request body is ${length} bytes; at most ${config.limits.maxBodyBytes} are allowed`, extensions: { code: 'BAD_USER_INPUT' } }] }, 413));
        }
        return;
      }
      const response = await serveClient(options.clientDir ?? null, url.pathname, request.method);
      if (response) endResponse(response);
    },
  };
}

export function createApp(options: AppOptions) {
  const { store, config } = options;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: config.graphiql ? { title: 'Lechang report graph' } : false,
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, methods: ['GET', 'POST'] } : false,
    context: (): Context => ({ store, config, loaders: createLoaders(store) }),
    maskedErrors: {
      // Caller errors (GraphQL errors with a code) pass as they are; a store that cannot answer
      // says so with STORE_UNAVAILABLE; anything else is masked, its details only in the log.
      maskError(error, message, isDev) {
        for (let cause: unknown = error; cause instanceof Error; cause = (cause as { originalError?: unknown }).originalError) {
          if (cause instanceof StoreUnavailableError) return callerError('STORE_UNAVAILABLE', cause.message);
        }
        return maskError(error, message, isDev);
      },
    },
    plugins: [
      httpPlugin(options),
      ...armorPlugins(config),
      timeoutPlugin(config.limits.timeoutMs),
      ...(config.introspection ? [] : [{ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) } satisfies Plugin]),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
