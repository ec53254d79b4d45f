// A pool of query workers. Oxigraph's query() is synchronous, so each query runs in a worker thread
// that holds its own copy of the store; a query over its time limit has its worker terminated
// (terminate() stops WebAssembly mid-loop) and a fresh worker takes the slot.
import { Worker } from 'node:worker_threads';
import { DataError } from '../graph/index.ts';
import { QueryError, type QueryJob } from './engine.ts';
import { HttpError } from './errors.ts';
import type { ValidateJob, WorkerInput, WorkerJob, WorkerReply, WorkerRequest } from './worker.ts';

export interface PoolOptions extends Omit<WorkerInput, 'entry'> {
  size: number;
  timeoutMs: number;
  /** Requests waiting for a free worker beyond this number are refused with 503. */
  maxQueue?: number;
  log?: (line: string) => void;
}

type Outcome = { body: string; conforms?: boolean };

interface Task {
  id: number;
  work: WorkerJob;
  resolve: (outcome: Outcome) => void;
  reject: (error: Error) => void;
  queuedAt: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
}

const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url);
const WORKER_MODULE = new URL('./worker.ts', import.meta.url).href;

export class QueryPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Resolves when every worker has loaded the data and warmed up. */
  readonly ready: Promise<void>;
  /** Workers replaced after a timeout or a crash, since start. */
  replaced = 0;

  constructor(private readonly options: PoolOptions) {
    const starting: Promise<void>[] = [];
    for (let i = 0; i < options.size; i++) starting.push(this.spawn(i));
    this.ready = Promise.all(starting).then(() => undefined);
  }

  /** Runs a query on the next free worker. Rejects with HttpError 503 on timeout or overload, QueryError for a bad query. */
  async run(job: QueryJob): Promise<string> {
    return (await this.submit({ kind: 'query', job })).body;
  }

  /** Validates an upload with the graph on the next free worker. Rejects with DataError for unparseable RDF. */
  validate(job: ValidateJob): Promise<{ body: string; conforms: boolean }> {
    return this.submit({ kind: 'validate', job }) as Promise<{ body: string; conforms: boolean }>;
  }

  private submit(work: WorkerJob): Promise<Outcome> {
    if (this.closed) return Promise.reject(new HttpError(503, 'The server is shutting down.'));
    if (this.queue.length >= (this.options.maxQueue ?? 1000)) {
      return Promise.reject(
        new HttpError(503, 'Too many requests are waiting; try again shortly.', { 'Retry-After': '1' }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, work, resolve, reject, queuedAt: performance.now() });
      this.dispatch();
    });
  }

  stats() {
    return {
      workers: this.slots.length,
      ready: this.slots.filter((slot) => slot.ready).length,
      busy: this.slots.filter((slot) => slot.task).length,
      queued: this.queue.length,
      replaced: this.replaced,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new HttpError(503, 'The server is shutting down.'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(index: number): Promise<void> {
    const { nquads, files, shapesPaths, federation } = this.options;
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { entry: WORKER_MODULE, nquads, files, shapesPaths, federation } satisfies WorkerInput,
    });
    const slot: Slot = { worker, ready: false };
    this.slots[index] = slot;
    return new Promise((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          slot.ready = true;
          resolve();
          this.dispatch();
        } else this.settle(slot, reply);
      });
      // A worker that fails before it is ready is not replaced: the same failure would repeat forever.
      worker.on('error', (error) => {
        if (slot.ready) this.fail(slot, error);
        else reject(new Error(`query worker could not start: ${error.message}`));
      });
      worker.on('exit', (code) => {
        if (!slot.ready) reject(new Error(`query worker exited with code ${code} while starting`));
        else if (this.slots[index] === slot) this.fail(slot, new Error(`query worker exited with code ${code}`));
      });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.nextTask();
      if (!task) return;
      slot.task = task;
      task.timer = setTimeout(() => this.timeOut(slot, task), this.options.timeoutMs);
      slot.worker.postMessage({ id: task.id, work: task.work } satisfies WorkerRequest);
    }
  }

  /** The oldest waiting task that has not already waited longer than a query may run. */
  private nextTask(): Task | undefined {
    for (;;) {
      const task = this.queue.shift();
      if (!task) return undefined;
      if (performance.now() - task.queuedAt <= this.options.timeoutMs) return task;
      task.reject(
        new HttpError(503, `No query worker became free within ${this.options.timeoutMs} ms; try again shortly.`, {
          'Retry-After': '5',
        }),
      );
    }
  }

  private settle(slot: Slot, reply: Exclude<WorkerReply, { type: 'ready' }>): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    clearTimeout(task.timer);
    slot.task = undefined;
    if (reply.type === 'result') task.resolve({ body: reply.body, conforms: reply.conforms });
    else if (reply.kind === 'query') task.reject(new QueryError(reply.message));
    else if (reply.kind === 'http') task.reject(new HttpError(reply.status, reply.message, reply.headers));
    else if (reply.kind === 'data') task.reject(new DataError(reply.file, reply.detail, reply.line, reply.column));
    else task.reject(new Error(reply.message));
    this.dispatch();
  }

  private timeOut(slot: Slot, task: Task): void {
    if (slot.task !== task) return;
    const seconds = this.options.timeoutMs / 1000;
    const what = task.work.kind === 'query' ? 'The query ran' : 'The validation ran';
    task.reject(
      new HttpError(
        503,
        `${what} for more than ${seconds} s and was stopped. Narrow it down (LIMIT, more specific patterns) and try again.`,
        { 'Retry-After': '1' },
      ),
    );
    this.options.log?.(`query worker stopped after the ${seconds} s time limit; starting a fresh one`);
    this.replace(slot);
  }

  private fail(slot: Slot, error: Error): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const task = slot.task;
    if (task) {
      clearTimeout(task.timer);
      task.reject(error);
    }
    this.options.log?.(`query worker failed (${error.message}); starting a fresh one`);
    this.replace(slot);
  }

  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    slot.task = undefined;
    slot.ready = false;
    this.replaced++;
    void slot.worker.terminate();
    this.spawn(index).catch((error: Error) => this.options.log?.(`could not start a query worker: ${error.message}`));
  }
}
