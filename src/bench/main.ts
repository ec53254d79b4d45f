// npm run bench: start-to-ready and idle memory of the built server; requests per second and p50/p99
// latency of representative queries at concurrency 8, each next to a bare express endpoint returning a
// body of the same size, and next to other SPARQL endpoints (--target URL, repeatable; a throwaway
// Virtuoso when Debian's virtuoso-opensource is installed, unless --no-virtuoso), measured in the same
// run. `--scale [--sizes 100k,1M]` measures the synthetic graph at each size instead (scale-bench.ts).
// Reports ratios, because these machines are shared and noisy; never used as a test.
import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { configFromEnv } from '../config/index.ts';
import { loadGraph } from '../graph/index.ts';
import { buildWorkbench } from '../workbench/build.ts';
import { benchScale, parseSize } from './scale-bench.ts';
import { benchShaclEngines } from './shacl.ts';
import { EXTRA_CA_CERTS, measureNodeStart, measureStarts, type Start, scriptArguments, startFlags } from './startup.ts';
import { bulkLoad, startVirtuoso, virtuosoMissing } from './virtuoso.ts';
import { measureWorkbench, reportWorkbench } from './workbench.ts';

const { values: args } = parseArgs({
  options: {
    target: { type: 'string', multiple: true, default: [] },
    'no-virtuoso': { type: 'boolean', default: false },
    scale: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '100k,1M' },
  },
});

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const config = configFromEnv();
const CONNECTIONS = 8;
const PREFIXES = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
`;

const QUERIES: { label: string; query: string; accept: string }[] = [
  {
    label: 'list: states with labels',
    query: `${PREFIXES}SELECT ?state ?label WHERE { ?state a schema:Country ; rdfs:label ?label FILTER(LANG(?label) = "fr") } ORDER BY ?label`,
    accept: 'application/sparql-results+json',
  },
  {
    label: 'join + GROUP BY: facts per source',
    query: `${PREFIXES}SELECT ?graph ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?graph { ?s a ?class } } GROUP BY ?graph ?class ORDER BY ?graph DESC(?n)`,
    accept: 'application/sparql-results+json',
  },
  {
    label: 'DESCRIBE the summit',
    query: 'DESCRIBE <https://w3id.org/aiactionsummit/id/event/2025-02-10-summit>',
    accept: 'text/turtle',
  },
  {
    label: 'label search',
    query: `${PREFIXES}SELECT DISTINCT ?entity ?label WHERE { ?entity rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "intelligence")) } ORDER BY ?label`,
    accept: 'application/sparql-results+json',
  },
];

const PAGES: { label: string; path: string; accept: string }[] = [
  { label: 'entity page: France (HTML)', path: '/id/country/FR', accept: 'text/html' },
  { label: 'entity page: the declaration (HTML)', path: '/id/document/paris-declaration', accept: 'text/html' },
  { label: 'entity description: France (Turtle)', path: '/id/country/FR', accept: 'text/turtle' },
];

interface Target {
  url: string;
  startupMs: number;
  loadMs?: number;
  validateMs?: number;
  readyMs?: number;
  child: ChildProcess;
}

async function startTarget(kind: string): Promise<Target> {
  const child = fork(new URL('./target.ts', import.meta.url), [kind], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  if (!child.stdout) throw new Error(`the ${kind} target has no output`);
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  return { ...(JSON.parse(chunk.toString()) as Omit<Target, 'child'>), child };
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Requests per second and latency at `connections` connections: one client, or with `clients` each
 * connection a client of its own, named in X-Forwarded-For as a proxy in front of the server names them.
 */
async function measure(url: string, accept: string, connections = CONNECTIONS, clients = false): Promise<Measure> {
  let client = 0;
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS,
    headers: { accept },
    setupClient: clients
      ? (connection) => connection.setHeaders({ accept, 'x-forwarded-for': `198.51.100.${++client}` })
      : undefined,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const fmt = (m: Measure) =>
  `${m.rps.toFixed(0).padStart(6)} req/s  p50 ${String(m.p50).padStart(3)} ms  p99 ${String(m.p99).padStart(3)} ms${m.errors ? `  (${m.errors} errors!)` : ''}`;

/** Builds dist/ (what `npm start` runs), then measures its start-to-ready and idle memory. */
async function startup() {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const { first, median, starts, withoutExtraCerts } = await measureStarts(5);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const ms = (values: Start[]) => values.map((s) => s.readyMs.toFixed(0)).join(', ');
  console.log(
    `Start to ready (node ${scriptArguments('start').join(' ')} until /health answers 200): first start (nothing kept) ` +
      `${first.readyMs.toFixed(0)} ms; median of 5 starts ${median.readyMs.toFixed(0)} ms ` +
      `(${ms(starts)}). Idle RSS from /health: median ${mb(median.rssBytes)} ` +
      `(first start ${mb(first.rssBytes)}).`,
  );
  console.log(
    `Node's own start (node ${startFlags().join(' ')} -e '', until it exits), the floor of the above: median ${(await measureNodeStart()).toFixed(0)} ms.`,
  );
  if (withoutExtraCerts) {
    console.log(
      `This environment sets ${EXTRA_CA_CERTS}: Node 20 then reads that file and its own root certificates at every ` +
        `start, before any code of ours runs. Without it (alternated with the starts above): node's own start median ` +
        `${(await measureNodeStart(5, [EXTRA_CA_CERTS])).toFixed(0)} ms; start to ready median ` +
        `${withoutExtraCerts.median.readyMs.toFixed(0)} ms (${ms(withoutExtraCerts.starts)}), idle RSS ${mb(withoutExtraCerts.median.rssBytes)}.`,
    );
  }
  console.log('');
}

