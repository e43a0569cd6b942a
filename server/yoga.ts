/**
 * Builds the HTTP app from a store and a config, with no side effects: no port, no timers
 * left running. Tests call `app.fetch()` directly; index.ts hands it to node:http.
 *
 * Around the GraphQL endpoint: /healthz (the process is up), /readyz (the store answers), the
 * explorer's files at /, a body-size limit, GraphQL Armor's limits on depth, cost, aliases,
 * directives and tokens, an execution timeout, and error masking that keeps stack traces in.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createInMemoryAPQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ASTVisitor, type ExecutionResult, type ValidationContext } from 'graphql';
import { createGraphQLError, createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { ServerConfig } from './config.ts';
import { createLoaders, type Context } from './context.ts';
import { useCompiledQueries } from './compiled-queries.ts';
import { operationCost } from './cost.ts';
import { callerError } from './errors.ts';
import { schema } from './schema/index.ts';
import { StoreUnavailableError } from './store/errors.ts';
import type { GraphStore } from './store/types.ts';
import { serveClient } from './static.ts';
import { handleExport, isExportPath } from './export/route.ts';
import { RateLimiter } from './rate-limit.ts';
import { securityHeaders } from './security-headers.ts';
import { addVary, CACHEABLE, compressed, entityTag, ifNoneMatchHits, NOT_CACHEABLE } from './http-cache.ts';

export interface AppOptions {
  store: GraphStore;
  config: ServerConfig;
  /** Folder of the built client; omitted, / shows a short page pointing to /graphql. */
  clientDir?: string | null;
  /** Set by the process while it shuts down, so /readyz turns traffic away first. */
  lifecycle?: { draining: boolean };
}

/** How long an automatic persisted query stays known without being used: a day. */
const APQ_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Yoga's APQ plugin with an LRU store of `max` queries. Its hook reads `params.extensions`
 * unguarded, so a body that is JSON but not an object (`null`, `[null]`) is left to yoga's own
 * parameter check, which answers it with a coded 400 instead of a logged TypeError.
 */
function apqPlugin(max: number): Plugin {
  const apq = useAPQ({ store: createInMemoryAPQStore({ max, ttl: APQ_TTL_MS }) });
  return {
    onParams(payload) {
      if (payload.params === null || typeof payload.params !== 'object') return;
      return apq.onParams!(payload);
    },
  };
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/** Limits on what one request may ask, from GraphQL Armor, each rejection carrying a code. */
function armorPlugins(config: ServerConfig): Plugin[] {
  // Armor rejects while parsing and says "Syntax Error: …"; the document's syntax was fine.
  const tooComplex = (_: unknown, error: GraphQLError) => {
    (error.extensions as Record<string, unknown>).code = 'QUERY_TOO_COMPLEX';
    error.message = error.message.replace(/^Syntax Error: /, '');
  };
  const { limits } = config;
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, onReject: [tooComplex] },
    maxAliases: { n: limits.maxAliases, onReject: [tooComplex] },
    maxDirectives: { n: limits.maxDirectives, onReject: [tooComplex] },
    maxTokens: { n: limits.maxTokens, onReject: [tooComplex] },
    // Armor's cost ignores argument values; costPlugin() computes it from them instead.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().plugins as Plugin[];
}

/**
 * Rejects, before anything runs, an operation whose cost (server/cost.ts: from the real
 * argument values, literal or variable) is above the limit, with QUERY_TOO_COMPLEX.
 */
function costPlugin(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
      if (cost !== null && cost > maxCost) {
        setResultAndStopExecution({ errors: [callerError('QUERY_TOO_COMPLEX', `The query costs ${cost}; at most ${maxCost} is allowed. Ask for smaller pages (first, limit) or fewer nested lists`)] });
      }
    },
  };
}

/**
 * Refuses mutations and subscriptions while validating: the graph is read-only and has no
 * Mutation or Subscription type, so such an operation is the caller's mistake, not a crash.
 */
function OperationTypeRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(new GraphQLError(`This API answers queries only; it has no ${node.operation} operations. Send a query`, { nodes: node, extensions: { code: 'OPERATION_NOT_SUPPORTED' } }));
    },
  };
}

