// The Oxigraph store behind exact types: query() answers `boolean | Map[] | Quad[] | string`
// depending on the query and options; these helpers narrow it once, so no caller casts.
// Oxigraph compiles and instantiates its WebAssembly when first required, which costs a process tens
// of megabytes: it is loaded on first use, so the HTTP thread, which never runs queries, never pays
// for it (it only compiles the module once for the workers, see compileEngine).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Oxigraph from 'oxigraph';
import { AppError } from '../errors.ts';
import { BASE_IRI } from './namespaces.ts';

export type Store = Oxigraph.Store;
export type Term = Oxigraph.Term;
export type Quad = Oxigraph.Quad;
export type Row = Map<string, Term>;
export type QueryOptions = NonNullable<Parameters<Store['query']>[1]>;

const require = createRequire(import.meta.url);
let engine: typeof Oxigraph | undefined;
/** The Oxigraph module, loaded the first time it is needed. */
export const oxigraph = (): typeof Oxigraph => {
  engine ??= require('oxigraph') as typeof Oxigraph;
  return engine;
};

/**
 * The engine's WebAssembly, compiled once for worker threads to share: each instantiates it with
 * useCompiledEngine instead of compiling its own, so their machine code (compiled as functions are
 * first run, then optimised) is made once for the process, not once per worker.
 */
export function compileEngine(): WebAssembly.Module {
  return new WebAssembly.Module(readFileSync(require.resolve('oxigraph/web_bg.wasm')));
}

/** Makes this thread's engine an instance of `module` (from compileEngine); before any other use. */
export async function useCompiledEngine(module: WebAssembly.Module): Promise<void> {
  // The same bindings as the Node build, made to be handed a compiled module.
  const web = await import('oxigraph/web.js');
  web.initSync({ module });
  engine = web as unknown as typeof Oxigraph;
}

export const namedNode = (iri: string) => oxigraph().namedNode(iri);
export const literal = (...args: Parameters<typeof Oxigraph.literal>) => oxigraph().literal(...args);
export const defaultGraph = () => oxigraph().defaultGraph();
export const quad = (...args: Parameters<typeof Oxigraph.quad>) => oxigraph().quad(...args);

/** Parses RDF text lazily, quad by quad (Oxigraph's streaming parser): a caller can stop early. */
export function parseQuads(text: string, options: Parameters<typeof Oxigraph.parse>[1]): Iterable<Quad> {
  return oxigraph().parse([text], options);
}

export function newStore(): Store {
  return new (oxigraph().Store)();
}

/** Relative IRIs in queries resolve against the graph's base, as they do in the data. */
const withBase = (options: QueryOptions = {}): QueryOptions => ({ base_iri: BASE_IRI, ...options });

const unexpected = (what: string) => new AppError('internal', `expected ${what} from the query engine`);

/** A SELECT's solutions. */
export function select(store: Store, query: string, options?: QueryOptions): Row[] {
  const result = store.query(query, withBase(options));
  if (!Array.isArray(result)) throw unexpected('solutions');
  return result.filter((row): row is Row => row instanceof Map);
}

/** A SELECT's solutions as plain rows of values (variable → lexical value or IRI). */
export function selectValues(store: Store, query: string, options?: QueryOptions): Record<string, string>[] {
  return select(store, query, options).map((row) =>
    Object.fromEntries([...row].map(([name, term]) => [name, term.value])),
  );
}

/** A SELECT's solutions as rows of exactly these columns ('' where a variable is unbound). */
export function selectColumns<K extends string>(
  store: Store,
  query: string,
  columns: readonly K[],
): Record<K, string>[] {
  return select(store, query).map((row) => {
    const values = {} as Record<K, string>;
    for (const column of columns) values[column] = row.get(column)?.value ?? '';
    return values;
  });
}

export function ask(store: Store, query: string, options?: QueryOptions): boolean {
  const result = store.query(query, withBase(options));
  if (typeof result !== 'boolean') throw unexpected('a boolean');
  return result;
}

/** A CONSTRUCT's or DESCRIBE's triples. */
export function construct(store: Store, query: string, options?: QueryOptions): Quad[] {
  const result = store.query(query, withBase(options));
  if (!Array.isArray(result)) throw unexpected('triples');
  const { Quad } = oxigraph();
  return result.filter((item): item is Quad => item instanceof Quad);
}

/** Any query's answer, serialised by Oxigraph in `mediaType` (a SPARQL results or RDF format). */
export function serialise(store: Store, query: string, mediaType: string, options?: QueryOptions): string {
  const result = store.query(query, withBase({ ...options, results_format: mediaType }));
  if (typeof result !== 'string') throw unexpected('a serialised answer');
  return result;
}

/** The number in the first cell of a `SELECT (COUNT(…) AS ?n)`. */
export function count(store: Store, query: string, options?: QueryOptions): number {
  const value = select(store, query, options)[0]?.values().next().value;
  return value ? Number(value.value) : 0;
}
