// What `serve --store` reads from the store at start: the published named graphs and their sizes,
// and a copy of each, written as N-Quads into a folder of its own that the loader then reads like
// data/. Pages, validation and federated queries use that copy in the workers; SPARQL queries go to
// the store. The copy's content hash is the data's version: answers are cached and tagged by it.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import type { SparqlStore } from './client.ts';
import { shown } from './http.ts';

export interface Snapshot {
  /** The folder holding one N-Quads file per named graph. */
  folder: string;
  /** The published named graphs (the union's excluded), sorted, with their sizes in the store. */
  graphs: { graph: string; quads: number }[];
  /** Triples in the store's union graph. */
  unionTriples: number;
  /** SHA-256 of every graph's name and sorted triples: the same data gives the same version on every replica. */
  version: string;
  /** Removes the folder. */
  remove(): void;
}

/** Reads the published graphs (IRIs under `namespace`, `unionGraph` apart) from the store into a new folder. */
export async function snapshotStore(store: SparqlStore, namespace: string, unionGraph: string): Promise<Snapshot> {
  const found = await store.graphs(namespace);
  const union = found.find((g) => g.graph === unionGraph);
  const graphs = found.filter((g) => g.graph !== unionGraph);
  if (!union || graphs.length === 0) {
    throw new AppError(
      'usage',
      `The store at ${shown(store.endpoint)} holds ${union ? 'no named graph' : `no union graph <${unionGraph}>`} under <${namespace}>: ` +
        'publish the graph there first (summit-kg publish --to <its Graph Store Protocol URL>), with the same --union-graph.',
    );
  }
  const folder = mkdtempSync(join(tmpdir(), 'summit-kg-store-'));
  try {
    const hash = createHash('sha256');
    for (const [index, { graph, quads }] of graphs.entries()) {
      const lines = await graphLines(store, graph);
      if (lines.length !== quads) {
        throw new AppError(
          'upstream',
          `The store at ${shown(store.endpoint)} counts ${quads} triples in <${graph}> but gave ${lines.length}: ` +
            'it may cap the rows of an answer (Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini); raise the cap above the largest graph.',
        );
      }
      lines.sort();
      hash.update(`${graph}\0${lines.join('\n')}\0`);
      const stem = `${String(index).padStart(3, '0')}-${graph.slice(namespace.length).replace(/[^\w.-]+/g, '_')}`;
      writeFileSync(join(folder, `${stem}.nq`), lines.map((line) => `${line} <${graph}> .\n`).join(''));
    }
    return {
      folder,
      graphs,
      unionTriples: union.quads,
      version: hash.digest('hex'),
      remove: () => rmSync(folder, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** A graph's triples as N-Triples lines without their final dot (one triple per line, as N-Triples is written). */
async function graphLines(store: SparqlStore, graph: string): Promise<string[]> {
  const response = await store.query(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`, {
    accept: 'application/n-triples, text/plain;q=0.5',
  });
  const type = response.contentType.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/n-triples' && type !== 'text/plain') {
    throw new AppError(
      'upstream',
      `The store at ${shown(store.endpoint)} answered a CONSTRUCT with ${type || 'no Content-Type'}; this program reads the graphs as N-Triples (application/n-triples).`,
    );
  }
  return response.body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.replace(/\s*\.$/, ''));
}
