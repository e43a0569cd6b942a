/**
 * Sends the explorer's typed documents to the API. Every failure becomes an ApiError with a
 * kind the views can explain (the server cannot be reached, answered HTTP 5xx, reported a
 * GraphQL error such as STORE_UNAVAILABLE or NOT_FOUND, or took too long); nothing fails silently.
 */
import { config } from '../config.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'timeout';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The GraphQL error's extensions.code, or the HTTP status as a string. */
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

interface GraphQLErrorShape {
  message?: string;
  extensions?: { code?: string };
}

/** A sentence a reader can act on, for each way a request can fail. */
export function describeApiError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'network':
      return 'The graph API cannot be reached. Check that the server is running, then try again.';
    case 'timeout':
      return 'The graph API took too long to answer. Try again in a moment.';
    case 'http':
      return `The graph API answered with an HTTP error (${error.code ?? 'unknown'}). Try again in a moment.`;
    case 'graphql':
      if (error.code === 'STORE_UNAVAILABLE') return `The graph store is unavailable right now (${error.message}). Try again in a moment.`;
      if (error.code === 'NOT_FOUND') return error.message;
      return `The graph API reported an error: ${error.message}`;
  }
}

/** What a request may ask of the HTTP layer. */
export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Send the query by GET (`/graphql?query=…&variables=…`) rather than POST: the server answers
   * GET with an ETag made from the seed version, `Cache-Control: public, no-cache`, and a
   * compressed body, so the browser keeps the answer and a repeat visit gets `304 Not Modified`
   * (no body, no work on the server) until the seed changes. For queries whose text and
   * variables stay short (the whole graph, the reports); a long search would outgrow a URL.
   */
  cacheable?: boolean;
}

const ACCEPT = 'application/graphql-response+json, application/json';

/**
 * Sends `document` with `variables` and resolves with the HTTP response, whatever its status:
 * the first half of `request`, for a caller that starts a request before it can read the answer
 * (the whole graph, asked for while the explorer's bundle still loads: see prefetch.ts).
 * Errors: ApiError `network` (no answer) or `timeout` (none within config.requestTimeoutMs);
 * an abort through `signal` rejects with the abort's own error.
 */
export async function send<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: AbortSignal | RequestOptions = {},
): Promise<Response> {
  const { signal, cacheable = false } = options instanceof AbortSignal ? { signal: options } : options;
  const timeout = AbortSignal.timeout(config.requestTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    if (cacheable) {
      const params = new URLSearchParams({ query: document.toString(), variables: JSON.stringify(variables ?? {}) });
      return await fetch(`${config.graphqlUrl}?${params}`, { method: 'GET', headers: { accept: ACCEPT }, signal: combined });
    }
    return await fetch(config.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ACCEPT },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: combined,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError('timeout', 'The request timed out');
    throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
  }
}

/**
 * The data of a GraphQL answer (the second half of `request`). Errors: ApiError `graphql` with
 * the first error's message and extensions.code; `http` for a status that is not 2xx or an
 * answer without data.
 */
export async function readAnswer<Result>(response: Response): Promise<Result> {
  let body: { data?: Result | null; errors?: GraphQLErrorShape[] } | null = null;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    body = await response.json().catch(() => null);
  }
  const first = body?.errors?.[0];
  if (first) throw new ApiError('graphql', first.message ?? 'Unknown error', first.extensions?.code ?? null);
  if (!response.ok) throw new ApiError('http', `HTTP ${response.status}`, `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  if (!body?.data) throw new ApiError('http', 'The API answered without data', String(response.status));
  return body.data;
}

/** Sends `document` and resolves with its data; every failure an ApiError (see send and readAnswer). */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: AbortSignal | RequestOptions = {},
): Promise<Result> {
  return readAnswer<Result>(await send(document, variables, options));
}
