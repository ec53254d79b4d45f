// Validating a contributor's Turtle/TriG together with the graph, without storing anything. The
// upload is parsed quad by quad and refused as soon as it holds, or expands to, more than allowed:
// a few kilobytes of prefixes can otherwise expand to gigabytes of IRIs.
import { AppError } from '../errors.ts';
import { type LoadedFile, namedGraphs, parserError, type RdfSyntax, sealUnion } from '../graph/index.ts';
import { BASE_IRI, graphForFile, namedNode, newStore, parseQuads, type Quad, type Store } from '../rdf/index.ts';
import type { ShaclEngine } from './engines.ts';
import { type Shapes, type ValidationResult, validateGraph } from './validate.ts';

export const UPLOAD_NAME = 'request body';

export interface Upload {
  text: string;
  syntax: RdfSyntax;
  /** Named graph for triples outside any graph (Turtle); defaults to …/graph/uploaded. */
  graph?: string;
}

export interface UploadLimits {
  maxUploadQuads: number;
  /** Characters of IRIs and literals, once prefixes are expanded. */
  maxUploadExpandedBytes: number;
}

const termSize = (q: Quad) =>
  q.subject.value.length + q.predicate.value.length + q.object.value.length + q.graph.value.length;

/** Parses the upload into a store of its own, within the limits; throws 'syntax' (with line:column) or 'too-large'. */
export function parseUpload(upload: Upload, limits: UploadLimits): Store {
  const own = newStore();
  let quads = 0;
  let size = 0;
  const options = {
    format: upload.syntax,
    base_iri: BASE_IRI,
    to_graph_name: namedNode(upload.graph ?? graphForFile('uploaded')),
  };
  try {
    for (const quad of parseQuads(upload.text, options)) {
      quads++;
      size += termSize(quad);
      if (quads > limits.maxUploadQuads) {
        throw new AppError(
          'too-large',
          `The document holds more than ${limits.maxUploadQuads} statements (SUMMIT_KG_MAX_UPLOAD_QUADS); validate it in parts.`,
          {
            limit: { setting: 'SUMMIT_KG_MAX_UPLOAD_QUADS', value: limits.maxUploadQuads },
          },
        );
      }
      if (size > limits.maxUploadExpandedBytes) {
        throw new AppError(
          'too-large',
          `The document expands to more than ${limits.maxUploadExpandedBytes} bytes of IRIs and literals once its prefixes are applied (SUMMIT_KG_MAX_UPLOAD_EXPANDED_BYTES).`,
          { limit: { setting: 'SUMMIT_KG_MAX_UPLOAD_EXPANDED_BYTES', value: limits.maxUploadExpandedBytes } },
        );
      }
      own.add(quad);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const located = parserError(UPLOAD_NAME, error instanceof Error ? error.message : String(error));
    throw new AppError('syntax', `The RDF could not be parsed: ${located.message}`, located.context);
  }
  return own;
}

/** Merges the upload into a copy of the graph, and validates the whole. */
export async function validateUpload(
  base: { store: Store; files: Pick<LoadedFile, 'path' | 'graphs'>[] },
  shapes: Shapes,
  upload: Upload,
  limits: UploadLimits,
  engine?: ShaclEngine,
): Promise<ValidationResult> {
  const own = parseUpload(upload, limits);
  const store = newStore();
  // Both are Oxigraph's dumps of graphs it parsed strictly: read leniently, as a worker reads its graph.
  const reread = { format: 'application/n-quads', lenient: true };
  store.load(base.store.dump({ format: 'application/n-quads' }), reread);
  store.load(own.dump({ format: 'application/n-quads' }), reread);
  const graphs = sealUnion(store);
  const files = [...base.files, { path: UPLOAD_NAME, graphs: namedGraphs(own).map((g) => g.graph) }];
  return validateGraph({ store, files, graphs }, shapes, engine);
}