/** Other SPARQL endpoints to compare with: --target URLs, and a throwaway Virtuoso loaded with `summit-kg export`. */
async function externalTargets(): Promise<{ label: string; url: string; stop?: () => Promise<void> }[]> {
  const targets: { label: string; url: string; stop?: () => Promise<void> }[] = args.target.map((url) => ({
    label: url,
    url,
  }));
  if (args['no-virtuoso']) return targets;
  const missing = virtuosoMissing();
  if (missing) {
    console.log(`Virtuoso: skipped, ${missing}.\n`);
    return targets;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    const exported = spawnSync(process.execPath, ['dist/bundle/main.js', 'export', '--format', 'nquads'], {
      maxBuffer: 1024 * 1024 * 1024,
    });
    if (exported.status !== 0) throw new Error(`summit-kg export failed: ${exported.stderr}`);
    writeFileSync(join(dir, 'graph.nq'), exported.stdout);
    const virtuoso = await startVirtuoso({ dirsAllowed: [dir] });
    try {
      const loadMs = bulkLoad(virtuoso, join(dir, 'graph.nq'));
      console.log(`Virtuoso: started on loopback, graph loaded in ${loadMs.toFixed(0)} ms (${virtuoso.sparql}).\n`);
    } catch (error) {
      await virtuoso.stop();
      throw error;
    }
    targets.push({ label: 'virtuoso', url: virtuoso.sparql, stop: virtuoso.stop });
  } catch (error) {
    console.log(`Virtuoso: skipped, ${(error as Error).message}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return targets;
}

async function main() {
  if (args.scale) {
    await benchScale(args.sizes.split(',').map(parseSize));
    return;
  }
  const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
  console.log(`Benchmark: ${SECONDS} s per measurement, concurrency ${CONNECTIONS}, ${graph.quadCount} quads.\n`);
  await startup();
  const external = await externalTargets();

  const targets = {
    bare: await startTarget('bare'),
    main: await startTarget('main-thread'),
    pool: await startTarget('pool'),
    cached: await startTarget('pool-cached'),
  };
  try {
    for (const { label, query, accept } of QUERIES) {
      const path = `/sparql?query=${encodeURIComponent(query)}`;
      const sample = await fetch(`${targets.pool.url}${path}`, { headers: { accept } });
      const bytes = (await sample.arrayBuffer()).byteLength;
      if (!sample.ok) throw new Error(`${label}: HTTP ${sample.status}`);
      const bare = await measure(`${targets.bare.url}/bytes/${bytes}`, accept);
      const main = await measure(`${targets.main.url}${path}`, accept);
      const pool = await measure(`${targets.pool.url}${path}`, accept);
      const clients = await measure(`${targets.pool.url}${path}`, accept, CONNECTIONS, true);
      const cached = await measure(`${targets.cached.url}${path}`, accept);
      console.log(`${label} (${bytes} bytes)`);
      console.log(`  bare express           ${fmt(bare)}`);
      console.log(`  main thread, no cache  ${fmt(main)}  ${(main.rps / bare.rps).toFixed(2)} x bare`);
      console.log(
        `  worker pool, no cache  ${fmt(pool)}  ${(pool.rps / bare.rps).toFixed(2)} x bare, ${(pool.rps / main.rps).toFixed(2)} x main thread`,
      );
      console.log(
        `  ${`… ${CONNECTIONS} clients`.padEnd(21)}  ${fmt(clients)}  ${(clients.rps / bare.rps).toFixed(2)} x bare, ${(clients.rps / pool.rps).toFixed(2)} x one client`,
      );
      console.log(`  worker pool, cache on  ${fmt(cached)}  ${(cached.rps / bare.rps).toFixed(2)} x bare`);
      for (const other of external) {
        const response = await fetch(`${other.url}?query=${encodeURIComponent(query)}`, { headers: { accept } });
        const size = (await response.arrayBuffer()).byteLength;
        if (!response.ok) {
          console.log(`  ${other.label}: HTTP ${response.status}, not measured`);
          continue;
        }
        const theirs = await measure(`${other.url}?query=${encodeURIComponent(query)}`, accept);
        console.log(
          `  ${other.label.padEnd(22)} ${fmt(theirs)}  (${size} bytes) worker pool, no cache = ${(pool.rps / theirs.rps).toFixed(2)} x (${CONNECTIONS} clients ${(clients.rps / theirs.rps).toFixed(2)} x), cache on = ${(cached.rps / theirs.rps).toFixed(2)} x ${other.label}`,
        );
      }
      console.log('');
    }
    // Pages: the server's time for an entity page (HTML, and one RDF description), with the page cache
    // off (every request reads the entity in a worker and renders it) and on, at concurrency 1 and 8.
    for (const { label, path, accept } of PAGES) {
      const sample = await fetch(`${targets.pool.url}${path}`, { headers: { accept } });
      const bytes = (await sample.arrayBuffer()).byteLength;
      if (!sample.ok) throw new Error(`${label}: HTTP ${sample.status}`);
      console.log(`${label} (${bytes} bytes)`);
      for (const connections of [1, 8]) {
        const uncached = await measure(`${targets.pool.url}${path}`, accept, connections);
        const cached = await measure(`${targets.cached.url}${path}`, accept, connections);
        console.log(`  concurrency ${connections}, cache off  ${fmt(uncached)}`);
        console.log(`  concurrency ${connections}, cache on   ${fmt(cached)}`);
      }
      console.log('');
    }
    await buildWorkbench();
    console.log(`${reportWorkbench(await measureWorkbench(targets.cached.url))}\n`);
    const health = (await (await fetch(`${targets.cached.url}/health`)).json()) as {
      quads: number;
      workers: { workers: number };
      rssBytes: number;
    };
    const pool = targets.pool;
    console.log(
      `Start-up of the served graph: loaded in ${(pool.loadMs ?? 0).toFixed(0)} ms, validated in ${(pool.validateMs ?? 0).toFixed(0)} ms; ` +
        `${health.workers.workers} workers ready ${(pool.readyMs ?? 0).toFixed(0)} ms after the start began.`,
    );
    console.log(
      `Resident memory of the server after the run (cache on): ${(health.rssBytes / 1024 / 1024).toFixed(0)} MB.\n`,
    );
    for (const line of await benchShaclEngines()) console.log(line);
  } finally {
    for (const target of Object.values(targets)) target.child.kill();
    for (const other of external) await other.stop?.();
  }
}

await main();