/** HTTP status for a request that never executed (no `data`), by the code of its first error. */
const NOT_EXECUTED_STATUS: Record<string, number> = { TIMEOUT: 504, STORE_UNAVAILABLE: 503, INTERNAL_SERVER_ERROR: 500, RATE_LIMITED: 429 };

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
    // A result without `data` never executed: under application/graphql-response+json it gets
    // a 4xx (5xx when the server failed), as GraphQL over HTTP asks; yoga keeps `spec` statuses
    // out of application/json answers, which stay 200.
    onResultProcess({ result, setResult }) {
      const results = Array.isArray(result) ? result : [result];
      for (const r of results) {
        if (!('errors' in r) || !r.errors?.length || ('data' in r && r.data !== undefined)) continue;
        for (const e of r.errors) {
          const extensions = e.extensions as Record<string, unknown>;
          const http = (extensions.http ?? {}) as { status?: number; spec?: boolean };
          if (http.status) continue;
          extensions.http = { ...http, spec: true, status: NOT_EXECUTED_STATUS[String(extensions.code)] ?? 400 };
        }
      }
      if (results.every((r) => !('errors' in r) || !r.errors?.length || r.errors.every((e) => e.extensions?.code))) return;
      const coded = results.map((r) => ('errors' in r && r.errors
        ? { ...r, errors: r.errors.map((e) => (e.extensions?.code ? e : createGraphQLError(e.message, { extensions: { ...e.extensions, code: 'BAD_REQUEST' } }))) }
        : r));
      setResult((Array.isArray(result) ? coded : coded[0]!) as typeof result);
    },
  };
}

/**
 * A chunked body (one with no Content-Length) read whole while counting its bytes: the bytes,
 * or `tooLarge` with the count reached as soon as it passes `max`, without reading the rest.
 * A body with a Content-Length needs no counting: Node stops it at the length it declared.
 */
async function readChunkedBody(body: ReadableStream<Uint8Array>, max: number): Promise<{ bytes: ArrayBuffer } | { tooLarge: number }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return { tooLarge: total };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes: bytes.buffer };
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
 * body-size limit, the client's files, the security headers on every response, ETag and
 * Cache-Control (with 304 for If-None-Match) on GET answers and exports, and compression.
 */
/**
 * The view of the graph each request reads, taken when it arrives: its GraphQL context, its
 * response-cache key, its export and its entity tag all come from this one version, even when
 * the store switches (or rolls back) while the request runs.
 */
type RequestViews = WeakMap<Request, GraphStore>;

