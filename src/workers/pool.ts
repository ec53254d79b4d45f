// A pool of worker threads, each holding its own copy of the store (Oxigraph's query() is
// synchronous). The pool is what keeps one request from hurting the others:
// - a job over its time limit has its worker terminated (terminate() stops WebAssembly mid-loop);
// - a worker whose job failed inside the engine (a WebAssembly trap leaves the store undefined) is
//   retired, as is one whose memory grew past its allowance (WebAssembly memory never shrinks);
// - while the process's memory is over its ceiling, the longest-running job is stopped;
// - one client may not hold every worker, nor queue more than its share, and the clients that used
//   the workers least lately go first;
// - a busy worker is handed its client's next query when no one else is waiting, so that it starts
//   it as soon as it is done rather than a message's round trip later (a fifth of its time, for
//   one client sending short queries); it goes back to the queue if the worker is replaced.
// A retired worker is replaced at once by a fresh one.
import type { Worker } from 'node:worker_threads';
import { AppError, fromWire } from '../errors.ts';
import type { DescriptionJob, Dump, EntityData, PageRunner, SiteIndex, SourceData, SourceJob } from '../pages/index.ts';
import { compileEngine } from '../rdf/index.ts';
import type { ValidateJob, ValidationAnswer, ValidationRunner } from '../shacl/index.ts';
import { overClientShare, type QueryAnswer, type QueryJob, type QueryRunner } from '../sparql/index.ts';
import type { Conversion, RemoteHelpers, RemotePlan } from '../store/index.ts';
import { Tally } from '../tally.ts';
import type { Job, WorkerInit } from './jobs.ts';
import type { EngineMessage, JobRequest, WarmUpRequest, WorkerData, WorkerMemory, WorkerReply } from './messages.ts';
import { startThread } from './threads.ts';

export interface PoolSettings {
  size: number;
  timeoutMs: number;
  maxQueue: number;
  maxClientQueries: number;
  maxClientWorkers: number;
  retryAfterSeconds: number;
  workerGrowthBytes: number;
  workerHeapBytes: number;
  maxMemoryBytes: number;
}

/** Why a worker was replaced. */
export type RetireCause = 'timeout' | 'failure' | 'growth' | 'memory-ceiling' | 'exit';

interface Task {
  id: number;
  job: Job;
  client: string;
  resolve: (output: unknown) => void;
  reject: (error: AppError) => void;
  queuedAt: number;
  /** How long it may wait and run: the query time limit, or more for the server's own start-up job. */
  timeoutMs: number;
  startedAt?: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  /** The next query of the task's client, sent to the worker to start once the task is done. */
  next?: Task;
  /** Memory right after start-up, and after the last job. */
  baseline?: WorkerMemory;
  memory?: WorkerMemory;
  /** Being terminated: no longer counted, its exit expected. */
  retiring?: boolean;
}

// Both paths resolve from src/workers/ and from dist/workers/: the entry is plain JavaScript kept in src/.
/** The time limit of the server's own start-up job (the pages' index), at least. */
const START_JOB_TIMEOUT_MS = 120_000;
const MiB = 1024 * 1024;
const isQueryJob = (job: Job) => job.kind === 'query' || job.kind === 'planRemote' || job.kind === 'convert';
const isPageJob = (job: Job) => !isQueryJob(job) && job.kind !== 'validate';
/** What a job is called in messages to clients. */
const jobName = (job: Job) => (isQueryJob(job) ? 'query' : job.kind === 'validate' ? 'validation' : 'page');
const WATCH_MS = 200;
/** How fast a client's past use of the workers is forgiven. */
const USAGE_HALF_LIFE_MS = 30_000;

