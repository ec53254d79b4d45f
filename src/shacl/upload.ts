// Validating a contributor's Turtle/TriG together with the graph, without storing anything.
import oxigraph from 'oxigraph';
import { BASE_IRI, graphForFile, parserErrorAt, type LoadedFile, type RdfSyntax } from '../graph/index.ts';
import { validateGraph, type Shapes, type ValidationResult } from './validate.ts';

export const UPLOAD_NAME = 'request body';

export interface Upload {
  text: string;
  syntax: RdfSyntax;
  /** Named graph for triples outside any graph (Turtle); defaults to …/graph/uploaded. */
  graph?: string;
}

/** Parses the upload (400-worthy DataError with line:column if broken), merges it into a copy of the graph, validates. */
export async function validateUpload(base: { nquads: string; files: Pick<LoadedFile, 'path' | 'graphs'>[] }, shapes: Shapes, upload: Upload): Promise<ValidationResult> {
  const own = new oxigraph.Store();
  try {
    own.load(upload.text, { format: upload.syntax, base_iri: BASE_IRI, to_graph_name: oxigraph.namedNode(upload.graph ?? graphForFile('uploaded')) });
  } catch (error) {
    throw parserErrorAt(UPLOAD_NAME, (error as Error).message);
  }
  const store = new oxigraph.Store();
  store.load(base.nquads, { format: 'application/n-quads' });
  store.load(own.dump({ format: 'application/n-quads' }), { format: 'application/n-quads' });
  // As at load: the default graph is the union of the named graphs.
  store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
  const rows = (q: oxigraph.Store) => q.query('SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g') as Map<string, oxigraph.Term>[];
  const uploadedGraphs = rows(own).map((row) => row.get('g')!.value);
  const graphs = rows(store).map((row) => ({ graph: row.get('g')!.value, quads: Number(row.get('n')!.value) }));
  const files = [...base.files, { path: UPLOAD_NAME, graphs: uploadedGraphs }] as LoadedFile[];
  return validateGraph({ store, files, graphs }, shapes);
}
