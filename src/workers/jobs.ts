// The jobs a worker can run, by name: the only module that brings several domains together
// (SPARQL, SHACL, federation). Each job takes the worker's state and a structured-clone-safe input,
// and returns a structured-clone-safe output or throws an AppError. The worker loads this module once its
// data is loaded, with the local query's modules; every other domain loads at its first job.
import { type GraphStats, type PackedGraph, storeSizes } from '../graph/index.ts';
import type { DescriptionJob, Dump, EntityData, SiteIndex, SourceData, SourceJob } from '../pages/index.ts';
import { type Store, serialise } from '../rdf/index.ts';
import type { ShaclEngine, Shapes, ValidateJob, ValidationAnswer } from '../shacl/index.ts';
import {
  AnalysisMemo,
  answer,
  type EngineLimits,
  planQuery,
  type QueryAnswer,
  type QueryJob,
  runLocalQuery,
  type StoreCounts,
  WARM_UP_QUERIES,
} from '../sparql/index.ts';
import type { Conversion, RemotePlan } from '../store/index.ts';
import type { FederationConfig } from '../wikidata/index.ts';

/** What every worker is started with. */
export interface WorkerInit {
  /** The named graphs as N-Triples, in shared memory (unpackGraphs adds the union default graph). */
  data: PackedGraph;
  /** The named graphs and their sizes, as the loader counted them, sorted by name. */
  graphs: GraphStats[];
  /** The data size limit, named if the store runs out of memory while loading. */
  maxDataBytes: number;
  /** Where the data came from, to trace validation results to files. */
  files: { path: string; graphs: string[] }[];
  shapesPaths: string[];
  shaclEngine: ShaclEngine;
  limits: EngineLimits & { maxUploadQuads: number; maxUploadExpandedBytes: number };
  federation: FederationConfig;
}

export interface WorkerState {
  store: Store;
  init: WorkerInit;
  memo: AnalysisMemo;
  /** The store's sizes, which answer the queries that count whole graphs. */
  counts: StoreCounts;
  /** Read on the first validation: most workers never validate. */
  shapes?: Shapes;
}

async function query(state: WorkerState, job: QueryJob): Promise<QueryAnswer> {
  const { limits, federation } = state.init;
  const plan = planQuery(job, state.memo, limits, state.counts);
  if (plan.analysis.services.length === 0)
    return answer(plan, runLocalQuery(state.store, plan), limits.maxResultBytes, false);
  const { runFederatedQuery } = await import('../wikidata/index.ts');
  return answer(plan, await runFederatedQuery(state.store, plan, federation), limits.maxResultBytes, true);
}

// serve --store: a query is planned here as it would be for the local store, then sent to the store by the HTTP
// thread; an answer in a format the store could not give is converted here.
async function planRemote(state: WorkerState, job: QueryJob): Promise<RemotePlan> {
  const plan = planQuery(job, state.memo, state.init.limits);
  const { form, services } = plan.analysis;
  return { form, format: plan.format, dataset: plan.dataset, federated: services.length > 0 };
}
async function convert(_state: WorkerState, conversion: Conversion): Promise<{ text: string }> {
  const { convertAnswer } = await import('../store/index.ts');
  return { text: convertAnswer(conversion) };
}

async function validate(state: WorkerState, { upload, format }: ValidateJob): Promise<ValidationAnswer> {
  // The SHACL engine is loaded on the first validation, not at start.
  const { loadShapes, rdfReport, textReport, validateUpload } = await import('../shacl/index.ts');
  state.shapes ??= loadShapes(state.init.shapesPaths);
  const { maxUploadQuads, maxUploadExpandedBytes, maxQueryDepth } = state.init.limits;
  const result = await validateUpload(
    { store: state.store, files: state.init.files },
    state.shapes,
    upload,
    { maxUploadQuads, maxUploadExpandedBytes, maxQueryDepth },
    state.init.shaclEngine,
  );
  return { body: format === 'text/plain' ? textReport(result) : rdfReport(result, format), conforms: result.conforms };
}

// The pages' jobs: the site index once at start, an entity's or a source's data, an RDF description, the downloads.
const pagesDomain = () => import('../pages/index.ts');
async function siteIndex(state: WorkerState): Promise<SiteIndex> {
  const { buildSiteIndex } = await pagesDomain();
  return buildSiteIndex(state.store, state.init.graphs);
}
async function entity(state: WorkerState, { iri }: { iri: string }): Promise<EntityData> {
  const { entityData } = await pagesDomain();
  return entityData(state.store, iri);
}
async function source(state: WorkerState, job: SourceJob): Promise<SourceData> {
  const { sourceData } = await pagesDomain();
  return sourceData(state.store, job);
}
async function describe(state: WorkerState, job: DescriptionJob): Promise<{ text: string }> {
  const { describeResource } = await pagesDomain();
  return { text: describeResource(state.store, job) };
}
async function dumps(state: WorkerState): Promise<Dump[]> {
  const { writeDumps } = await pagesDomain();
  return writeDumps(state.store, state.init.graphs);
}

const JOBS = { query, planRemote, convert, validate, siteIndex, entity, source, describe, dumps };

export type JobKind = keyof typeof JOBS;
export type JobInput<K extends JobKind> = Parameters<(typeof JOBS)[K]>[1];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof JOBS)[K]>>;
/** A job as it travels to a worker: its kind and its input, one of the table's pairs. */
export type Job = { [K in JobKind]: { kind: K; input: JobInput<K> } }[JobKind];

export function runJob(state: WorkerState, job: Job): Promise<JobOutput<JobKind>> {
  switch (job.kind) {
    case 'query':
      return query(state, job.input);
    case 'planRemote':
      return planRemote(state, job.input);
    case 'convert':
      return convert(state, job.input);
    case 'validate':
      return validate(state, job.input);
    case 'siteIndex':
      return siteIndex(state);
    case 'entity':
      return entity(state, job.input);
    case 'source':
      return source(state, job.input);
    case 'describe':
      return describe(state, job.input);
    case 'dumps':
      return dumps(state);
  }
}

/** Runs a few queries of every form once, so that the engine's code is compiled before a client's first query. */
export function warmUp(store: Store): void {
  for (const { query, mediaType } of WARM_UP_QUERIES) serialise(store, query, mediaType);
}

export function newWorkerState(store: Store, init: WorkerInit): WorkerState {
  return {
    store,
    init,
    memo: new AnalysisMemo(init.limits.analysisCacheBytes),
    counts: storeSizes(store, init.graphs),
  };
}