export class WorkerPool implements QueryRunner, RemoteHelpers, ValidationRunner, PageRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly inFlight = new Tally();
  private readonly running = new Tally();
  /** Worker time each client used lately (ms, halving every half-life), and when it was last charged. */
  private readonly usage = new Map<string, { ms: number; at: number }>();
  private nextId = 1;
  private closed = false;
  private readonly watchdog: NodeJS.Timeout;
  /** Compiled once, when the first worker has been started: every worker, replacements included, shares its machine code. */
  private engine?: WebAssembly.Module;
  /** Resolves when every worker has loaded the data (one then warms the engine up); rejects if one cannot start. */
  readonly ready: Promise<void>;
  readonly retired: Record<RetireCause, number> = { timeout: 0, failure: 0, growth: 0, 'memory-ceiling': 0, exit: 0 };
  /** The latest replacements, newest first, for /health. */
  readonly recent: { cause: RetireCause; at: string; detail: string }[] = [];

  constructor(
    private readonly init: WorkerInit,
    private readonly settings: PoolSettings,
    private readonly log: (line: string) => void = () => {},
  ) {
    const starting: Promise<void>[] = [];
    for (let i = 0; i < settings.size; i++) starting.push(this.spawn(i));
    this.ready = Promise.all(starting).then(() => undefined);
    this.ready.then(
      () => this.slots[0]?.worker.postMessage({ warmUp: true } satisfies WarmUpRequest),
      () => {}, // the start fails with it
    );
    // A job that makes WebAssembly memory balloon cannot be interrupted from inside: watch from here.
    this.watchdog = setInterval(() => this.watchMemory(), WATCH_MS).unref();
  }

  runQuery(job: QueryJob, client: string): Promise<QueryAnswer> {
    return this.submit({ kind: 'query', input: job }, client) as Promise<QueryAnswer>;
  }

  /** serve --store: a query's plan, before the HTTP thread sends it to the store. */
  planRemote(job: QueryJob, client: string): Promise<RemotePlan> {
    return this.submit({ kind: 'planRemote', input: job }, client) as Promise<RemotePlan>;
  }

  /** serve --store: a store's answer in the negotiated format. */
  async convertAnswer(conversion: Conversion, client: string): Promise<string> {
    return ((await this.submit({ kind: 'convert', input: conversion }, client)) as { text: string }).text;
  }

  validate(job: ValidateJob, client: string): Promise<ValidationAnswer> {
    return this.submit({ kind: 'validate', input: job }, client) as Promise<ValidationAnswer>;
  }

  /** The pages' summary of the graph (names, kinds, counts, figures, sources, terms), built once at start. */
  siteIndex(client: string): Promise<SiteIndex> {
    // The server's own start-up work, not a client's: a short query time limit must not stop the start.
    const timeoutMs = Math.max(this.settings.timeoutMs, START_JOB_TIMEOUT_MS);
    return this.submit({ kind: 'siteIndex', input: undefined }, client, timeoutMs) as Promise<SiteIndex>;
  }

  entity(iri: string, client: string): Promise<EntityData> {
    return this.submit({ kind: 'entity', input: { iri } }, client) as Promise<EntityData>;
  }

  source(job: SourceJob, client: string): Promise<SourceData> {
    return this.submit({ kind: 'source', input: job }, client) as Promise<SourceData>;
  }

  async describe(job: DescriptionJob, client: string): Promise<string> {
    return ((await this.submit({ kind: 'describe', input: job }, client)) as { text: string }).text;
  }

  dumps(client: string): Promise<Dump[]> {
    return this.submit({ kind: 'dumps', input: undefined }, client) as Promise<Dump[]>;
  }

  private submit(job: Job, client: string, timeoutMs = this.settings.timeoutMs): Promise<unknown> {
    if (this.closed) return Promise.reject(new AppError('unavailable', 'The server is shutting down.'));
    const retryAfterSeconds = this.settings.retryAfterSeconds;
    if (this.inFlight.get(client) >= this.settings.maxClientQueries) {
      return Promise.reject(overClientShare(this.settings.maxClientQueries, retryAfterSeconds));
    }
    if (this.queue.length >= this.settings.maxQueue) {
      return Promise.reject(
        new AppError(
          'overloaded',
          `Too many requests are waiting for a worker (${this.settings.maxQueue}, SUMMIT_KG_MAX_QUEUE); try again shortly.`,
          {
            retryAfterSeconds,
            limit: { setting: 'SUMMIT_KG_MAX_QUEUE', value: this.settings.maxQueue },
          },
        ),
      );
    }
    return new Promise((resolve, reject) => {
      this.inFlight.add(client, +1);
      const settle =
        <T>(finish: (value: T) => void) =>
        (value: T) => {
          this.inFlight.add(client, -1);
          finish(value);
        };
      this.queue.push({
        id: this.nextId++,
        job,
        client,
        resolve: settle(resolve),
        reject: settle(reject),
        queuedAt: performance.now(),
        timeoutMs,
      });
      this.dispatch();
    });
  }

  stats() {
    const live = this.slots.filter((slot) => !slot.retiring);
    const queuedInWorkers = live.filter((slot) => slot.next).length;
    const memo = live.reduce(
      (sum, slot) => ({
        entries: sum.entries + (slot.memory?.analysisCacheEntries ?? 0),
        bytes: sum.bytes + (slot.memory?.analysisCacheBytes ?? 0),
      }),
      { entries: 0, bytes: 0 },
    );
    return {
      workers: this.settings.size,
      ready: live.filter((slot) => slot.ready).length,
      busy: live.filter((slot) => slot.task).length,
      queued: this.queue.length + queuedInWorkers,
      /** Of those, the queries handed to a busy worker, to run after its client's current one. */
      queuedInWorkers,
      clients: this.inFlight.size,
      replaced: Object.values(this.retired).reduce((a, b) => a + b, 0),
      retired: { ...this.retired },
      recent: this.recent.slice(0, 5),
      workerMemory: live.map((slot) => ({
        external: slot.memory?.externalBytes ?? 0,
        heap: slot.memory?.heapBytes ?? 0,
      })),
      analysisCache: memo,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    const waiting = [...this.queue.splice(0), ...this.slots.flatMap((slot) => slot.next ?? [])];
    for (const task of waiting) task.reject(new AppError('unavailable', 'The server is shutting down.'));
    await Promise.all(
      this.slots.map((slot) => {
        slot.next = undefined;
        if (slot.task) this.finish(slot, slot.task);
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(index: number): Promise<void> {
    const worker = startThread<WorkerData>('worker', { init: this.init }, this.settings.workerHeapBytes);
    // Its first message, compiled while the thread boots and loads its code rather than before.
    this.engine ??= compileEngine();
    worker.postMessage(this.engine satisfies EngineMessage);
    const slot: Slot = { worker, ready: false };
    this.slots[index] = slot;
    return new Promise((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        slot.memory = reply.memory;
        if (reply.type === 'ready') {
          slot.ready = true;
          slot.baseline = reply.memory;
          resolve();
          this.dispatch();
        } else if (reply.type === 'warm') slot.baseline = reply.memory;
        else this.settle(slot, reply);
      });
      worker.on('error', (error) => {
        if (!slot.ready) reject(new AppError('internal', `A worker could not start: ${error.message}`));
        else this.retire(slot, 'exit', error.message);
      });
      worker.on('exit', (code) => {
        if (!slot.ready) reject(new AppError('internal', `A worker exited with code ${code} while starting.`));
        else if (!slot.retiring) this.retire(slot, 'exit', `exited with code ${code}`);
      });
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || slot.retiring) continue;
      const task = this.nextTask();
      if (!task) break;
      this.start(slot, task);
      slot.worker.postMessage({ id: task.id, job: task.job } satisfies JobRequest);
    }
    for (const slot of this.slots) {
      if (!slot.task || slot.next || slot.retiring) continue;
      const next = this.nextOfClient(slot.task);
      if (!next) continue;
      slot.next = next;
      slot.worker.postMessage({ id: next.id, job: next.job } satisfies JobRequest);
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    task.startedAt = performance.now();
    this.running.add(task.client, +1);
    task.timer = setTimeout(() => this.timeOut(slot, task), task.timeoutMs);
  }

  /**
   * The query to run after `current` on its worker: the oldest of its client's, when only that client is
   * waiting (no one else is passed over) and a worker the client does not hold is left for whoever comes next.
   */
  private nextOfClient(current: Task): Task | undefined {
    const [oldest] = this.queue;
    if (!oldest || !isQueryJob(current.job) || !isQueryJob(oldest.job)) return undefined;
    if (this.running.get(current.client) >= this.settings.size) return undefined;
    if (this.queue.some((task) => task.client !== current.client)) return undefined;
    return this.queue.shift();
  }

  /** Puts the slot's next query back at the head of the queue (its worker is being replaced, or never ran it). */
  private requeueNext(slot: Slot): void {
    if (!slot.next) return;
    this.queue.unshift(slot.next);
    slot.next = undefined;
  }

  /**
   * The next task to run: among those whose client holds fewer workers than allowed (or that are page
   * jobs), the one whose
   * client used the workers least lately (the oldest on a tie), so that a client that keeps the
   * workers busy cannot crowd the others out. Tasks that waited longer than a job may run are refused.
   */
  private nextTask(): Task | undefined {
    const now = performance.now();
    let best: { index: number; usage: number } | undefined;
    for (let i = 0; i < this.queue.length; ) {
      const task = this.queue[i] as Task;
      if (now - task.queuedAt > task.timeoutMs) {
        this.queue.splice(i, 1);
        task.reject(
          new AppError(
            'overloaded',
            `No worker became free within ${task.timeoutMs / 1000} s (SUMMIT_KG_QUERY_TIMEOUT_MS: a job waits no longer than it may run); try again shortly.`,
            { retryAfterSeconds: this.settings.retryAfterSeconds },
          ),
        );
        continue;
      }
      // Page jobs take a few milliseconds and run no client's query: the cap on one client's workers,
      // which keeps long queries from holding them all, does not apply (fair order still does).
      if (isPageJob(task.job) || this.running.get(task.client) < this.settings.maxClientWorkers) {
        const usage = this.usageOf(task.client, now);
        if (!best || usage < best.usage) best = { index: i, usage };
      }
      i++;
    }
    return best ? this.queue.splice(best.index, 1)[0] : undefined;
  }

  private usageOf(client: string, now: number): number {
    const used = this.usage.get(client);
    return used ? used.ms * 0.5 ** ((now - used.at) / USAGE_HALF_LIFE_MS) : 0;
  }

  private charge(task: Task): void {
    if (task.startedAt === undefined) return;
    const now = performance.now();
    this.usage.set(task.client, { ms: this.usageOf(task.client, now) + (now - task.startedAt), at: now });
    // Forgotten clients are dropped, so the table stays small.
    if (this.usage.size > 10_000) {
      for (const [client] of this.usage) if (this.usageOf(client, now) < 1) this.usage.delete(client);
    }
  }

  /** Detaches the slot's task (it is settled by the caller) and charges its client for the time it took. */
  private finish(slot: Slot, task: Task): void {
    clearTimeout(task.timer);
    this.charge(task);
    slot.task = undefined;
    this.running.add(task.client, -1);
  }

  private settle(slot: Slot, reply: Extract<WorkerReply, { id: number }>): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    this.finish(slot, task);
    if (reply.type === 'failed' && reply.error.kind === 'internal') {
      // The engine failed (a WebAssembly trap, a fault of ours): the store may be corrupt.
      const what = reply.error.message.split('\n')[0] ?? 'unknown error';
      this.log(`worker failed on a ${task.job.kind} job: ${reply.error.message}`);
      task.reject(
        new AppError(
          'internal',
          `The engine failed on this request (${what}); the worker that ran it has been replaced and the next request will be answered normally.`,
        ),
      );
      this.retire(slot, 'failure', what);
      return;
    }
    if (reply.type === 'done') task.resolve(reply.output);
    else task.reject(fromWire(reply.error));
    // Only memory that never shrinks counts: the collector gives the heap back, WebAssembly keeps its pages.
    const grown = (slot.memory?.externalBytes ?? 0) - (slot.baseline?.externalBytes ?? 0);
    if (grown > this.settings.workerGrowthBytes) {
      this.retire(slot, 'growth', `grew by ${(grown / MiB).toFixed(0)} MiB`);
      return;
    }
    // The worker has started its next query already.
    if (slot.next) {
      this.start(slot, slot.next);
      slot.next = undefined;
    }
    this.dispatch();
  }

  private timeOut(slot: Slot, task: Task): void {
    if (slot.task !== task) return;
    this.finish(slot, task);
    const seconds = task.timeoutMs / 1000;
    const advice = isQueryJob(task.job)
      ? 'Narrow it down (LIMIT, more specific patterns) and try again.'
      : task.job.kind === 'validate'
        ? 'Validate a smaller document, or fewer documents at a time.'
        : 'Try again shortly.';
    task.reject(
      new AppError(
        'timeout',
        `The ${jobName(task.job)} ran for more than ${seconds} s and was stopped (SUMMIT_KG_QUERY_TIMEOUT_MS). ${advice}`,
        {
          retryAfterSeconds: this.settings.retryAfterSeconds,
          limit: { setting: 'SUMMIT_KG_QUERY_TIMEOUT_MS', value: task.timeoutMs },
        },
      ),
    );
    this.retire(slot, 'timeout', `${task.job.kind} over ${seconds} s`);
  }

  /** While resident memory is over the ceiling, stops the longest-running job (one at a time). */
  private watchMemory(): void {
    if (this.closed || this.slots.some((slot) => slot.retiring)) return;
    const rss = process.memoryUsage.rss();
    if (rss <= this.settings.maxMemoryBytes) return;
    const busy = this.slots.filter((slot) => slot.task?.startedAt !== undefined);
    const oldest = busy.sort((a, b) => (a.task?.startedAt ?? 0) - (b.task?.startedAt ?? 0))[0];
    const task = oldest?.task;
    if (!oldest || !task) return;
    this.finish(oldest, task);
    const limit = this.settings.maxMemoryBytes;
    task.reject(
      new AppError(
        'overloaded',
        `The server's memory passed its ceiling of ${(limit / MiB).toFixed(0)} MiB (SUMMIT_KG_MAX_MEMORY_BYTES) while this ${jobName(task.job)} ran, and it was stopped. Narrow it down (LIMIT, fewer GROUP_CONCAT or string functions over large groups), or try again later.`,
        {
          retryAfterSeconds: this.settings.retryAfterSeconds,
          limit: { setting: 'SUMMIT_KG_MAX_MEMORY_BYTES', value: limit },
        },
      ),
    );
    this.retire(oldest, 'memory-ceiling', `resident memory ${(rss / MiB).toFixed(0)} MiB`);
  }

  /** Terminates the slot's worker (its task, if any, must already be settled) and starts a fresh one in its place. */
  private retire(slot: Slot, cause: RetireCause, detail: string): void {
    if (this.closed || slot.retiring) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    slot.retiring = true;
    this.requeueNext(slot);
    if (slot.task) {
      const task = slot.task;
      this.finish(slot, task);
      task.reject(
        new AppError('internal', `The worker running this ${task.job.kind} stopped (${detail}); it has been replaced.`),
      );
    }
    this.retired[cause]++;
    this.recent.unshift({ cause, at: new Date().toISOString(), detail });
    this.recent.length = Math.min(this.recent.length, 20);
    this.log(`worker replaced (${cause}: ${detail})`);
    // A slot may be spawned again only once the old worker is gone, so memory does not pile up.
    void slot.worker.terminate().finally(() => this.respawn(index, 0));
    // The query taken back may run on another worker now.
    this.dispatch();
  }

  private respawn(index: number, attempt: number): void {
    if (this.closed) return;
    this.spawn(index).catch((error: Error) => {
      const delay = Math.min(30_000, 500 * 2 ** attempt);
      this.log(`could not start a worker (${error.message}); trying again in ${delay} ms`);
      setTimeout(() => this.respawn(index, attempt + 1), delay).unref();
    });
  }
}