function httpPlugin(options: AppOptions, views: RequestViews): Plugin {
  const { store, config } = options;
  const limiter = config.limits.ratePerMinute > 0 ? new RateLimiter(config.limits.ratePerMinute) : null;
  const answeredWithErrors = new WeakSet<Request>();
  return {
    async onRequest({ request, url, endResponse, serverContext, setRequest }) {
      if (url.pathname === '/healthz') return endResponse(json({ status: 'ok' }, 200));
      if (url.pathname === '/readyz') {
        if (options.lifecycle?.draining) return endResponse(json({ ready: false, store: store.kind, seedVersion: store.seedVersion, reason: 'shutting down' }, 503));
        const health = await store.health().catch((error: Error) => ({ ready: false, store: store.kind, seedVersion: null, reason: error.message }));
        return endResponse(json(health, health.ready ? 200 : 503));
      }
      const exporting = isExportPath(url.pathname);
      if (url.pathname === '/graphql' || exporting) {
        const view = store.view?.() ?? store;
        views.set(request, view);
        if (limiter) {
          const verdict = limiter.take(clientAddress(request, serverContext, config.trustProxy));
          if (!verdict.allowed) {
            const response = json({ errors: [{ message: `Too many requests from this address; at most ${config.limits.ratePerMinute} a minute are allowed. Try again in ${verdict.retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED' } }] }, 429);
            response.headers.set('retry-after', String(verdict.retryAfterSeconds));
            return endResponse(response);
          }
        }
        if ((request.method === 'GET' || request.method === 'HEAD') && ifNoneMatchHits(request.headers.get('if-none-match'), entityTag(view.seedVersion, url, request.headers.get('accept')))) {
          const headers = new Headers({ etag: entityTag(view.seedVersion, url, request.headers.get('accept')), 'cache-control': CACHEABLE, vary: 'accept, accept-encoding' });
          return endResponse(new Response(null, { status: 304, headers }));
        }
        const tooLarge = (size: number) => {
          const response = json({ errors: [{ message: `The request body is ${size} bytes or more; at most ${config.limits.maxBodyBytes} are allowed`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, 413);
          // The rest of the body is never read, so the connection cannot carry another request.
          response.headers.set('connection', 'close');
          return endResponse(response);
        };
        const declared = request.headers.get('content-length');
        if (declared !== null) {
          if (Number(declared) > config.limits.maxBodyBytes) return tooLarge(Number(declared));
        } else if (request.body) {
          const read = await readChunkedBody(request.body, config.limits.maxBodyBytes);
          if ('tooLarge' in read) return tooLarge(read.tooLarge);
          request = new Request(request.url, { method: request.method, headers: request.headers, body: read.bytes });
          views.set(request, view);
          setRequest(request);
        }
        if (exporting) {
          try {
            return endResponse(await handleExport(view, url, request));
          } catch (error) {
            if (error instanceof StoreUnavailableError) return endResponse(json({ error: error.message, code: 'STORE_UNAVAILABLE', errors: [{ message: error.message, extensions: { code: 'STORE_UNAVAILABLE' } }] }, 503));
            throw error;
          }
        }
        return;
      }
      const response = await serveClient(options.clientDir ?? null, url.pathname, request.method);
      if (response) endResponse(response);
    },
    // A request whose answer held errors: its GET answer is not to be cached.
    onResultProcess({ request, result }) {
      if ((Array.isArray(result) ? result : [result]).some((r) => 'errors' in r && r.errors?.length)) answeredWithErrors.add(request);
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const url = new URL(request.url);
      for (const [name, value] of Object.entries(securityHeaders(url.pathname, response.headers.get('content-type')))) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
      const readable = request.method === 'GET' || request.method === 'HEAD';
      const graphqlAnswer = url.pathname === '/graphql' && (response.headers.get('content-type') ?? '').includes('json');
      if (readable && (graphqlAnswer || isExportPath(url.pathname)) && response.status !== 304) {
        addVary(response.headers, 'Accept');
        const view = views.get(request);
        if (response.status === 200 && !answeredWithErrors.has(request) && view) {
          response.headers.set('etag', entityTag(view.seedVersion, url, request.headers.get('accept')));
          response.headers.set('cache-control', CACHEABLE);
          response.headers.delete('last-modified');
        } else {
          response.headers.delete('etag');
          response.headers.set('cache-control', NOT_CACHEABLE);
        }
      }
      // Not while draining: the process closes idle connections as soon as an answer is
      // written, and a client still inflating a compressed body would find it cut short.
      if (!options.lifecycle?.draining) setResponse(await compressed(response, request.headers.get('accept-encoding'), fetchAPI.Response));
    },
  };
}

export function createApp(options: AppOptions) {
  const { store, config } = options;
  const views: RequestViews = new WeakMap();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    batching: { limit: config.limits.maxBatch },
    // The body limit is the HTTP plugin's (MAX_BODY_BYTES, checked before yoga reads a byte, with
    // this API's PAYLOAD_TOO_LARGE); yoga's own 25 MB check would pipe every body through a
    // TransformStream again, which cost ~0.13 ms a request (a node stream pipeline aborted on finish).
    maxRequestBodySize: false,
    multipart: false,
    landingPage: false,
    graphiql: config.graphiql ? { title: 'Lechang report graph' } : false,
    // GraphiQL's code from the npm package, inline in the page: no CDN, works offline.
    renderGraphiQL,
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, methods: ['GET', 'POST'] } : false,
    context: ({ request }): Context => {
      // One view per request: every answer in one response comes from one graph version.
      const view = views.get(request) ?? store.view?.() ?? store;
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
      httpPlugin(options, views),
      // Automatic persisted queries (Apollo's PersistedQueryLink, urql's persistedExchange): a
      // query is sent once, then by its SHA-256 alone. The store is an LRU of bounded size.
      ...(config.limits.apqMaxQueries > 0 ? [apqPlugin(config.limits.apqMaxQueries)] : []),
      ...armorPlugins(config),
      // Operations compiled to JavaScript once, cached by document and operation name. Before
      // the timeout, which wraps whatever executes.
      costPlugin(config.limits.maxCost),
      useCompiledQueries(),
      timeoutPlugin(config.limits.timeoutMs),
      errorCodesPlugin(),
      // The graph changes only when a new seed is loaded, so an answer is good for as long as
      // the store serves the seed version it was computed from; answers with errors are never kept.
      // The key holds the version of the request's view, the one the answer is read from.
      ...(config.responseCache ? [useResponseCache({ session: (request) => (views.get(request) ?? store).seedVersion, ttl: Infinity })] : []),
      { onValidate: ({ addValidationRule }) => addValidationRule(OperationTypeRule) } satisfies Plugin,
      ...(config.introspection ? [] : [{ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) } satisfies Plugin]),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
