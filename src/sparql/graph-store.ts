// The read side of the SPARQL 1.1 Graph Store HTTP Protocol, as Fuseki serves it: GET ?graph=IRI or
// ?default (at /data, or at /sparql without a query) returns that graph in any negotiated RDF syntax.
// It runs as a CONSTRUCT through the same workers, cache, ETags and limits as any query. The store is
// read-only: anything that would write is refused with 405.
import { AppError } from '../errors.ts';
import type { Operation } from '../operation.ts';
import type { QueryJob } from './engine.ts';
import { FORMAT_PARAMS, type GraphChoice, graphChoice } from './protocol.ts';
import type { SparqlService } from './service.ts';
import type { DescribedData } from './service-description.ts';

/** The query job that reads a graph: 404 for a graph the data does not hold. */
export function graphJob(choice: GraphChoice, data: DescribedData, accept: string | undefined, formats: string[]) {
  if (choice.kind === 'named' && !data.graphs.some(({ graph }) => graph === choice.iri)) {
    throw new AppError(
      'not-found',
      `No graph named <${choice.iri}> here; the service description (GET /sparql) lists the graphs.`,
    );
  }
  // The IRI is one of the data's own graph names (checked above), so it is safe inside <>.
  const query =
    choice.kind === 'default'
      ? 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'
      : `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${choice.iri}> { ?s ?p ?o } }`;
  const job: QueryJob = { query, accept, formats, defaultGraphs: [], namedGraphs: [] };
  return job;
}

/** GET /data?graph=IRI or /data?default. */
export function graphStoreOperation(service: SparqlService, data: DescribedData): Operation {
  return async (request) => {
    const choice = graphChoice(request.params);
    if (!choice) {
      throw new AppError('bad-request', 'Name the graph to read: ?graph=IRI, or ?default for the default graph.');
    }
    const formats = FORMAT_PARAMS.flatMap((name) => request.params[name] ?? []);
    const job = graphJob(choice, data, request.header('accept'), formats);
    return service.execute(job, request.client, request.header('if-none-match'));
  };
}
