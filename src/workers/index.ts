// The worker runtime: a pool of threads, each holding the store, running the jobs of jobs.ts.
export type { Job, JobKind, WorkerInit } from './jobs.ts';
export { keepSiteIndex, keptSiteIndex } from './kept-start.ts';
export type { Dataset } from './messages.ts';
export { type PoolSettings, type RetireCause, WorkerPool } from './pool.ts';
export { type Loading, startLoading } from './start.ts';
export { type ThreadValidation, validateInThread } from './validate.ts';
