// Validating a contributor's Turtle/TriG together with the graph, without storing anything. The
// upload is counted before it is stored, and refused when it holds, or expands to, more than
// allowed: a few kilobytes of prefixes can otherwise expand to gigabytes of IRIs.
import { EventEmitter } from 'node:events';
import type { Quad as RdfJsQuad, Term as RdfJsTerm } from '@rdfjs/types';
import { Parser } from 'n3';
import { AppError } from '../errors.ts';
import { isTrap, type LoadedFile, namedGraphs, parserError, type RdfSyntax, sealUnion } from '../graph/index.ts';
import { BASE_IRI, graphForFile, namedNode, newStore, type Store } from '../rdf/index.ts';
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
  /** Deepest nesting of lists, blank nodes and triple terms (the setting bounds queries' nesting too). */
  maxQueryDepth: number;
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

/**
 * The characters a quad's terms take once expanded: IRIs, literals with their datatype and language,
 * and every part of a triple term, however deeply nested (without recursion: nesting has no bound here).
 */
function termSize(quad: RdfJsQuad, graph: string): number {
  let size = quad.graph.value ? 0 : graph.length;
  const terms: RdfJsTerm[] = [quad];
  for (let term = terms.pop(); term; term = terms.pop()) {
    if (term.termType === 'Quad') terms.push(term.subject, term.predicate, term.object, term.graph);
    else if (term.termType === 'Literal') size += term.value.length + term.datatype.value.length + term.language.length;
    else size += term.value.length;
  }
  return size;
}

// Lists, blank nodes, triple terms, annotations and graphs: the parsers recurse into each (Oxigraph's
// stack gave way between 1,000 and 3,000 nested triple terms, and took the worker's engine with it).
const OPENING = new Set(['(', '[', '<<', '<<(', '{|', '{']);
const CLOSING = new Set([')', ']', '>>', ')>>', '|}', '}']);

const tooDeep = (limit: number) =>
  new AppError(
    'too-complex',
    `The document nests lists, blank nodes or triple terms more than ${limit} deep (SUMMIT_KG_MAX_QUERY_DEPTH).`,
    { limit: { setting: 'SUMMIT_KG_MAX_QUERY_DEPTH', value: limit } },
  );

/** Text handed to n3 a slice at a time, so that a callback can stop it by throwing. */
const COUNT_SLICE = 64 * 1024;

/**
 * Counts the upload's statements and their expanded size with n3, in one pass over the text, and
 * throws 'too-large' as soon as they pass the limits. n3 keeps an expanded IRI as its prefix and
 * local part joined (a string of two pointers), so a prefix bomb costs no memory here; and at about
 * 1 µs a statement it reaches the limits long before the time limit, where Oxigraph's quad-by-quad
 * parser takes 40 µs or more. Returns n3's syntax error, with its line, if it finds one.
 */
function countUpload(
  upload: Upload,
  limits: UploadLimits,
  graph: string,
): { line: number; message: string } | undefined {
  let quads = 0;
  let size = 0;
  let failure: { line: number; message: string } | undefined;
  const count = (more: number) => {
    size += more;
    const over = overLimits(quads, size, limits);
    if (over) throw over;
  };
  // Each @base resolves against the one before, so a chain of them grows the base by each one's IRI,
  // and the parsers resolve it over and over (Oxigraph took 16 s for 50,000 short ones): counted at
  // each @base as the longest it can be.
  let base = BASE_IRI.length;
  let directive = '';
  let depth = 0;
  const callbacks = {
    onQuad: (error: (Error & { context?: { line?: number } }) | null, quad: RdfJsQuad | null) => {
      if (error) failure = { line: error.context?.line ?? 0, message: error.message };
      else if (quad) {
        quads++;
        count(termSize(quad, graph));
      }
    },
    onPrefix: (_prefix: string, iri: RdfJsTerm) => count(iri.value.length),
    onToken: (token: { type: string; value?: string }) => {
      if (OPENING.has(token.type) && ++depth > limits.maxQueryDepth) throw tooDeep(limits.maxQueryDepth);
      if (CLOSING.has(token.type)) depth--;
      if (directive === 'base' && token.type === 'IRI') {
        base += token.value?.length ?? 0;
        count(base);
      }
      directive = token.type.toLowerCase().replace('@', '');
    },
  };
  // A stream of n3's own making: it reads each slice as it is emitted, so a throw stops it here.
  const input = new EventEmitter();
  const parser = new Parser({ format: upload.syntax, baseIRI: BASE_IRI });
  // n3's types do not know its token observer (n3 2.x).
  parser.parse(input as never, callbacks as unknown as Parameters<typeof parser.parse>[1]);
  try {
    for (let start = 0; start < upload.text.length && !failure; start += COUNT_SLICE) {
      input.emit('data', upload.text.slice(start, start + COUNT_SLICE));
    }
    if (!failure) input.emit('end');
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // n3 recurses into nested lists and triple terms: its stack is the bound.
    return { line: 0, message: 'it nests lists, blank nodes or triple terms too deeply to be read' };
  }
  return failure;
}

/** Parses the upload into a store of its own, within the limits; throws 'syntax' (with line:column) or 'too-large'. */
export function parseUpload(upload: Upload, limits: UploadLimits): Store {
  const graph = upload.graph ?? graphForFile('uploaded');
  const options = { format: upload.syntax, base_iri: BASE_IRI, to_graph_name: namedNode(graph) };
  const located = (error: unknown) => {
    // A trap leaves the worker's engine undefined: thrown as it is, so that the worker is replaced.
    if (isTrap(error)) return error;
    const { message, context } = parserError(UPLOAD_NAME, error instanceof Error ? error.message : String(error));
    return new AppError('syntax', `The RDF could not be parsed: ${message}`, context);
  };
  const failure = countUpload(upload, limits, graph);
  if (failure) {
    // Oxigraph is the judge of syntax, and says where: it reads the text up to n3's error (which
    // n3 counted within the limits), and n3's word stands only where Oxigraph finds nothing wrong.
    const end = failure.line > 0 ? nthLineEnd(upload.text, failure.line) : upload.text.length;
    try {
      if (failure.line > 0) newStore().load(upload.text.slice(0, end), options);
    } catch (error) {
      throw located(error);
    }
    throw new AppError('syntax', `The RDF could not be parsed: ${UPLOAD_NAME}: ${failure.message}`, {
      file: UPLOAD_NAME,
      ...(failure.line > 0 ? { line: failure.line } : {}),
    });
  }
  const own = newStore();
  try {
    own.load(upload.text, options);
  } catch (error) {
    throw located(error);
  }
  return own;
}

/** Where line `line` (from 1) of `text` ends, its line break included. */
function nthLineEnd(text: string, line: number): number {
  let end = -1;
  for (let n = 0; n < line; n++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text.length;
  }
  return end + 1;
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
