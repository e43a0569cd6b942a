/**
 * A local Neo4j Community server without Docker: `tsx scripts/neo4j/neo4j.ts start|stop|status`
 * (npm run neo4j:start, neo4j:stop, neo4j:status).
 *
 * The server runs from jars that Maven resolves into .cache/neo4j (see resolve-distribution.ts),
 * so it needs only Java and Maven. It runs the server's entry point in a detached JVM itself:
 * the `neo4j` launcher script is not published to Maven Central. The JVM flags below are those
 * the launcher passes by default, less the ones meant for profiling and large heaps.
 *
 * `start` returns only once the server answers a query over Bolt with the configured password,
 * so whatever runs next can connect at once. `start` and `stop` are both safe to repeat.
 * `status` exits 0 when the server is running and 3 when it is not, as `neo4j status` does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import neo4j from 'neo4j-driver';

import { ensureDistribution } from './resolve-distribution.ts';
import { configuredBoltAddress, isPasswordFixed, setInitialPassword, writeConfiguration } from './server-files.ts';
import {
  NEO4J_VERSION,
  Neo4jRunnerError,
  START_TIMEOUT_MS,
  STOP_TIMEOUT_MS,
  childEnvironment,
  readSettings,
  type Neo4jPaths,
  type Neo4jRunnerSettings,
} from './settings.ts';

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  // Neo4j reaches into these for direct I/O and native file advice; without them it logs
  // warnings and falls back to slower paths.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

const NOT_RUNNING_EXIT_CODE = 3;

/** Written to the console log before each start, to tell one start's output from the last. */
const START_MARKER = '--- starting Neo4j';

/** Paths as the user can type them from where they ran the command. */
const show = (path: string) => relative(process.cwd(), path) || path;

// ---------------------------------------------------------------------------------------------
// The server process

/** Linux tells more about a process than kill(pid, 0) can; elsewhere that is all there is. */
const HAS_PROC = existsSync('/proc/self/stat');

/**
 * The pid in the pid file, if that process is alive and is this home's Neo4j. A pid file left
 * by a crash, whose number the system has since given to another process, does not count.
 */
