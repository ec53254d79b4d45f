// SHACL: shapes, validation of the graph, reports for people and machines.

export { checkGraph, InvalidGraphError } from './check.ts';
export { type ReportFormat, rdfReport, textReport } from './report.ts';
export { UPLOAD_NAME, type Upload, validateUpload } from './upload.ts';
export {
  loadShapes,
  type Severity,
  type Shapes,
  type ValidationIssue,
  type ValidationResult,
  validateGraph,
} from './validate.ts';
