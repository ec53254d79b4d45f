// SPARQL protocol parsing, content negotiation, the worker pool, the result cache.
export { analyseQuery, type QueryAnalysis } from './analyse.ts';
export { ResultCache } from './cache.ts';
export { QueryError, runQuery, type DatasetChoice, type QueryJob } from './engine.ts';
export { HttpError } from './errors.ts';
export { GRAPH_FORMATS, SOLUTION_FORMATS, contentType, formatsFor, negotiate, type QueryForm, type ResultFormat } from './formats.ts';
export { QueryPool, type PoolOptions } from './pool.ts';
export { DIRECT, FORM, readProtocolRequest, type ProtocolInput, type SparqlRequest } from './protocol.ts';
export { SparqlService, type QueryRunner, type SparqlResponse } from './service.ts';
export type { ValidateJob } from './worker.ts';
