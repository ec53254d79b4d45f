// One size of `npm run bench -- --scale`, in a process of its own (so its memory is its own): loads
// the synthetic graph in `dir` as the loader does (parse.ts), hands it to a worker's store as the pool does,
// times every saved query on that store, then validates. Prints one JSON line per step, so that the
// parent keeps what was measured when it stops a validation that runs past its time bound.
//   node --import tsx src/bench/scale-run.ts DIR   (BENCH_QUERY_BOUND_MS: a query's time bound, 20 s)
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { Binder, loadCatalog, type SavedQuery } from '../catalog/index.ts';
import { configFromEnv } from '../config/index.ts';
import { loadShapes, validateGraph } from '../shacl/index.ts';
import { completeGraph, parseGraph } from '../workers/parse.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: scale-run.ts DIR');
const config = configFromEnv();
/** A query running longer is stopped and reported as such. */
const QUERY_BOUND_MS = Number(process.env.BENCH_QUERY_BOUND_MS ?? 20_000);
const MB = 1024 * 1024;
const say = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
const rss = () => Math.round(process.memoryUsage().rss / MB);

/** Each parameter at its default, else its first allowed value, else its example. */
function sampleValues(query: SavedQuery): Map<string, string> {
  const values = new Map<string, string>();
  for (const p of query.parameters) {
    const value = p.default ?? p.enum?.[0] ?? p.example;
    if (value !== undefined) values.set(p.name, value);
  }
  return values;
}

// As the loader does it: parsed on every core and packed for the workers, then its own store completed.
const maxDataBytes = Number.MAX_SAFE_INTEGER;
const parsed = await parseGraph([dir], { maxDataBytes, heapBytes: config.validationHeapBytes, hash: '' });
const started = performance.now();
const graph = completeGraph(parsed, maxDataBytes);
const completeMs = performance.now() - started;
say({
  step: 'load',
  quads: graph.quadCount,
  triples: graph.tripleCount,
  loadMs: parsed.loadMs,
  completeMs,
  rssMB: rss(),
});

const { packed } = graph;

const ENTRY = new URL('../workers/worker-entry.mjs', import.meta.url);
const WORKER = new URL('./scale-worker.ts', import.meta.url).href;
interface Timed {
  p50: number;
  p99: number;
  runs: number;
  bytes: number;
  rows?: number;
}

/** A worker holding the graph, once it has loaded it. */
async function startWorker(): Promise<{ worker: Worker; unpackMs: number }> {
  const worker = new Worker(ENTRY, { workerData: { entry: WORKER, packed, graphs: graph.graphs } });
  const [ready] = (await once(worker, 'message')) as [{ unpackMs: number }];
  return { worker, unpackMs: ready.unpackMs };
}

/** Times a query in the worker; undefined when it runs past the bound (the worker is then ended). */
async function timeQuery(worker: Worker, text: string, mediaType: string): Promise<Timed | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), QUERY_BOUND_MS);
  });
  worker.postMessage({ text, mediaType });
  const answer = await Promise.race([once(worker, 'message').then(([m]) => m as Timed), late]);
  clearTimeout(timer);
  if (answer === undefined) await worker.terminate();
  return answer;
}

let { worker, unpackMs } = await startWorker();
say({ step: 'worker', unpackMs, bytes: packed.bytes.length, rssMB: rss() });

const binder = new Binder(config.maxQueryBytes, 0);
for (const query of loadCatalog(config.queriesPaths).queries) {
  if (/\bSERVICE\b/i.test(query.text)) {
    say({ step: 'query', name: query.name, skipped: 'federated (calls Wikidata)' });
    continue;
  }
  const text = binder.bindValues(query, sampleValues(query), query.pagination ? 1 : undefined);
  const mediaType = query.form === 'select' || query.form === 'ask' ? 'application/sparql-results+json' : 'text/turtle';
  const timed = await timeQuery(worker, text, mediaType);
  if (timed) {
    say({ step: 'query', name: query.name, ...timed });
  } else {
    say({ step: 'query', name: query.name, skipped: `over ${QUERY_BOUND_MS / 1000} s` });
    ({ worker } = await startWorker());
  }
}
say({ step: 'queries', rssMB: rss() });
await worker.terminate();

const validation = await validateGraph(graph, loadShapes(config.shapesPaths), config.shaclEngine);
say({ step: 'validate', ms: validation.durationMs, violations: validation.violations, rssMB: rss() });
