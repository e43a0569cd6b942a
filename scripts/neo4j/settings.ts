/**
 * What the local Neo4j runner needs to know: the pinned version, where its files live, and the
 * few values taken from the environment. The environment is read here and nowhere else in
 * scripts/neo4j, and every value is checked before anything is downloaded or started.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * 5.26 is the LTS line that still runs on Java 17. Pinned to one patch release so that every
 * machine runs the same server; raising it only re-resolves the jars (the data folder is kept,
 * and 5.26 patch releases share one store format).
 */
export const NEO4J_VERSION = '5.26.30';

/** Used when NEO4J_PASSWORD is unset; docker-compose.yml uses the same one. */
export const DEFAULT_PASSWORD = 'lechang-local';

/** Neo4j refuses shorter initial passwords (dbms.security.auth_minimum_password_length). */
const MIN_PASSWORD_LENGTH = 8;

const DEFAULT_BOLT_PORT = 7687;

/**
 * Sized for a 2-core, 24 GiB machine that also runs Node and a browser. The seed graph is
 * small, but the benchmark loads a million relations, and with a 2 GiB heap that load paused
 * for 18 s in 166 young collections: transactions of 20,000 rows outlive a small young
 * generation. A 4 GiB heap, fixed so that G1 does not start small and grow, made a quarter to
 * a half fewer collections and cost Neo4j 10–20% less CPU. The 2 GiB page cache holds the
 * store files of that graph (900 MB, and they do not shrink when it is deleted). That is six
 * of the 24 GiB; the rest is for everything else.
 */
export const MEMORY = { heap: '4g', pageCache: '2g' } as const;

/** A JVM memory size as Neo4j and java both read it: a whole number and a unit, k, m or g. */
const MEMORY_SIZE = /^[1-9]\d*[kmg]$/;

/** The heap and page cache of the local server: {@link MEMORY} unless the environment says. */
export interface Neo4jMemory {
  /** -Xms and -Xmx (the heap is fixed), e.g. "4g"; from NEO4J_HEAP. */
  heap: string;
  /** server.memory.pagecache.size, e.g. "2g"; from NEO4J_PAGECACHE. */
  pageCache: string;
}

/** Starts take 7–15 s on a busy 2-core machine; the margin is for a much busier one. */
export const START_TIMEOUT_MS = 120_000;
/** A clean shutdown takes about 10 s, most of it Bolt draining its thread pools. */
export const STOP_TIMEOUT_MS = 60_000;

export class Neo4jRunnerError extends Error {
  override readonly name = 'Neo4jRunnerError';
}

export interface Neo4jPaths {
  projectRoot: string;
  /** Everything the runner writes; under .cache/, which git ignores. */
  cacheDir: string;
  /** The resolved jars of one version; safe to delete, the next start resolves them again. */
  distDir: string;
  libDir: string;
  /** Lists the jars of a finished resolution; its absence means "resolve again". */
  libManifest: string;
  /** NEO4J_HOME: configuration, data and logs, kept across versions. */
  homeDir: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  /** Exists once the server has created its databases, after which the password is fixed. */
  systemDatabaseDir: string;
  logsDir: string;
  userLog: string;
  debugLog: string;
  /** The JVM's own stdout and stderr: crashes before Neo4j's logging starts end up here. */
  consoleLog: string;
  runDir: string;
  pidFile: string;
  pluginsDir: string;
  importDir: string;
}

export interface Neo4jRunnerSettings {
  boltPort: number;
  password: string;
  /** Said aloud instead of the password, which is never printed. */
  passwordSource: 'NEO4J_PASSWORD' | 'the local default';
  /** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else java from PATH. */
  java: string;
  memory: Neo4jMemory;
  paths: Neo4jPaths;
}

type Environment = Record<string, string | undefined>;

export function neo4jPaths(projectRoot: string): Neo4jPaths {
  const cacheDir = join(projectRoot, '.cache', 'neo4j');
  const distDir = join(cacheDir, `neo4j-${NEO4J_VERSION}`);
  const homeDir = join(cacheDir, 'server');
  const dataDir = join(homeDir, 'data');
  const logsDir = join(homeDir, 'logs');
  const runDir = join(homeDir, 'run');
  return {
    projectRoot,
    cacheDir,
    distDir,
    libDir: join(distDir, 'lib'),
    libManifest: join(distDir, 'lib.complete'),
    homeDir,
    confDir: join(homeDir, 'conf'),
    confFile: join(homeDir, 'conf', 'neo4j.conf'),
    dataDir,
    systemDatabaseDir: join(dataDir, 'databases', 'system'),
    logsDir,
    userLog: join(logsDir, 'neo4j.log'),
    debugLog: join(logsDir, 'debug.log'),
    consoleLog: join(logsDir, 'console.log'),
    runDir,
    pidFile: join(runDir, 'neo4j.pid'),
    pluginsDir: join(homeDir, 'plugins'),
    importDir: join(homeDir, 'import'),
  };
}

function boltPort(env: Environment): number {
  const raw = env.NEO4J_BOLT_PORT?.trim();
  if (!raw) return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1024 || port > 65535) {
    throw new Neo4jRunnerError(`NEO4J_BOLT_PORT=${JSON.stringify(raw)} is not allowed: use a whole number from 1024 to 65535`);
  }
  return port;
}

/**
 * A second server on the same machine (another checkout's tests beside CI's) does not need the
 * benchmark's heap: NEO4J_HEAP and NEO4J_PAGECACHE make it smaller. Sizes like 512m or 2g.
 */
function memory(env: Environment): Neo4jMemory {
  const size = (name: 'NEO4J_HEAP' | 'NEO4J_PAGECACHE', fallback: string): string => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!MEMORY_SIZE.test(raw.toLowerCase())) {
      throw new Neo4jRunnerError(`${name}=${JSON.stringify(raw)} is not allowed: use a whole number followed by k, m or g, e.g. 512m or 2g`);
    }
    return raw.toLowerCase();
  };
  return { heap: size('NEO4J_HEAP', MEMORY.heap), pageCache: size('NEO4J_PAGECACHE', MEMORY.pageCache) };
}

function password(env: Environment): Pick<Neo4jRunnerSettings, 'password' | 'passwordSource'> {
  const raw = env.NEO4J_PASSWORD;
  if (raw === undefined || raw === '') return { password: DEFAULT_PASSWORD, passwordSource: 'the local default' };
  // The value is never echoed back, only described.
  if ([...raw].length < MIN_PASSWORD_LENGTH) {
    throw new Neo4jRunnerError(`NEO4J_PASSWORD is too short: Neo4j needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (/[\r\n\0]/.test(raw)) {
    throw new Neo4jRunnerError('NEO4J_PASSWORD is not allowed: it contains a line break or a NUL character');
  }
  return { password: raw, passwordSource: 'NEO4J_PASSWORD' };
}

export function readSettings(env: Environment = process.env): Neo4jRunnerSettings {
  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const javaHome = env.JAVA_HOME?.trim();
  return {
    boltPort: boltPort(env),
    ...password(env),
    java: javaHome ? join(javaHome, 'bin', 'java') : 'java',
    memory: memory(env),
    paths: neo4jPaths(projectRoot),
  };
}

/**
 * The environment for the JVMs the runner starts: its own, less the password, which they have
 * no use for and which would otherwise sit in /proc/<pid>/environ for as long as Neo4j runs.
 */
export function childEnvironment(env: Environment = process.env): NodeJS.ProcessEnv {
  const { NEO4J_PASSWORD: _password, ...rest } = env;
  return rest;
}
