// npm run burst: many large uploads to /validate at once, each from an address of its own (behind
// a trusted proxy), against the built server as npm start runs it. Reports the statuses, /health's
// latency during the burst, and resident memory before, at its peak and 30 s after: what
// SUMMIT_KG_MAX_BODY_MEMORY_BYTES bounds. Settings come from the environment, as for npm start.
//   npm run burst -- [--uploads 400] [--bytes 4193280]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { freePort } from './free-port.ts';
import { startFlags } from './startup.ts';

const { values } = parseArgs({
  options: {
    uploads: { type: 'string', default: '400' },
    bytes: { type: 'string', default: String(4 * 1024 * 1024 - 1024) },
  },
});
const UPLOADS = Number(values.uploads);
const BYTES = Number(values.bytes);

const port = await freePort();
const server = spawn(process.execPath, [...startFlags(), 'dist/bundle/main.js', 'serve', '--port', String(port)], {
  env: { ...process.env, SUMMIT_KG_TRUST_PROXY: 'loopback' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request; resolves to its status (0 when the connection failed) and how long it took. */
function send(path: string, headers: Record<string, string> = {}, body?: Buffer) {
  return new Promise<{ status: number; ms: number; text: string }>((resolve) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        if (text.length < 200) text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text }));
    });
    req.on('error', (error) => resolve({ status: 0, ms: performance.now() - started, text: error.message }));
    req.end(body);
  });
}

while ((await send('/health')).status !== 200) await sleep(100);
// A valid Turtle document of BYTES bytes: one statement, then comment lines.
const line = `# ${'x'.repeat(97)}\n`;
const body = Buffer.from(
  `<https://example.org/s> <https://example.org/p> "o" .\n${line.repeat(Math.floor(BYTES / line.length))}`,
);
const before = rssMiB();
let peak = before;
let bursting = true;
const health: number[] = [];
const sampler = (async () => {
  while (bursting) {
    health.push((await send('/health')).ms);
    peak = Math.max(peak, rssMiB());
    await sleep(250);
  }
})();
const started = performance.now();
const answers = await Promise.all(
  Array.from({ length: UPLOADS }, (_, i) =>
    send(
      '/validate',
      { 'Content-Type': 'text/turtle', 'X-Forwarded-For': `198.51.${100 + (i >> 8)}.${i & 255}` },
      body,
    ),
  ),
);
const seconds = (performance.now() - started) / 1000;
bursting = false;
await sampler;
await sleep(30_000);
const after = rssMiB();
server.kill();
await once(server, 'exit');

const statuses: Record<number, number> = {};
for (const { status } of answers) statuses[status] = (statuses[status] ?? 0) + 1;
health.sort((a, b) => a - b);
const at = (q: number) => health[Math.min(health.length - 1, Math.floor(q * health.length))]?.toFixed(0);
console.log(`${UPLOADS} uploads of ${body.length} bytes at once, answered in ${seconds.toFixed(1)} s`);
console.log(
  `statuses: ${Object.entries(statuses)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ')}`,
);
console.log(`/health during the burst: p50 ${at(0.5)} ms, max ${at(1)} ms (${health.length} samples)`);
console.log(
  `resident memory: ${before.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB at peak, ${after.toFixed(0)} MiB 30 s after`,
);
