// Validating a contributor's Turtle/TriG together with the graph, without storing anything.
import oxigraph from 'oxigraph';
import {
  graphForFile,
  type LoadedFile,
  namedGraphs,
  parseDocument,
  type RdfSyntax,
  sealUnion,
} from '../graph/index.ts';
import { type Shapes, type ValidationResult, validateGraph } from './validate.ts';

export const UPLOAD_NAME = 'request body';

export interface Upload {
  text: string;
  syntax: RdfSyntax;
  /** Named graph for triples outside any graph (Turtle); defaults to …/graph/uploaded. */
  graph?: string;
}

/** Parses the upload (400-worthy DataError with line:column if broken), merges it into a copy of the graph, validates. */
export async function validateUpload(
  base: { nquads: string; files: Pick<LoadedFile, 'path' | 'graphs'>[] },
  shapes: Shapes,
  upload: Upload,
): Promise<ValidationResult> {
  const own = parseDocument(upload.text, upload.syntax, upload.graph ?? graphForFile('uploaded'), UPLOAD_NAME);
  const store = new oxigraph.Store();
  store.load(base.nquads, { format: 'application/n-quads' });
  store.load(own.dump({ format: 'application/n-quads' }), { format: 'application/n-quads' });
  const graphs = sealUnion(store);
  const files = [...base.files, { path: UPLOAD_NAME, graphs: namedGraphs(own).map((g) => g.graph) }] as LoadedFile[];
  return validateGraph({ store, files, graphs }, shapes);
}
