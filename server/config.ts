/**
 * The server's settings, read from the environment here and nowhere else. Every value is
 * checked at start: a bad one stops the program with a message naming the variable and what
 * it allows.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface Limits {
  /** Deepest selection set a query may nest. */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Most tokens in one document. */
  maxTokens: number;
  /** Highest cost an operation may have: about the objects its answer can hold (server/cost.ts). */
  maxCost: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Longest an operation may run, in milliseconds. */
  timeoutMs: number;
  /** Most operations in one batched request. */
  maxBatch: number;
  /** Requests a minute per client address; 0 turns the limit off. */
  ratePerMinute: number;
  /** Most queries the automatic-persisted-query store keeps (least recently used go first); 0 turns APQ off. */
  apqMaxQueries: number;
}

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** How often the served-version pointer is read, in milliseconds (NEO4J_POLL_MS). */
  pollMs: number;
  /**
   * How long a version is served without a fresh look at the pointer, in milliseconds
   * (NEO4J_STALE_MS); at least twice the poll. A load's grace must be longer than this.
   */
  staleMs: number;
  /** Longest wait between tries while Neo4j cannot be reached, in milliseconds (NEO4J_RETRY_MS). */
  retryMs: number;
}

export interface ServerConfig {
  host: string;
  port: number;
  graphiql: boolean;
  introspection: boolean;
  /** Origins allowed to call the API from a browser; empty means same origin only. */
  corsOrigins: string[];
  /** Keep answers to repeated queries, keyed by the seed version they were computed from. */
  responseCache: boolean;
  /** Take the client address from X-Forwarded-For (behind a proxy you run). */
  trustProxy: boolean;
  neo4j: Neo4jConfig | null;
  /** The seed artefact to serve; the project's built seed unless SEED_PATH names another. */
  seedPath: string | null;
  /** After SIGTERM, how long (ms) the server still listens, answering 503 on /readyz, before it drains. */
  shutdownGraceMs: number;
  limits: Limits;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 50_000,
  maxBodyBytes: 100_000,
  timeoutMs: 10_000,
  maxBatch: 10,
  ratePerMinute: 0,
  apqMaxQueries: 1000,
};

type Environment = Record<string, string | undefined>;

function integer(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new ConfigError(`${name}=${JSON.stringify(raw)} is not allowed: use a whole number from ${min} to ${max}`);
  }
  return value;
}

function flag(env: Environment, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name}=${JSON.stringify(raw)} is not allowed: use true or false`);
}

function origins(env: Environment, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw.split(',').map((origin) => {
    const value = origin.trim();
    if (value === '*') return value;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(`${name} holds "${value}", which is not an origin: use a comma-separated list such as https://example.org,http://localhost:5173, or *`);
    }
    if (url.origin !== value.replace(/\/$/, '')) {
      throw new ConfigError(`${name} holds "${value}": an origin has a scheme, host and optional port, and no path`);
    }
    return url.origin;
  });
}

function neo4j(env: Environment): Neo4jConfig | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/]+/.test(uri)) {
    throw new ConfigError(`NEO4J_URI=${JSON.stringify(uri)} is not allowed: use neo4j://host:port or bolt://host:port (optionally +s or +ssc)`);
  }
  const password = env.NEO4J_PASSWORD;
  if (!password) throw new ConfigError('NEO4J_PASSWORD is required when NEO4J_URI is set');
  const pollMs = integer(env, 'NEO4J_POLL_MS', 1_000, 100, 60_000);
  const staleMs = integer(env, 'NEO4J_STALE_MS', Math.max(10_000, 2 * pollMs), 1_000, 600_000);
  if (staleMs < 2 * pollMs) {
    throw new ConfigError(`NEO4J_STALE_MS=${staleMs} is not allowed with NEO4J_POLL_MS=${pollMs}: a version must stay served for at least two polls (${2 * pollMs} ms or more)`);
  }
  const retryMs = integer(env, 'NEO4J_RETRY_MS', 5_000, 100, 60_000);
  return { uri, user: env.NEO4J_USER?.trim() || 'neo4j', password, database: env.NEO4J_DATABASE?.trim() || 'neo4j', pollMs, staleMs, retryMs };
}

export function loadConfig(env: Environment = process.env): ServerConfig {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    graphiql: flag(env, 'GRAPHIQL', true),
    introspection: flag(env, 'INTROSPECTION', true),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    responseCache: flag(env, 'RESPONSE_CACHE', false),
    neo4j: neo4j(env),
    seedPath: env.SEED_PATH?.trim() || null,
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 1_000, 0, 120_000),
    limits: {
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 100),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', DEFAULT_LIMITS.maxAliases, 1, 1000),
      maxDirectives: integer(env, 'MAX_QUERY_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 1, 1000),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxTokens, 100, 100_000),
      maxCost: integer(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, 100, 10_000_000),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, 1_000, 10_000_000),
      timeoutMs: integer(env, 'QUERY_TIMEOUT_MS', DEFAULT_LIMITS.timeoutMs, 100, 600_000),
      maxBatch: integer(env, 'MAX_BATCH', DEFAULT_LIMITS.maxBatch, 1, 100),
      ratePerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', DEFAULT_LIMITS.ratePerMinute, 0, 1_000_000),
      apqMaxQueries: integer(env, 'APQ_MAX_QUERIES', DEFAULT_LIMITS.apqMaxQueries, 0, 1_000_000),
    },
  };
}
