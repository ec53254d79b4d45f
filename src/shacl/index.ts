// SHACL: shapes, validation of the graph, reports for people and machines, the /validate operation.
export { checkGraph } from './check.ts';
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
  type ValidationIssue,
  type ValidationResult,
  validateGraph,
} from './validate.ts';