function runningPid(paths: Neo4jPaths): number | null {
  if (!existsSync(paths.pidFile)) return null;
  const pid = Number(readFileSync(paths.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  if (!HAS_PROC) return pid;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(MAIN_CLASS) && args.includes(`--home-dir=${paths.homeDir}`) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  if (HAS_PROC) {
    // A zombie still answers kill(pid, 0); where nothing reaps it, it would look alive forever.
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends a signal, and takes a process that has just exited on its own as done. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Neo4j 5.26 supports Java 17 and 21; older ones cannot load it, newer ones are untested. */
const SUPPORTED_JAVA = [17, 21];

/** Checked before anything is downloaded, so that a missing Java is the first thing said. */
function checkJava(java: string): void {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8', env: childEnvironment() });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jRunnerError(`could not run ${java} -version; Neo4j ${NEO4J_VERSION} needs Java 17 or 21 (set JAVA_HOME to choose one)`);
  }
  // `version "17.0.15"`, or `version "1.8.0_392"` before Java 9.
  const [, first = '0', second = '0'] = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr) ?? [];
  const major = first === '1' ? Number(second) : Number(first);
  if (major < SUPPORTED_JAVA[0]!) {
    throw new Neo4jRunnerError(`${java} is Java ${major}; Neo4j ${NEO4J_VERSION} needs Java 17 or 21 (set JAVA_HOME to choose one)`);
  }
  if (!SUPPORTED_JAVA.includes(major)) {
    console.warn(`neo4j: ${java} is Java ${major}, which Neo4j ${NEO4J_VERSION} does not support; if it fails, set JAVA_HOME to a Java 17 or 21`);
  }
}

function launchServer(settings: Neo4jRunnerSettings): number {
  const { paths } = settings;
  const classpath = [join(paths.pluginsDir, '*'), join(paths.libDir, '*')].join(':');
  const output = openSync(paths.consoleLog, 'a');
  try {
    const child = spawn(
      settings.java,
      [`-Xms${settings.memory.heap}`, `-Xmx${settings.memory.heap}`, ...JVM_FLAGS, '-cp', classpath, MAIN_CLASS, `--home-dir=${paths.homeDir}`, `--config-dir=${paths.confDir}`],
      // A session of its own, so that Ctrl-C in the terminal that started it does not stop it.
      { cwd: paths.homeDir, detached: true, stdio: ['ignore', output, output], env: childEnvironment() },
    );
    // A failed spawn is reported by the missing pid below; the event would only repeat it.
    child.on('error', () => undefined);
    if (child.pid === undefined) throw new Neo4jRunnerError(`could not start ${settings.java}; Java 17 or 21 is needed`);
    child.unref();
    writeFileSync(paths.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(output);
  }
}

/** Whether anything accepts TCP connections on the address, whoever it is. */
function isListening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000);
    const done = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Where the running server's Bolt connector listens: the generated configuration says. */
function boltAddress(settings: Neo4jRunnerSettings): string {
  const { confFile } = settings.paths;
  const configured = existsSync(confFile) ? configuredBoltAddress(readFileSync(confFile, 'utf8')) : null;
  return configured ?? `127.0.0.1:${settings.boltPort}`;
}

// ---------------------------------------------------------------------------------------------
// Waiting for Bolt

/** What one attempt to query the server found. */
type Probe =
  | { outcome: 'ready' }
  /** Not listening yet, or still opening its databases: try again. */
  | { outcome: 'not-yet'; reason: string }
  | { outcome: 'password-refused'; reason: string }
  | { outcome: 'unusable'; reason: string };

const PASSWORD_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/**
 * One attempt at `RETURN 1`, plus the check that the `cjk` full-text analyzer is there: the
 * search over the report's Chinese text depends on it.
 */
async function probe(uri: string, password: string): Promise<Probe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2000,
    connectionAcquisitionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  const session = driver.session();
  try {
    await session.run('RETURN 1');
    const analyzers = await session.run("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer WHERE analyzer = 'cjk' RETURN analyzer");
    if (analyzers.records.length === 0) return { outcome: 'unusable', reason: "its full-text search lacks the 'cjk' analyzer" };
    return { outcome: 'ready' };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason = code || (error as Error).message;
    return PASSWORD_CODES.has(code) ? { outcome: 'password-refused', reason } : { outcome: 'not-yet', reason };
  } finally {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

/** What the JVM printed since the last start, or else the end of Neo4j's own log. */
function startupOutput(paths: Neo4jPaths): string {
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').trimEnd() : '');
  const sinceStart = read(paths.consoleLog).split(START_MARKER).at(-1) ?? '';
  const consoleOutput = sinceStart.split('\n').slice(1).join('\n').trim();
  const output = consoleOutput || read(paths.userLog);
  return output.split('\n').slice(-15).join('\n');
}

async function waitForBolt(settings: Neo4jRunnerSettings, pid: number): Promise<void> {
  const { paths } = settings;
  const uri = `bolt://${boltAddress(settings)}`;
  const logs = `see ${show(paths.userLog)} (and ${show(paths.debugLog)}, ${show(paths.consoleLog)})`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastReason = 'no answer yet';

  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      rmSync(paths.pidFile, { force: true });
      const output = startupOutput(paths);
      throw new Neo4jRunnerError(`Neo4j exited while starting; ${logs}.${output ? `\nLast lines:\n${output}` : ''}`);
    }
    const result = await probe(uri, settings.password);
    switch (result.outcome) {
      case 'ready':
        return;
      case 'password-refused':
        throw new Neo4jRunnerError(
          `Neo4j is running (pid ${pid}) but refused the password from ${settings.passwordSource} (${result.reason}). ` +
            `The password is fixed when the database is first created: set NEO4J_PASSWORD to the one it was created with, ` +
            `or stop Neo4j and delete ${show(paths.dataDir)} to start from an empty database.`,
        );
      case 'unusable':
        throw new Neo4jRunnerError(`Neo4j is running (pid ${pid}) but ${result.reason}; ${logs}`);
      case 'not-yet':
        lastReason = result.reason;
        await sleep(500);
    }
  }
  throw new Neo4jRunnerError(
    `Neo4j (pid ${pid}) did not answer over Bolt within ${START_TIMEOUT_MS / 1000} s (last: ${lastReason}); ${logs}. ` +
      'It may still be starting: `npm run neo4j:status` tells, `npm run neo4j:stop` stops it.',
  );
}

// ---------------------------------------------------------------------------------------------
// Commands

/**
 * Runs `work` while holding the start lock, so that two starts at once (two terminals, or test
 * workers) launch one server instead of two JVMs fighting over one store and one pid file.
 * A lock whose holder has died is taken over.
 */
async function withStartLock<T>(paths: Neo4jPaths, work: () => Promise<T>): Promise<T> {
  const lockFile = join(paths.runDir, 'start.lock');
  mkdirSync(paths.runDir, { recursive: true });
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lockFile, 'utf8').trim());
    if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
      rmSync(lockFile, { force: true });
    } else if (Date.now() > deadline) {
      throw new Neo4jRunnerError(`another start (pid ${holder}) has held ${show(lockFile)} for over ${START_TIMEOUT_MS / 1000} s`);
    } else {
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

async function start(settings: Neo4jRunnerSettings): Promise<void> {
  await withStartLock(settings.paths, () => startUnlocked(settings));
}

async function startUnlocked(settings: Neo4jRunnerSettings): Promise<void> {
  const { paths } = settings;
  const running = runningPid(paths);
  if (running !== null) {
    // It may have been started a moment ago, or with another password: hold `start`'s promise
    // that the server answers with this one.
    await waitForBolt(settings, running);
    console.log(`neo4j: already running (pid ${running}), Bolt at bolt://${boltAddress(settings)}`);
    return;
  }
  rmSync(paths.pidFile, { force: true });

  if (await isListening('127.0.0.1', settings.boltPort)) {
    throw new Neo4jRunnerError(`another process already listens on 127.0.0.1:${settings.boltPort}; stop it, or choose another port with NEO4J_BOLT_PORT`);
  }

  checkJava(settings.java);
  const resolution = ensureDistribution(paths);
  if (resolution.resolved) console.log(`neo4j: resolved in ${resolution.seconds.toFixed(1)} s`);

  writeConfiguration(settings);
  if (!isPasswordFixed(settings)) {
    setInitialPassword(settings);
    console.log(`neo4j: new database; the password of user neo4j is ${settings.passwordSource === 'NEO4J_PASSWORD' ? 'the one in NEO4J_PASSWORD' : 'the local default'}`);
  }

  const started = performance.now();
  writeFileSync(paths.consoleLog, `${START_MARKER} ${NEO4J_VERSION} at ${new Date().toISOString()}\n`, { flag: 'a' });
  const pid = launchServer(settings);
  console.log(`neo4j: starting Neo4j Community ${NEO4J_VERSION} (pid ${pid})…`);
  await waitForBolt(settings, pid);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`neo4j: ready in ${seconds} s at bolt://${boltAddress(settings)} (user neo4j, database neo4j)`);
  console.log(`neo4j: logs in ${show(paths.logsDir)} (neo4j.log, debug.log)`);
}

