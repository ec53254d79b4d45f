import { spawnSync, spawn } from 'node:child_process';
import { configFromEnv } from '../src/config/index.ts';
import { startServer } from '../src/server/index.ts';
const config = configFromEnv();
const server = await startServer({ ...config, port: 0, trustProxy: 'loopback', cacheBytes: 0 }, () => {});
const P = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n';
const q = `${P}SELECT DISTINCT ?entity ?label WHERE { ?entity rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "intelligence")) } ORDER BY ?label`;
const url = `${server.url}/sparql?query=${encodeURIComponent(q)}`;
await new Promise((r) => setTimeout(r, 2000));
const run = (secs: number) => new Promise<string>((resolve) => {
  const c = spawn('node_modules/.bin/autocannon', ['-c', '8', '-d', String(secs), '-j', '-H', 'accept=application/sparql-results+json', url]);
  let out = ''; c.stdout.on('data', (d) => (out += d)); c.on('close', () => resolve(out));
});
await run(2);
const j = JSON.parse(await run(Number(process.env.SECS ?? 4)));
console.log('req/s', j.requests.average, 'p50', j.latency.p50, 'p99', j.latency.p99, 'non2xx', j.non2xx);
await server.close();
process.exit(0);
