import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../../config/project-root';

/**
 * Starts Neo4j 5.26 Community from its Maven Central jars (tools/neo4j-local) with Bolt on loopback.
 * The jars are resolved once by Maven into ~/.m2 and the classpath cached in target/, so a second
 * start needs no network.
 */
export const LAUNCHER_DIR = join(PROJECT_ROOT, 'tools', 'neo4j-local');
const CLASSES_DIR = join(LAUNCHER_DIR, 'target', 'classes');
const CLASSPATH_FILE = join(LAUNCHER_DIR, 'target', 'classpath.txt');
const MAIN_CLASS = 'dev.musubi.neo4jlocal.Neo4jLocal';
const MAIN_CLASS_FILE = join(CLASSES_DIR, 'dev', 'musubi', 'neo4jlocal', 'Neo4jLocal.class');
const SOURCES = [
  join(LAUNCHER_DIR, 'pom.xml'),
  join(LAUNCHER_DIR, 'src', 'main', 'java', 'dev', 'musubi', 'neo4jlocal', 'Neo4jLocal.java'),
];

/**
 * The JVM options Neo4j 5's own neo4j.conf passes (server.jvm.additional), minus AlwaysPreTouch,
 * which would touch the whole heap at start for no gain in a development database. The
 * --add-opens lines are required on Java 17: without java.nio, start-up fails linking
 * DirectByteBuffer.
 */
export const NEO4J_JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export class PrerequisiteError extends Error {
  constructor(message: string) {
    super(
      `${message}\n` +
        'Alternatives: point Musubi at a running Neo4j 5 with NEO4J_URI=bolt://host:7687 ' +
        '(and NEO4J_USER/NEO4J_PASSWORD), or run everything with `docker compose up`.',
    );
    this.name = 'PrerequisiteError';
  }
}

export interface LocalNeo4jOptions {
  /** Folder for the store and Neo4j's logs; kept across restarts unless the caller removes it. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  heap?: string;
  pageCache?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  startupMs: number;
  /** True once the JVM has reported that Neo4j shut down cleanly (store closed). */
  stoppedCleanly(): boolean;
  stop(timeoutMs?: number): Promise<void>;
  /** Resolves when the JVM exits, for whatever reason. */
  exited: Promise<number | null>;
}

export function javaMajorVersion(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (probe.error || probe.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function assertJava(env: NodeJS.ProcessEnv): void {
  const major = javaMajorVersion(env);
  if (major === undefined) {
    throw new PrerequisiteError(
      'Java was not found on the PATH. The local Neo4j needs Java 17 or newer ' +
        '(Debian/Ubuntu: apt-get install openjdk-17-jre-headless).',
    );
  }
  if (major < 17) {
    throw new PrerequisiteError(`Java ${major} found; the local Neo4j 5.26 needs Java 17 or newer.`);
  }
}

function isBuilt(): boolean {
  if (!existsSync(MAIN_CLASS_FILE) || !existsSync(CLASSPATH_FILE)) return false;
  const builtAt = Math.min(statSync(MAIN_CLASS_FILE).mtimeMs, statSync(CLASSPATH_FILE).mtimeMs);
  if (SOURCES.some((file) => statSync(file).mtimeMs > builtAt)) return false;
  // ~/.m2 may have been emptied since: every jar on the cached classpath must still be there.
  return readClasspath().every((jar) => existsSync(jar));
}

function readClasspath(): string[] {
  return readFileSync(CLASSPATH_FILE, 'utf8').trim().split(':').filter(Boolean);
}

/** Compiles the launcher and resolves Neo4j's jars with Maven, once. */
export function ensureLauncherBuilt(
  log: (line: string) => void = () => undefined,
  env: NodeJS.ProcessEnv = process.env,
): void {
  assertJava(env);
  if (isBuilt()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (mvn.error || mvn.status !== 0) {
    throw new PrerequisiteError(
      'Maven (mvn) was not found on the PATH; it fetches Neo4j 5.26 from Maven Central once ' +
        '(Debian/Ubuntu: apt-get install maven).',
    );
  }
  log('Fetching Neo4j 5.26 jars with Maven (first start only)...');
  const build = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'compile'], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (build.status !== 0) {
    throw new Error(
      `Building the local Neo4j launcher failed (mvn exit ${build.status}):\n${build.stdout}${build.stderr}`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => undefined);
  ensureLauncherBuilt(log);
  mkdirSync(options.home, { recursive: true });
  const port = options.port === 0 ? await freePort() : options.port;
  const started = Date.now();
  const args = [
    `-Xms${options.heap ?? '512m'}`,
    `-Xmx${options.heap ?? '512m'}`,
    ...NEO4J_JVM_OPTIONS,
    '-cp',
    [CLASSES_DIR, ...readClasspath()].join(':'),
    MAIN_CLASS,
    `--home=${options.home}`,
    `--port=${port}`,
    `--pagecache=${options.pageCache ?? '256m'}`,
  ];
  // stdin stays an open pipe: the launcher stops itself when it closes, i.e. when we die.
  // Its own process group: a terminal's Ctrl-C reaches the whole foreground group, and Neo4j must
  // stop after the processes that use it (`npm start` stops it last), not while a worker still
  // finishes its jobs.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  let stoppedCleanly = false;
  const uri = await new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Local Neo4j did not start within ${options.startTimeoutMs ?? 120_000} ms`));
    }, options.startTimeoutMs ?? 120_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = /^NEO4J_LOCAL_READY (\S+)$/.exec(line);
      if (ready) {
        clearTimeout(timeout);
        resolve(ready[1]);
      } else if (line === 'NEO4J_LOCAL_STOPPED') {
        stoppedCleanly = true;
      } else {
        log(`neo4j-local: ${line}`);
      }
    });
    void exited.then((code) => {
      clearTimeout(timeout);
      reject(
        new Error(
          `Local Neo4j exited with code ${code} before it was ready. Its logs: ${join(options.home, 'logs', 'debug.log')}\n` +
            stderrTail.join('\n'),
        ),
      );
    });
  });

  return {
    uri,
    port,
    pid: child.pid!,
    startupMs: Date.now() - started,
    exited,
    stoppedCleanly: () => stoppedCleanly,
    stop: (timeoutMs = 30_000) => stopChild(child, exited, timeoutMs),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
