// SHACL: shapes, validation of the graph, reports for people and machines, the /validate operation.
export { cachedValidation, keepValidation, shapesKey } from './cache.ts';
export { judgeGraph } from './check.ts';
export { SHACL_ENGINES, type ShaclEngine } from './engines.ts';
export {
  UPLOAD_SYNTAX,
  type ValidateJob,
  type ValidationAnswer,
  type ValidationRunner,
  validateOperation,
} from './handler.ts';
export { type ReportFormat, rdfReport, textReport } from './report.ts';
export { parseUpload, UPLOAD_NAME, type Upload, type UploadLimits, validateUpload } from './upload.ts';
export {
  loadShapes,
  type Severity,
  type Shapes,
  skippedValidation,
  summarise,
  type ValidationIssue,
  type ValidationResult,
  type ValidationSummary,
  validateAtStart,
  validateGraph,
} from './validate.ts';
