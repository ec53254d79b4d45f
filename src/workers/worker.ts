// A worker: holds its own copy of the store and runs one job at a time, off the HTTP thread. After
// an error that is not the client's (an 'internal' error, such as a WebAssembly trap that leaves
// the store undefined) it runs nothing more: the pool retires it and starts a fresh one.
import { once } from 'node:events';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { toWire } from '../errors.ts';
import { unpackGraphs } from '../graph/index.ts';
import { newStore, serialise, useCompiledEngine } from '../rdf/index.ts';
import { WARM_UP_QUERIES } from '../sparql/index.ts';
import { newWorkerState, runJob } from './jobs.ts';
import type { EngineMessage, JobRequest, WarmUpRequest, WorkerData, WorkerMemory, WorkerReply } from './messages.ts';

const { init } = workerData as WorkerData;
const port = parentPort;
if (!port) throw new Error('worker.ts runs in a worker thread');

const [engine] = (await once(port, 'message')) as [EngineMessage];
await useCompiledEngine(engine);

const store = newStore();
unpackGraphs(store, init.data, init.maxDataBytes);
const state = newWorkerState(store, init);
let broken = false;

function memory(): WorkerMemory {
  const heap = getHeapStatistics();
  const memo = state.memo.stats();
  return {
    externalBytes: heap.external_memory,
    heapBytes: heap.used_heap_size,
    analysisCacheBytes: memo.bytes,
    analysisCacheEntries: memo.entries,
  };
}

port.postMessage({ type: 'ready', memory: memory() } satisfies WorkerReply);

port.on('message', async (request: JobRequest | WarmUpRequest) => {
  // A job sent meanwhile waits for the warm-up, as it would have waited to compile the same code itself.
  if ('warmUp' in request) {
    for (const { query, mediaType } of WARM_UP_QUERIES) serialise(store, query, mediaType);
    port.postMessage({ type: 'warm', memory: memory() } satisfies WorkerReply);
    return;
  }
  const { id, job } = request;
  let reply: WorkerReply;
  try {
    if (broken) throw new Error('this worker failed before and runs nothing more');
    reply = { type: 'done', id, output: await runJob(state, job), memory: memory() };
  } catch (error) {
    const wire = toWire(error);
    if (wire.kind === 'internal') broken = true;
    reply = { type: 'failed', id, error: wire, memory: memory() };
  }
  port.postMessage(reply);
});
