// The SPARQL 1.1 protocol: reading requests, checking query text, negotiating formats, caching
// answers (HTTP thread); analysing and running queries (workers).
export { analyseQuery, type QueryAnalysis } from './analyse.ts';
export { answerCache, ByteCache, type CachedAnswer, entityTag, matchesEtag } from './cache.ts';
export type { StoreCounts } from './counts.ts';
export {
  AnalysisMemo,
  answer,
  checkAnswerSize,
  checkServices,
  type DatasetChoice,
  datasetOptions,
  type EngineLimits,
  planQuery,
  type QueryAnswer,
  type QueryJob,
  type QueryPlan,
  runLocalQuery,
  WARM_UP_QUERIES,
} from './engine.ts';
export {
  contentType,
  formatsFor,
  GRAPH_FORMATS,
  type JsonResults,
  type JsonTerm,
  negotiate,
  type QueryForm,
  type ResultFormat,
  SOLUTION_FORMATS,
} from './formats.ts';
export { graphJob, graphStoreOperation } from './graph-store.ts';
export { sparqlOperation } from './handler.ts';
export { checkQueryText, type TextLimits } from './limits.ts';
export {
  DIRECT,
  FORM,
  FORMAT_PARAMS,
  GRAPH_STORE_PATH,
  type GraphChoice,
  graphChoice,
  merge,
  type ProtocolRequest,
  queryJob,
  READ_ONLY_STORE,
  readProtocolRequest,
} from './protocol.ts';
export { overClientShare, type QueryRunner, SparqlService, type SparqlServiceOptions } from './service.ts';
export type { DescribedData } from './service-description.ts';
