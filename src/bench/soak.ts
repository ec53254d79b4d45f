// npm run soak: the served endpoint under a mixed load for a bounded time: ordinary users (many
// addresses, behind a trusted proxy) ask known queries and every answer is checked against the
// engine's own; an attacker (one address) interleaves every abusive request the hardening issue
// found. Reports requests, 5xx and wrong answers among ordinary queries, latencies, /health's p99,
// and resident memory before, at its peak and after. Exits 1 if an ordinary query failed.
//   npm run soak -- [--seconds 120] [--connections 64]
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config/index.ts';
import { loadGraph } from '../graph/index.ts';
import { serialise } from '../rdf/index.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '120' }, connections: { type: 'string', default: '64' } },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const config = configFromEnv();

const PREFIXES = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
`;
/** What ordinary users ask, with the Accept they send. */
const ORDINARY: { query: string; accept: string }[] = [
  {
    query: `${PREFIXES}SELECT ?state ?label WHERE { ?state a schema:Country ; rdfs:label ?label FILTER(LANG(?label) = "fr") } ORDER BY ?label`,
    accept: 'application/sparql-results+json',
  },
  {
    query: `${PREFIXES}SELECT ?graph ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?graph { ?s a ?class } } GROUP BY ?graph ?class ORDER BY ?graph DESC(?n) ?class`,
    accept: 'text/csv',
  },
  { query: 'DESCRIBE <https://w3id.org/aiactionsummit/id/event/2025-02-10-summit>', accept: 'application/n-triples' },
  {
    query: `${PREFIXES}SELECT ?position ?signatory WHERE { ?s a aas:Signature ; aas:listPosition ?position ; aas:signatory ?signatory } ORDER BY ?position`,
    accept: 'text/tab-separated-values',
  },
  { query: `${PREFIXES}ASK { ?x a aas:Declaration }`, accept: 'application/sparql-results+json' },
];

const huge = 'x'.repeat(150 * 1024);
const prefix = `https://example.org/${'p'.repeat(100_000)}/`;
const expanding = `@prefix p: <${prefix}> .\n${Array.from({ length: 3000 }, (_, i) => `p:s${i} p:p p:o${i} .`).join('\n')}\n`;
const sparql = (query: string) => `/sparql?query=${encodeURIComponent(query)}`;
const post = (body: string, type = 'application/sparql-query'): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': type },
  body,
});
/** What the attacker sends, each known to have broken the endpoint once. */
const ABUSIVE: { name: string; path: string; init?: RequestInit }[] = [
  {
    name: '700 nested groups',
    path: '/sparql',
    init: post(`SELECT * WHERE ${'{'.repeat(700)} ?s ?p ?o ${'}'.repeat(700)}`),
  },
  {
    name: '2,000 nested parentheses',
    path: '/sparql',
    init: post(`SELECT * WHERE { ?s ?p ?o BIND(${'('.repeat(2000)}1${')'.repeat(2000)} AS ?x) }`),
  },
  {
    name: '2,500 UNION branches (parsed in a worker)',
    path: '/sparql',
    init: post(`SELECT * WHERE { ${Array.from({ length: 2500 }, (_, i) => `{ ?s${i} ?p ?o }`).join(' UNION ')} }`),
  },
  {
    name: 'GROUP_CONCAT blow-up',
    path: '/sparql',
    init: post(
      'SELECT (STRLEN(GROUP_CONCAT(CONCAT(STR(?s), STR(?o), STR(?o2)))) AS ?n) WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 }',
    ),
  },
  { name: '150 KB saved-query parameter', path: `/api/queries/search-entities?text=${huge}` },
  { name: 'upload that expands prefixes', path: '/validate', init: post(expanding, 'text/turtle') },
  { name: 'answer over the size limit', path: sparql('SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }') },
  {
    name: 'garbage gzip body',
    path: '/sparql',
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Content-Encoding': 'gzip' },
      body: 'garbage',
    },
  },
  { name: 'malformed path', path: '/api/queries/%ff%fe' },
];

/**
 * An answer in a form that does not depend on the order of rows or triples the engine happened to
 * produce (ties in ORDER BY, DESCRIBE): lines sorted, the header kept first.
 */
function canonical(body: string, accept: string): string {
  if (accept === 'application/sparql-results+json') {
    const json = JSON.parse(body) as { head: unknown; boolean?: boolean; results?: { bindings: unknown[] } };
    const rows = (json.results?.bindings ?? []).map((row) => JSON.stringify(row)).sort();
    return JSON.stringify([json.head, json.boolean ?? null, rows]);
  }
  const [header = '', ...lines] = body.trimEnd().split('\n');
  return accept === 'application/n-triples'
    ? [header, ...lines].sort().join('\n')
    : [header, ...lines.sort()].join('\n');
}