async function stop(settings: Neo4jRunnerSettings): Promise<void> {
  const { paths } = settings;
  const pid = runningPid(paths);
  if (pid === null) {
    rmSync(paths.pidFile, { force: true });
    console.log('neo4j: not running');
    return;
  }

  const started = performance.now();
  console.log(`neo4j: stopping (pid ${pid})…`);
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);

  if (isAlive(pid)) {
    // The store recovers from its transaction log on the next start.
    console.warn(`neo4j: still running after ${STOP_TIMEOUT_MS / 1000} s; killing it (SIGKILL)`);
    signal(pid, 'SIGKILL');
    const killDeadline = Date.now() + 10_000;
    while (isAlive(pid) && Date.now() < killDeadline) await sleep(100);
    if (isAlive(pid)) throw new Neo4jRunnerError(`pid ${pid} survived SIGKILL; the pid file is left in ${show(paths.runDir)}`);
  }
  rmSync(paths.pidFile, { force: true });
  console.log(`neo4j: stopped in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function status(settings: Neo4jRunnerSettings): Promise<number> {
  const { paths } = settings;
  const pid = runningPid(paths);
  if (pid === null) {
    console.log('neo4j: not running');
    return NOT_RUNNING_EXIT_CODE;
  }
  const address = boltAddress(settings);
  const [host = '127.0.0.1', port = String(settings.boltPort)] = address.split(':');
  const accepting = await isListening(host, Number(port));
  console.log(`neo4j: running (pid ${pid}), Bolt at bolt://${address}${accepting ? '' : ' (not accepting connections yet)'}`);
  console.log(`neo4j: logs in ${show(paths.logsDir)}`);
  return 0;
}

const COMMANDS = ['start', 'stop', 'status'] as const;
type Command = (typeof COMMANDS)[number];

async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  if (!COMMANDS.includes(command as Command) || argv.length > 1) {
    console.error(`usage: tsx scripts/neo4j/neo4j.ts ${COMMANDS.join('|')}`);
    return 2;
  }
  const settings = readSettings();
  switch (command as Command) {
    case 'start':
      await start(settings);
      return 0;
    case 'stop':
      await stop(settings);
      return 0;
    case 'status':
      return status(settings);
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Neo4jRunnerError)) throw error;
  console.error(`neo4j: ${error.message}`);
  process.exitCode = 1;
}
