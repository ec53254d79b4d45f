// Federated queries: SPARQL with SERVICE clauses, answered exactly as Oxigraph would answer them if
// the remote data were local. Only the SERVICE patterns go to their endpoints; each one's solutions
// come back into the query as VALUES in its place, and Oxigraph evaluates the whole query, so every
// scoping rule (FILTER in nested groups, OPTIONAL, MINUS, EXISTS, BIND, sub-queries) is Oxigraph's.
// A SERVICE is asked only about the bindings of the patterns it is joined with (a bind join through
// VALUES, in batches), so that Wikidata is never asked for all of its members or populations.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import sparqljs from 'sparqljs';
import { AppError, isAppError } from '../errors.ts';
import {
  type Pattern,
  parseSparql,
  type Row,
  type ServicePattern,
  type SparqlQuery,
  type Store,
  select,
  type ValuePatternRow,
  writeSparql,
} from '../rdf/index.ts';
import { datasetOptions, type QueryPlan, runLocalQuery } from '../sparql/index.ts';
import { callService, type RemoteAnswer, type RemoteSettings } from './remote.ts';
import { boundVariables, neighbours, replaceService, type ServiceSite, serviceSites } from './service-sites.ts';

export interface FederationConfig extends RemoteSettings {
  /** SERVICE IRIs a query may name, each with the URL actually called (Wikidata's IRI may point at a mirror or a test fixture). */
  endpoints: Record<string, string>;
}

/** Bindings sent to the endpoint per request: Wikidata takes a few hundred VALUES rows well. */
export const BATCH_ROWS = 100;

const { variable, namedNode } = DataFactory;

/** Runs a planned query that has SERVICE clauses; throws 'upstream' or 'upstream-timeout' when a remote endpoint fails. */
export async function runFederatedQuery(store: Store, plan: QueryPlan, config: FederationConfig): Promise<string> {
  const query = parseSparql(plan.query);
  const sites = serviceSites(query);
  const unanswered = new Set(sites.map((site) => site.service));
  for (const site of sites) {
    const solutions = await answerService(store, plan, query, site, unanswered, config);
    unanswered.delete(site.service);
    replaceService(site, solutions);
  }
  return runLocalQuery(store, { ...plan, query: writeSparql(query) });
}

/** The SERVICE's solutions as a pattern to put in its place: VALUES, or for a failed SERVICE SILENT one empty solution. */
async function answerService(
  store: Store,
  plan: QueryPlan,
  query: SparqlQuery,
  site: ServiceSite,
  unanswered: Set<ServicePattern>,
  config: FederationConfig,
): Promise<Pattern> {
  const endpoint = site.service.name.value;
  const url = config.endpoints[endpoint];
  if (site.service.name.termType !== 'NamedNode' || !url) {
    throw new AppError('bad-request', `SERVICE <${endpoint}> is not allowed.`);
  }
  const bindings = site.inExists ? undefined : localBindings(store, plan, query, site, unanswered);
  if (bindings?.length === 0) return values([]); // nothing to join with: no solution, and no call
  try {
    const answers: RemoteAnswer[] = [];
    const batches = bindings ? chunks(bindings, BATCH_ROWS) : [undefined];
    for (const batch of batches) {
      answers.push(await callService(config, endpoint, url, remoteQuery(query, site.service, batch)));
    }
    return values(answers);
  } catch (error) {
    // SERVICE SILENT: a failure counts as one solution that binds nothing (SPARQL 1.1 Federated Query, 4).
    if (site.service.silent && isAppError(error, 'upstream', 'upstream-timeout'))
      return { type: 'group', patterns: [] };
    throw error;
  }
}

/**
 * The distinct bindings, from the patterns the SERVICE is joined with, of the variables they share
 * with it; undefined when nothing can narrow the SERVICE. Only variables bound in every row, and
 * never to a blank node (a local blank node cannot equal a remote term), are kept: a join then
 * matches each local row with exactly the remote solutions it would have matched anyway.
 */
function localBindings(
  store: Store,
  plan: QueryPlan,
  query: SparqlQuery,
  site: ServiceSite,
  unanswered: Set<ServicePattern>,
): ValuePatternRow[] | undefined {
  const local = neighbours(site, unanswered);
  const known = boundVariables(local);
  const shared = [...boundVariables(site.service.patterns)].filter((name) => known.has(name));
  if (local.length === 0 || shared.length === 0) return undefined;
  const where = site.graphs.reduceRight<Pattern[]>((patterns, name) => [{ type: 'graph', name, patterns }], local);
  const fragment: SparqlQuery = {
    type: 'query',
    queryType: 'SELECT',
    distinct: true,
    variables: shared.map((name) => variable(name)),
    where,
    prefixes: {},
    ...(query.type === 'query' && query.from ? { from: query.from } : {}),
  };
  const rows = select(store, writeSparql(fragment), datasetOptions(plan.dataset));
  const kept = shared.filter((name) => rows.every((row) => isSendable(row.get(name))));
  if (rows.length > 0 && kept.length === 0) return undefined;
  const seen = new Set<string>();
  const bindings: ValuePatternRow[] = [];
  for (const row of rows) {
    const id = kept.map((name) => row.get(name)?.toString()).join(' ');
    if (seen.has(id)) continue;
    seen.add(id);
    const binding: ValuePatternRow = {};
    for (const name of kept) binding[`?${name}`] = sendable(row.get(name));
    bindings.push(binding);
  }
  return bindings;
}

const isSendable = (term: ReturnType<Row['get']>) => sendable(term) !== undefined;

/** The SELECT sent to the endpoint: the SERVICE's own group, joined with a batch of bindings when there is one. */
function remoteQuery(query: SparqlQuery, service: ServicePattern, batch: ValuePatternRow[] | undefined): string {
  const group: Pattern = { type: 'group', patterns: service.patterns };
  const remote: SparqlQuery = {
    type: 'query',
    queryType: 'SELECT',
    variables: [new sparqljs.Wildcard()],
    // The group stays a group: joining the bindings with it, not inside it, leaves its FILTERs' scope alone.
    where: batch ? [{ type: 'values', values: batch }, group] : service.patterns,
    prefixes: query.prefixes,
  };
  return writeSparql(remote);
}

/** Remote solutions as a VALUES block; VALUES cannot hold blank nodes, so a remote one becomes a skolem IRI. */
function values(answers: RemoteAnswer[]): Pattern {
  const names = [...new Set(answers.flatMap((answer) => answer.variables))];
  const rows: ValuePatternRow[] = [];
  for (const { solutions } of answers) {
    for (const solution of solutions) {
      const row: ValuePatternRow = {};
      for (const name of names) row[`?${name}`] = sendable(skolemised(solution[name]));
      rows.push(row);
    }
  }
  return { type: 'values', values: rows };
}

const skolemised = (term: RDF.Term | undefined): RDF.Term | undefined =>
  term?.termType === 'BlankNode' ? namedNode(`https://w3id.org/aiactionsummit/.well-known/genid/${term.value}`) : term;

/** A term VALUES can hold: an IRI or a literal. */
function sendable(term: RDF.Term | undefined): RDF.NamedNode | RDF.Literal | undefined {
  return term?.termType === 'NamedNode' || term?.termType === 'Literal' ? term : undefined;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
