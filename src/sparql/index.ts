// SPARQL protocol parsing, content negotiation, the worker pool, the result cache.
export { analyseQuery, type QueryAnalysis } from './analyse.ts';
export { ResultCache } from './cache.ts';
export { type DatasetChoice, QueryError, type QueryJob, runQuery } from './engine.ts';
export { HttpError } from './errors.ts';
export {
  contentType,
  formatsFor,
  GRAPH_FORMATS,
  negotiate,
  type QueryForm,
  type ResultFormat,
  SOLUTION_FORMATS,
} from './formats.ts';
export { type PoolOptions, QueryPool } from './pool.ts';
export { DIRECT, FORM, type ProtocolInput, readProtocolRequest, type SparqlRequest } from './protocol.ts';
export { type QueryRunner, type SparqlResponse, SparqlService } from './service.ts';
export type { ValidateJob } from './worker.ts';
