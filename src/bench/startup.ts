// Start-to-ready as a deployer sees it: from spawning what `npm start` runs (package.json's start
// script, without npm) to the first 200 on /health, and the resident memory /health reports a second
// later (idle: no request answered). Node's own start, measured the same way, is its floor.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

const SETTLE_MS = 1000;

export interface Start {
  readyMs: number;
  rssBytes: number;
}

/** The arguments a package.json script gives node: its flags, the bundle and, for `start`, `serve`. */
export function scriptArguments(script: 'start' | 'cli'): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string | undefined>;
  };
  const [program, ...args] = (scripts[script] ?? '').trim().split(/\s+/);
  if (program !== 'node') throw new Error(`package.json's ${script} script does not run node: ${scripts[script]}`);
  return args;
}

/**
 * Node 20 reads the file NODE_EXTRA_CA_CERTS names, and its own root certificates with it, when it
 * starts (before any code of ours runs), instead of at its first TLS connection: about 90 ms on this
 * machine. An environment that sets it pays that at every start; measured without it as well.
 */
export const EXTRA_CA_CERTS = 'NODE_EXTRA_CA_CERTS';

/** This process's environment, without the variables named. */
function environment(without: string[]): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of without) delete env[name];
  return env;
}

/** One start of the built server with `cacheDir` for what it keeps between runs. */
export async function startOnce(cacheDir: string, without: string[] = [], timeoutMs = 60_000): Promise<Start> {
  const port = await freePort();
  const args = scriptArguments('start'); // read before the clock starts
  const env = environment(without);
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...env, SUMMIT_KG_PORT: String(port), SUMMIT_KG_HOST: '127.0.0.1', SUMMIT_KG_CACHE_DIR: cacheDir },
    stdio: 'ignore',
  });
  try {
    while (performance.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        if (response.status === 200) {
          const readyMs = performance.now() - started;
          await response.arrayBuffer();
          // Idle memory once start-up has settled: a worker warms the engine up just after it is ready.
          await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
          const health = await fetch(`http://127.0.0.1:${port}/health`);
          const { rssBytes } = (await health.json()) as { rssBytes: number };
          return { readyMs, rssBytes };
        }
        await response.arrayBuffer();
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`the server was not ready after ${timeoutMs} ms`);
  } finally {
    if (child.exitCode === null) {
      child.kill();
      await once(child, 'exit');
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export interface Starts {
  first: Start;
  median: Start;
  starts: Start[];
  /** The same starts from an environment without NODE_EXTRA_CA_CERTS, alternated with them, when this one sets it. */
  withoutExtraCerts?: { median: Start; starts: Start[] };
}

const medianStart = (starts: Start[]): Start => ({
  readyMs: median(starts.map((s) => s.readyMs)),
  rssBytes: median(starts.map((s) => s.rssBytes)),
});

/** The first start with nothing kept, then `n` starts that read back what it kept: their medians. */
export async function measureStarts(n = 5): Promise<Starts> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const alternate = process.env[EXTRA_CA_CERTS] !== undefined;
  try {
    const first = await startOnce(cacheDir);
    const starts: Start[] = [];
    const without: Start[] = [];
    for (let i = 0; i < n; i++) {
      starts.push(await startOnce(cacheDir));
      if (alternate) without.push(await startOnce(cacheDir, [EXTRA_CA_CERTS]));
    }
    return {
      first,
      starts,
      median: medianStart(starts),
      withoutExtraCerts: alternate ? { median: medianStart(without), starts: without } : undefined,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** The node flags of package.json's start script (what comes before the bundle). */
export const startFlags = () => scriptArguments('start').filter((arg) => arg.startsWith('-'));

/** Node's own start with the start script's flags: from spawning `node -e ''` until it exits, median of `n`. */
export async function measureNodeStart(n = 5, without: string[] = []): Promise<number> {
  const flags = startFlags();
  const env = environment(without);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const child = spawn(process.execPath, [...flags, '-e', ''], { env, stdio: 'ignore' });
    await once(child, 'exit');
    times.push(performance.now() - started);
  }
  return median(times);
}
