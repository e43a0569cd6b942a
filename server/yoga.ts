/**
 * Builds the HTTP app from a store and a config, with no side effects: no port, no timers
 * left running. Tests call `app.fetch()` directly; index.ts hands it to node:http.
 *
 * Around the GraphQL endpoint: /healthz (the process is up), /readyz (the store answers), the
 * explorer's files at /, a body-size limit, GraphQL Armor's limits on depth, cost, aliases,
 * directives and tokens, an execution timeout, and error masking that keeps stack traces in.
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { NoSchemaIntrospectionCustomRule, type ExecutionResult, type GraphQLError } from 'graphql';
import { createGraphQLError, createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { ServerConfig } from './config.ts';
import { createLoaders, type Context } from './context.ts';
import { callerError } from './errors.ts';
import { schema } from './schema/index.ts';
import { StoreUnavailableError } from './store/errors.ts';
import type { GraphStore } from './store/types.ts';
import { serveClient } from './static.ts';
import { handleExport, isExportPath } from './export/route.ts';
import { RateLimiter } from './rate-limit.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppOptions {
  store: GraphStore;
  config: ServerConfig;
  /** Folder of the built client; omitted, / shows a short page pointing to /graphql. */
  clientDir?: string | null;
  /** Set by the process while it shuts down, so /readyz turns traffic away first. */
  lifecycle?: { draining: boolean };
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

/**
 * Gives a code to the errors GraphQL raises itself while executing: variables and arguments
 * of the wrong type. Parse and validation errors already carry yoga's codes, and resolvers
 * raise only coded errors, so an error without a code here is a caller's bad input.
 */
function errorCodesPlugin(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          // Errors a resolver threw have an originalError and are coded or masked later.
          const raisedByGraphQL = (e: GraphQLError) => !e.extensions?.code && !e.originalError;
          if (!result.errors.some(raisedByGraphQL)) return;
          setResult({ ...result, errors: result.errors.map((e) => (raisedByGraphQL(e) ? callerError('BAD_USER_INPUT', e.message) : e)) });
        },
      };
    },
    // Requests that never reach execution (an unreadable body, a missing field) say BAD_REQUEST.
    onResultProcess({ result, setResult }) {
      const results = Array.isArray(result) ? result : [result];
      if (results.every((r) => !('errors' in r) || !r.errors?.length || r.errors.every((e) => e.extensions?.code))) return;
      const coded = results.map((r) => ('errors' in r && r.errors
        ? { ...r, errors: r.errors.map((e) => (e.extensions?.code ? e : createGraphQLError(e.message, { extensions: { ...e.extensions, code: 'BAD_REQUEST' } }))) }
        : r));
      setResult((Array.isArray(result) ? coded : coded[0]!) as typeof result);
    },
  };
}

/** The address a request came from: the socket's, or the proxy's word for it when trusted. */
function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Everything around /graphql: health routes, file exports, the per-address rate limit, the
 * body-size limit, the client's files, and the security headers on every response.
 */
function httpPlugin(options: AppOptions): Plugin {
  const { store, config } = options;
  const limiter = config.limits.ratePerMinute > 0 ? new RateLimiter(config.limits.ratePerMinute) : null;
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname === '/healthz') return endResponse(json({ status: 'ok' }, 200));
      if (url.pathname === '/readyz') {
        if (options.lifecycle?.draining) return endResponse(json({ ready: false, store: store.kind, seedVersion: store.seedVersion, reason: 'shutting down' }, 503));
        const health = await store.health().catch((error: Error) => ({ ready: false, store: store.kind, seedVersion: null, reason: error.message }));
        return endResponse(json(health, health.ready ? 200 : 503));
      }
      const exporting = isExportPath(url.pathname);
      if (url.pathname === '/graphql' || exporting) {
        if (limiter) {
          const verdict = limiter.take(clientAddress(request, serverContext, config.trustProxy));
          if (!verdict.allowed) {
            const response = json({ errors: [{ message: `Too many requests from this address; at most ${config.limits.ratePerMinute} a minute are allowed. Try again in ${verdict.retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED' } }] }, 429);
            response.headers.set('retry-after', String(verdict.retryAfterSeconds));
            return endResponse(response);
          }
        }
        if (exporting) {
          try {
            return endResponse(await handleExport(store.view?.() ?? store, url, request.method));
          } catch (error) {
            if (error instanceof StoreUnavailableError) return endResponse(json({ error: error.message, code: 'STORE_UNAVAILABLE' }, 503));
            throw error;
          }
        }
        const length = Number(request.headers.get('content-length') ?? 0);
        if (length > config.limits.maxBodyBytes) {
          return endResponse(json({ errors: [{ message: `The request body is ${length} bytes; at most ${config.limits.maxBodyBytes} are allowed`, extensions: { code: 'BAD_USER_INPUT' } }] }, 413));
        }
        return;
      }
      const response = await serveClient(options.clientDir ?? null, url.pathname, request.method);
      if (response) endResponse(response);
    },
    onResponse({ request, response }) {
      const { pathname } = new URL(request.url);
      for (const [name, value] of Object.entries(securityHeaders(pathname, response.headers.get('content-type')))) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
    },
  };
}

export function createApp(options: AppOptions) {
  const { store, config } = options;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    batching: { limit: config.limits.maxBatch },
    multipart: false,
    landingPage: false,
    graphiql: config.graphiql ? { title: 'Lechang report graph' } : false,
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, methods: ['GET', 'POST'] } : false,
    context: (): Context => {
      // One view per request: every answer in one response comes from one graph version.
      const view = store.view?.() ?? store;
      return { store: view, config, loaders: createLoaders(view) };
    },
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
      // Operations compiled to JavaScript once and cached by document: the graph query of a
      // large seed resolves ~3x faster. Before the timeout, which wraps whatever executes.
      useGraphQlJit(),
      timeoutPlugin(config.limits.timeoutMs),
      errorCodesPlugin(),
      // The graph changes only when a new seed is loaded, so an answer is good for as long as
      // the store serves the seed version it was computed from; answers with errors are never kept.
      ...(config.responseCache ? [useResponseCache({ session: () => store.seedVersion, ttl: Infinity })] : []),
      ...(config.introspection ? [] : [{ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) } satisfies Plugin]),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
