/**
 * The explorer's settings, read from Vite's environment here and nowhere else, and checked
 * once at start: a bad value stops the app with a message naming the variable.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface ClientConfig {
  /** Where the GraphQL API answers; same origin by default, as the server serves the explorer. */
  graphqlUrl: string;
  /** Where the API's file exports are: beside the GraphQL endpoint. */
  exportUrl: string;
  /** How long one API request may take before the explorer reports it, in milliseconds. */
  requestTimeoutMs: number;
}

type Environment = Record<string, string | boolean | undefined>;

export function loadConfig(env: Environment): ClientConfig {
  const url = typeof env.VITE_GRAPHQL_URL === 'string' && env.VITE_GRAPHQL_URL.trim() ? env.VITE_GRAPHQL_URL.trim() : '/graphql';
  if (!/^(\/|https?:\/\/)/.test(url)) {
    throw new ConfigError(`VITE_GRAPHQL_URL=${JSON.stringify(url)} is not allowed: use a path starting with / or an http(s) URL`);
  }
  const rawTimeout = env.VITE_REQUEST_TIMEOUT_MS;
  const requestTimeoutMs = typeof rawTimeout === 'string' && rawTimeout !== '' ? Number(rawTimeout) : 20_000;
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 1000 || requestTimeoutMs > 300_000) {
    throw new ConfigError(`VITE_REQUEST_TIMEOUT_MS=${JSON.stringify(rawTimeout)} is not allowed: use a whole number of milliseconds from 1000 to 300000`);
  }
  return { graphqlUrl: url, exportUrl: url.replace(/\/graphql\/?$/, '') + '/export', requestTimeoutMs };
}

export const config: ClientConfig = loadConfig(import.meta.env);