interface Sample {
  ms: number;
  status: number;
}

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function startTarget(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(new URL('./target.ts', import.meta.url), ['soak'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  if (!child.stdout) throw new Error('no output from the target');
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: (JSON.parse(chunk.toString()) as { url: string }).url, child };
}

async function main(): Promise<void> {
  const graph = loadGraph(config.dataPaths, { maxDataBytes: config.maxDataBytes });
  const expected = ORDINARY.map(({ query, accept }) => canonical(serialise(graph.store, query, accept), accept));
  const { url, child } = await startTarget();
  try {
    const health = async () =>
      (await (await fetch(`${url}/health`)).json()) as { rssBytes: number; workers: { retired: object } };
    const rssStart = (await health()).rssBytes;
    let rssPeak = rssStart;
    const deadline = performance.now() + SECONDS * 1000;
    const ordinary: Sample[] = [];
    const abusive = new Map<string, Map<number, number>>();
    const healthMs: number[] = [];
    let wrong = 0;
    let counter = 0;

    // Ordinary users: 1 request in 5 is new text (a comment), so it reaches a worker rather than the cache.
    const user = async (id: number) => {
      while (performance.now() < deadline) {
        const n = counter++;
        const i = n % ORDINARY.length;
        const item = ORDINARY[i];
        if (!item) continue;
        const text = n % 5 === 0 ? `${item.query}\n# ${n}` : item.query;
        const started = performance.now();
        try {
          const response = await fetch(`${url}${sparql(text)}`, {
            headers: { Accept: item.accept, 'X-Forwarded-For': `198.51.100.${id % 250}` },
          });
          const body = await response.text();
          ordinary.push({ ms: performance.now() - started, status: response.status });
          if (response.status === 200 && canonical(body, item.accept) !== expected[i]) wrong++;
        } catch {
          ordinary.push({ ms: performance.now() - started, status: 0 });
        }
      }
    };
    // The attacker, from one address, sends the abusive requests in turn.
    const attacker = async (offset: number) => {
      for (let n = offset; performance.now() < deadline; n++) {
        const item = ABUSIVE[n % ABUSIVE.length];
        if (!item) continue;
        const headers = {
          ...(item.init?.headers as Record<string, string> | undefined),
          'X-Forwarded-For': '203.0.113.66',
        };
        let status = 0;
        try {
          const response = await fetch(`${url}${item.path}`, { ...item.init, headers });
          await response.arrayBuffer();
          status = response.status;
        } catch {}
        const counts = abusive.get(item.name) ?? new Map<number, number>();
        counts.set(status, (counts.get(status) ?? 0) + 1);
        abusive.set(item.name, counts);
      }
    };
    const prober = async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const { rssBytes } = await health();
        healthMs.push(performance.now() - started);
        rssPeak = Math.max(rssPeak, rssBytes);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const attackers = Math.max(4, Math.round(CONNECTIONS / 4));
    console.log(
      `Soak: ${SECONDS} s, ${CONNECTIONS - attackers} ordinary connections and ${attackers} abusive ones, ${graph.quadCount} quads.`,
    );
    await Promise.all([
      ...Array.from({ length: CONNECTIONS - attackers }, (_, i) => user(i)),
      ...Array.from({ length: attackers }, (_, i) => attacker(i)),
      prober(),
    ]);
    // Let replaced workers finish starting and freed memory go back before the last reading.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const after = await health();

    const failed = ordinary.filter((s) => s.status !== 200);
    const abusiveTotal = [...abusive.values()].reduce(
      (sum, counts) => sum + [...counts.values()].reduce((a, b) => a + b, 0),
      0,
    );
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.log(
      `Ordinary queries: ${ordinary.length}, ${(ordinary.length / SECONDS).toFixed(0)} req/s; p50 ${percentile(
        ordinary.map((s) => s.ms),
        50,
      ).toFixed(1)} ms, p99 ${percentile(
        ordinary.map((s) => s.ms),
        99,
      ).toFixed(1)} ms`,
    );
    console.log(
      `  not 200: ${failed.length} (5xx: ${failed.filter((s) => s.status >= 500).length}); wrong answers: ${wrong}`,
    );
    console.log(`Abusive requests: ${abusiveTotal}`);
    for (const [name, counts] of abusive) {
      console.log(`  ${name}: ${[...counts].map(([status, n]) => `${n} × ${status || 'no answer'}`).join(', ')}`);
    }
    console.log(
      `/health while under attack: ${healthMs.length} probes, p50 ${percentile(healthMs, 50).toFixed(1)} ms, p99 ${percentile(healthMs, 99).toFixed(1)} ms`,
    );
    console.log(
      `Resident memory: ${mb(rssStart)} at start, ${mb(rssPeak)} at peak, ${mb(after.rssBytes)} after (${mb(after.rssBytes - rssStart)} more than at start)`,
    );
    console.log(`Workers replaced: ${JSON.stringify(after.workers.retired)}`);
    if (failed.length > 0 || wrong > 0) process.exitCode = 1;
  } finally {
    child.kill();
  }
}

await main();
