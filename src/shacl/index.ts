// SHACL: shapes, validation of the graph, reports for people and machines.
export { rdfReport, textReport, type ReportFormat } from './report.ts';
export { loadShapes, validateGraph, type Severity, type Shapes, type ValidationIssue, type ValidationResult } from './validate.ts';
export { UPLOAD_NAME, validateUpload, type Upload } from './upload.ts';
export { InvalidGraphError, checkGraph } from './check.ts';
