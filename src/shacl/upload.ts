// Validating a contributor's Turtle/TriG together with the graph, without storing anything. The
// upload is counted before it is stored, and refused when it holds, or expands to, more than
// allowed: a few kilobytes of prefixes can otherwise expand to gigabytes of IRIs.
import type { Quad as RdfJsQuad } from '@rdfjs/types';
import { Parser } from 'n3';
import { AppError } from '../errors.ts';
import { type LoadedFile, namedGraphs, parserError, type RdfSyntax, sealUnion } from '../graph/index.ts';
import { BASE_IRI, graphForFile, namedNode, newStore, parseQuads, type Store } from '../rdf/index.ts';
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

/** What the limits refuse, or undefined while the upload is within them. */
function overLimits(quads: number, size: number, limits: UploadLimits): AppError | undefined {
  if (quads > limits.maxUploadQuads) {
    return new AppError(
      'too-large',
      `The document holds more than ${limits.maxUploadQuads} statements (SUMMIT_KG_MAX_UPLOAD_QUADS); validate it in parts.`,
      { limit: { setting: 'SUMMIT_KG_MAX_UPLOAD_QUADS', value: limits.maxUploadQuads } },
    );
  }
  if (size > limits.maxUploadExpandedBytes) {
    return new AppError(
      'too-large',
      `The document expands to more than ${limits.maxUploadExpandedBytes} bytes of IRIs and literals once its prefixes are applied (SUMMIT_KG_MAX_UPLOAD_EXPANDED_BYTES).`,
      { limit: { setting: 'SUMMIT_KG_MAX_UPLOAD_EXPANDED_BYTES', value: limits.maxUploadExpandedBytes } },
    );
  }
  return undefined;
}

const termSize = (q: RdfJsQuad, graph: string) =>
  q.subject.value.length + q.predicate.value.length + q.object.value.length + (q.graph.value || graph).length;

/**
 * Counts the upload's statements and their expanded size with n3, in one pass over the text, and
 * refuses it past the limits. n3 keeps an expanded IRI as its prefix and local part joined (a string
 * of two pointers), so a prefix bomb costs no memory here; and at about 1 µs a statement it reaches
 * the limits long before the time limit, where Oxigraph's quad-by-quad parser takes 40 µs or more.
 * Resolves to whether n3 found the text well-formed.
 */
function countUpload(upload: Upload, limits: UploadLimits, graph: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let quads = 0;
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    // n3 calls back from one synchronous pass over the whole text: a callback cannot stop it, only ignore the rest.
    new Parser({ format: upload.syntax, baseIRI: BASE_IRI }).parse(upload.text, {
      onQuad: (error: Error | null, quad: RdfJsQuad | null) => {
        if (settled) return;
        if (error) return settle(() => resolve(false));
        if (!quad) return settle(() => resolve(true));
        quads++;
        size += termSize(quad, graph);
        const over = overLimits(quads, size, limits);
        if (over) settle(() => reject(over));
      },
    });
  });
}

/** Parses the upload into a store of its own, within the limits; throws 'syntax' (with line:column) or 'too-large'. */
export async function parseUpload(upload: Upload, limits: UploadLimits): Promise<Store> {
  const graph = upload.graph ?? graphForFile('uploaded');
  const options = { format: upload.syntax, base_iri: BASE_IRI, to_graph_name: namedNode(graph) };
  const located = (error: unknown) => {
    const { message, context } = parserError(UPLOAD_NAME, error instanceof Error ? error.message : String(error));
    return new AppError('syntax', `The RDF could not be parsed: ${message}`, context);
  };
  if (!(await countUpload(upload, limits, graph))) {
    // Oxigraph is the judge of syntax, and says where: count again with its parser, up to its error
    // (slower, but a document that does not parse is short, or stops early).
    let quads = 0;
    let size = 0;
    try {
      for (const quad of parseQuads(upload.text, options)) {
        quads++;
        size += termSize(quad, graph);
        const over = overLimits(quads, size, limits);
        if (over) throw over;
      }
    } catch (error) {
      throw error instanceof AppError ? error : located(error);
    }
  }
  const own = newStore();
  try {
    own.load(upload.text, options);
  } catch (error) {
    throw located(error);
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
  const own = await parseUpload(upload, limits);
  const store = newStore();
  // Both are Oxigraph's dumps of graphs it parsed strictly: read leniently, as a worker reads its graph.
  const reread = { format: 'application/n-quads', lenient: true };
  store.load(base.store.dump({ format: 'application/n-quads' }), reread);
  store.load(own.dump({ format: 'application/n-quads' }), reread);
  const graphs = sealUnion(store);
  const files = [...base.files, { path: UPLOAD_NAME, graphs: namedGraphs(own).map((g) => g.graph) }];
  return validateGraph({ store, files, graphs }, shapes, engine);
}
