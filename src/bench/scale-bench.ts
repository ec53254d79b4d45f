// `npm run bench -- --scale`: the synthetic graph (scale.ts) at each size, measured by scale-run.ts in
// a process of its own, and a table of the figures with their growth per decade of quads.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { configFromEnv } from '../config/index.ts';
import { factorFor, readSource, writeScaled } from './scale.ts';
import { startFlags } from './startup.ts';

/** Validation past this is stopped and reported as skipped. */
const VALIDATE_BOUND_MS = Number(process.env.BENCH_VALIDATE_BOUND_MS ?? 180_000);

export type Step = Record<string, unknown> & { step: string };

export interface SizeResult {
  target: number;
  quads: number;
  generateMs: number;
  steps: Step[];
  /** Why the run stopped early, if it did. */
  stopped?: string;
}

/** "100k" → 100000, "1M" → 1000000. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a size: '${text}' (say 100k or 1M)`);
  const unit = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] ?? ''] ?? 1;
  return Math.round(Number(match[1]) * unit);
}

/**
 * Runs scale-run.ts on `dir` with the start script's Node flags (as `npm start` runs; without
 * `--v8-pool-size=0` a load at 1M quads takes a tenth longer), stopping it when validation runs past
 * its bound; returns its steps.
 */
function measure(dir: string): Promise<{ steps: Step[]; stopped?: string }> {
  const script = new URL('./scale-run.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, [...startFlags(), '--import', 'tsx', script, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const steps: Step[] = [];
  let stopped: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    const step = JSON.parse(line) as Step;
    steps.push(step);
    console.log(`  ${line}`);
    if (step.step === 'queries') {
      timer = setTimeout(() => {
        stopped = `validation skipped: still running after ${VALIDATE_BOUND_MS / 1000} s`;
        child.kill('SIGKILL');
      }, VALIDATE_BOUND_MS);
    }
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!stopped && code !== 0) stopped = `the measurement failed (${signal ?? `exit ${code}`})`;
      resolve({ steps, stopped });
    });
  });
}

const s = (ms: unknown) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(1)} s` : '–');
const msText = (ms: unknown) => (typeof ms === 'number' ? (ms < 10 ? ms.toFixed(1) : ms.toFixed(0)) : '–');

/** Growth per decade between two sizes: the factor a figure is multiplied by when the quads are. */
function perDecade(a: unknown, b: unknown, quadsA: number, quadsB: number): string {
  if (typeof a !== 'number' || typeof b !== 'number' || a <= 0) return '–';
  return `×${((b / a) ** (1 / Math.log10(quadsB / quadsA))).toFixed(1)}`;
}

export function table(results: SizeResult[]): string {
  const step = (r: SizeResult, name: string) => r.steps.find((x) => x.step === name);
  const header = `| | ${results.map((r) => `${r.quads.toLocaleString('en')} quads`).join(' | ')} | growth per decade |`;
  const rows: string[] = [header, `| --- |${' --- |'.repeat(results.length + 1)}`];
  const growth = (values: unknown[]) =>
    results
      .slice(1)
      .map((r, i) => perDecade(values[i], values[i + 1], results[i]?.quads ?? 1, r.quads))
      .join(', ');
  const row = (label: string, values: unknown[], show: (v: unknown) => string) =>
    rows.push(`| ${label} | ${values.map(show).join(' | ')} | ${growth(values)} |`);
  row(
    'load (parse on every core, pack for the workers)',
    results.map((r) => step(r, 'load')?.loadMs),
    s,
  );
  row(
    "the loader's union, while the workers load",
    results.map((r) => step(r, 'load')?.completeMs),
    s,
  );
  row(
    "a worker's store from the packed graph",
    results.map((r) => {
      const w = step(r, 'worker');
      return typeof w?.unpackMs === 'number' ? w.unpackMs : undefined;
    }),
    s,
  );
  row(
    'RSS after load and one worker (MB)',
    results.map((r) => step(r, 'worker')?.rssMB),
    (v) => String(v ?? '–'),
  );
  rows.push(
    `| validation | ${results
      .map((r) => {
        const v = step(r, 'validate');
        return v ? `${s(v.ms)} (${v.violations} violations)` : (r.stopped ?? 'not run');
      })
      .join(' | ')} | ${growth(results.map((r) => step(r, 'validate')?.ms))} |`,
  );
  const names = [...new Set(results.flatMap((r) => r.steps.filter((x) => x.step === 'query').map((x) => x.name)))];
  for (const name of names) {
    const timed = results.map((r) => r.steps.find((x) => x.step === 'query' && x.name === name));
    const cell = (q: Step | undefined) =>
      !q
        ? '–'
        : q.skipped
          ? String(q.skipped)
          : `${msText(q.p50)} / ${msText(q.p99)} ms (${q.rows ?? '?'} rows, ${Math.round(Number(q.bytes) / 1024)} kB)`;
    rows.push(
      `| \`${name}\` p50 / p99 | ${timed.map(cell).join(' | ')} | ${growth(timed.map((q) => (q?.skipped ? undefined : q?.p50)))} |`,
    );
  }
  return rows.join('\n');
}

export async function benchScale(sizes: number[]): Promise<void> {
  const config = configFromEnv();
  const source = readSource(config.dataPaths, Number.MAX_SAFE_INTEGER);
  const results: SizeResult[] = [];
  for (const target of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
    try {
      const started = performance.now();
      const scaled = writeScaled(source, factorFor(source, target), dir);
      const generateMs = performance.now() - started;
      console.log(
        `${scaled.quads.toLocaleString('en')} quads (${scaled.factor} copies of the real graph), generated in ${s(generateMs)}:`,
      );
      const { steps, stopped } = await measure(dir);
      if (stopped) console.log(`  ${stopped}`);
      results.push({ target, quads: scaled.quads, generateMs, steps, stopped });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `\nScale (saved queries on one worker's store, p50 / p99 of up to 20 runs within 3 s each; a query over ${Number(process.env.BENCH_QUERY_BOUND_MS ?? 20_000) / 1000} s is stopped):\n`,
  );
  console.log(table(results));
}
