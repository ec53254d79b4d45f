// The /validate operation: a contributor's RDF in, the validation report of the graph with it out.
// Parsing and validating happen in a worker (the runner); nothing is stored.
import { AppError } from '../errors.ts';
import type { RdfSyntax } from '../graph/index.ts';
import { bodyText, mediaTypeOf, type Operation } from '../operation.ts';
import { isAbsoluteIri } from '../rdf/index.ts';
import { contentType, GRAPH_FORMATS, negotiate, type ResultFormat } from '../sparql/index.ts';
import type { ReportFormat } from './report.ts';
import type { Upload } from './upload.ts';

export interface ValidateJob {
  upload: Upload;
  format: ReportFormat | 'text/plain';
}

export interface ValidationAnswer {
  body: string;
  conforms: boolean;
}

export interface ValidationRunner {
  validate(job: ValidateJob, client: string): Promise<ValidationAnswer>;
}

/** What POST /validate accepts. */
export const UPLOAD_SYNTAX: Record<string, RdfSyntax> = {
  'text/turtle': 'text/turtle',
  'application/trig': 'application/trig',
  'application/n-triples': 'application/n-triples',
  'application/n-quads': 'application/n-quads',
};

/** The report formats, the first being the default. */
const REPORT_FORMATS: ResultFormat[] = [
  ...GRAPH_FORMATS.filter((f) => f.name !== 'rdfxml'),
  { name: 'text', mediaType: 'text/plain' },
];
const isReportFormat = (mediaType: string): mediaType is ValidateJob['format'] =>
  REPORT_FORMATS.some((f) => f.mediaType === mediaType);

export function validateOperation(runner: ValidationRunner): Operation {
  return async (request) => {
    const mediaType = mediaTypeOf(request.header('content-type')) ?? '';
    const syntax = UPLOAD_SYNTAX[mediaType];
    if (!syntax) {
      throw new AppError(
        'unsupported-media-type',
        `Unsupported body type '${mediaType || 'none'}': send RDF as ${Object.keys(UPLOAD_SYNTAX).join(', ')}.`,
      );
    }
    const graphs = request.params.graph ?? [];
    if (graphs.length > 1) throw new AppError('bad-request', "The 'graph' parameter was given more than once.");
    const graph = graphs[0];
    if (graph !== undefined && !isAbsoluteIri(graph)) {
      throw new AppError('bad-request', `'graph' must be an absolute IRI, got '${graph}'.`);
    }
    const format = negotiate(REPORT_FORMATS, request.header('accept'), request.params.format);
    if (!isReportFormat(format.mediaType)) throw new AppError('internal', `no report in ${format.mediaType}`);
    const report = await runner.validate(
      { upload: { text: bodyText(request), syntax, graph }, format: format.mediaType },
      request.client,
    );
    return {
      status: 200,
      headers: { 'Content-Type': contentType(format), 'X-Conforms': String(report.conforms), Vary: 'Accept' },
      body: report.body,
    };
  };
}
