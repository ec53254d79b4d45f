// Start-to-ready as a deployer sees it: from spawning what `npm start` runs (package.json's start
// script, without npm) to the first 200 on /health, and the resident memory /health reports a second
// later (idle: no request answered).
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

/** One start of the built server with `cacheDir` for what it keeps between runs. */
export async function startOnce(cacheDir: string, timeoutMs = 60_000): Promise<Start> {
  const port = await freePort();
  const args = scriptArguments('start'); // read before the clock starts
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, SUMMIT_KG_PORT: String(port), SUMMIT_KG_HOST: '127.0.0.1', SUMMIT_KG_CACHE_DIR: cacheDir },
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

/** The first start with nothing kept, then `n` starts that read back what it kept: their medians. */
export async function measureStarts(n = 5): Promise<{ first: Start; median: Start; starts: Start[] }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  try {
    const first = await startOnce(cacheDir);
    const starts: Start[] = [];
    for (let i = 0; i < n; i++) starts.push(await startOnce(cacheDir));
    return {
      first,
      starts,
      median: { readyMs: median(starts.map((s) => s.readyMs)), rssBytes: median(starts.map((s) => s.rssBytes)) },
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
