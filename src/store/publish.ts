// summit-kg publish: every named graph of the data, and the union default graph under an IRI of
// its own, written into an external SPARQL 1.1 store graph by graph (the Graph Store Protocol's PUT,
// or SPARQL Update where a store has none), then each graph's triples counted in the store and
// compared with the local count.
import { AppError } from '../errors.ts';
import { defaultGraph, namedNode, parseQuads, type Store } from '../rdf/index.ts';
import { type SparqlStore, StoreWriter } from './client.ts';
import type { Credentials } from './http.ts';

export type PublishMethod = 'gsp' | 'update';

export interface PublishOptions {
  /** The Graph Store Protocol endpoint, or the SPARQL Update endpoint with method 'update'. */
  to: string;
  method: PublishMethod;
  /** Where the counts are checked: the store's SPARQL query endpoint. */
  verifier: SparqlStore;
  unionGraph: string;
  credentials: Credentials | undefined;
  timeoutMs: number;
  dryRun: boolean;
  /** After the counts, read every graph back and compare it triple by triple. */
  checkContent: boolean;
  log: (line: string) => void;
}

export interface GraphToPublish {
  graph: string;
  triples: number;
  /** The union default graph, stored under its own IRI. */
  union: boolean;
}

/** Triples per INSERT DATA request: stores cap a request's size (Virtuoso's SQL text, Fuseki's form limit). */
const UPDATE_BATCH = 2000;

/** The graphs to write, named graphs first (sorted), then the union. */
export function graphsToPublish(
  graphs: { graph: string; quads: number }[],
  tripleCount: number,
  unionGraph: string,
): GraphToPublish[] {
  if (graphs.some((g) => g.graph === unionGraph)) {
    throw new AppError(
      'usage',
      `The data has a named graph <${unionGraph}>, the IRI the union default graph would take in the store; choose another with --union-graph (SUMMIT_KG_UNION_GRAPH).`,
    );
  }
  return [
    ...graphs.map((g) => ({ graph: g.graph, triples: g.quads, union: false })),
    { graph: unionGraph, triples: tripleCount, union: true },
  ];
}

function ntriplesOf(store: Store, target: GraphToPublish): string {
  const from_graph_name = target.union ? defaultGraph() : namedNode(target.graph);
  return store.dump({ format: 'application/n-triples', from_graph_name });
}

/** Writes every graph, then checks every count; rejects naming every graph whose count differs. */
export async function publish(store: Store, targets: GraphToPublish[], options: PublishOptions): Promise<void> {
  const { log } = options;
  const how =
    options.method === 'gsp'
      ? 'the Graph Store Protocol (PUT, replacing each graph)'
      : 'SPARQL Update (DROP, INSERT DATA)';
  const who = options.credentials
    ? 'with the credentials of SUMMIT_KG_STORE_USER and SUMMIT_KG_STORE_PASSWORD'
    : 'without credentials (SUMMIT_KG_STORE_USER is not set)';
  log(
    `${options.dryRun ? 'Would publish' : 'Publishing'} ${targets.length} graphs to ${options.to} through ${how}, ${who}:`,
  );
  for (const target of targets)
    log(`  <${target.graph}>  ${target.triples} triples${target.union ? ' (the union default graph)' : ''}`);
  log(`${options.dryRun ? 'Would then count' : 'Then counting'} each graph's triples at ${options.verifier.endpoint}.`);
  if (options.dryRun) return;

  const writer = new StoreWriter(options.to, options.credentials, options.timeoutMs);
  for (const target of targets) {
    const started = performance.now();
    const ntriples = ntriplesOf(store, target);
    if (options.method === 'gsp') await writer.put(target.graph, ntriples);
    else await updateGraph(writer, target.graph, ntriples);
    log(`Wrote <${target.graph}>: ${target.triples} triples in ${(performance.now() - started).toFixed(0)} ms.`);
  }
  await verify(targets, options);
  if (options.checkContent) await compareContent(store, targets, options);
}

/** A graph's triples as N-Triples terms (blank nodes apart: their labels are each store's own). */
function tripleSet(ntriples: string): { triples: Set<string>; blank: number } {
  const triples = new Set<string>();
  let blank = 0;
  for (const q of parseQuads(ntriples, { format: 'application/n-triples' })) {
    if (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode') blank += 1;
    else triples.add(`${q.subject.toString()} ${q.predicate.toString()} ${q.object.toString()}`);
  }
  return { triples, blank };
}

/** Reads every graph back from the store and names the triples it does not hold as written. */
async function compareContent(store: Store, targets: GraphToPublish[], options: PublishOptions): Promise<void> {
  const wrong: string[] = [];
  for (const target of targets) {
    const mine = tripleSet(ntriplesOf(store, target)).triples;
    const response = await options.verifier.query(
      `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${target.graph}> { ?s ?p ?o } }`,
      { accept: 'application/n-triples', timeoutMs: options.timeoutMs },
    );
    const theirs = tripleSet(response.body).triples;
    const changed = [...mine].filter((t) => !theirs.has(t));
    const added = [...theirs].filter((t) => !mine.has(t));
    if (changed.length + added.length === 0) continue;
    const example = (list: string[]) => (list[0] ? `, e.g. ${list[0]}` : '');
    wrong.push(
      `<${target.graph}>: ${changed.length} triples not held as written${example(changed)}; ${added.length} not in the data${example(added)}`,
    );
  }
  if (wrong.length > 0) {
    throw new AppError(
      'upstream',
      `The store does not hold every triple as written (it may rewrite some literals):\n  ${wrong.join('\n  ')}`,
    );
  }
  options.log(`Every triple reads back as written (blank nodes apart): ${targets.length} graphs.`);
}

/** Replaces a graph by SPARQL Update, in batches unless blank nodes must stay within one request. */
async function updateGraph(writer: StoreWriter, graph: string, ntriples: string): Promise<void> {
  await writer.update(`DROP SILENT GRAPH <${graph}>`);
  const lines = ntriples.split('\n').filter((line) => line.trim() !== '');
  // A blank node label names the same node only within one request.
  const batch = ntriples.includes('_:') ? lines.length : UPDATE_BATCH;
  for (let start = 0; start < lines.length; start += batch) {
    await writer.update(`INSERT DATA { GRAPH <${graph}> {\n${lines.slice(start, start + batch).join('\n')}\n} }`);
  }
}

async function verify(targets: GraphToPublish[], options: PublishOptions): Promise<void> {
  const wrong: string[] = [];
  for (const target of targets) {
    const counted = await options.verifier.count(target.graph);
    if (counted !== target.triples)
      wrong.push(`<${target.graph}>: ${counted} triples in the store, ${target.triples} here`);
  }
  if (wrong.length > 0) {
    throw new AppError(
      'upstream',
      `The store's counts differ from the data's after publishing:\n  ${wrong.join('\n  ')}\n` +
        'Another writer may have changed the graph, or the store may have refused some triples (check its log).',
    );
  }
  options.log(`Every count matches: ${targets.length} graphs in ${options.verifier.endpoint}.`);
}
