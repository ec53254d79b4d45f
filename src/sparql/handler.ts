// The /sparql operation: the protocol request read, then either the service description or the query's answer.
import { AppError } from '../errors.ts';
import type { Operation, Params } from '../operation.ts';
import { isAbsoluteIri } from '../rdf/index.ts';
import { contentType, GRAPH_FORMATS, negotiate } from './formats.ts';
import { queryJob, readProtocolRequest } from './protocol.ts';
import type { SparqlService } from './service.ts';
import { type DescribedData, serviceDescription } from './service-description.ts';

export function sparqlOperation(service: SparqlService, data: DescribedData): Operation {
  return async (request) => {
    const protocol = readProtocolRequest(request);
    const accept = request.header('accept');
    if (protocol.query === undefined && request.method !== 'POST') {
      const read = graphRead(request.params, data);
      if (read)
        return service.execute(
          queryJob({ ...protocol, query: read }, accept),
          request.client,
          request.header('if-none-match'),
        );
    }
    if (protocol.query === undefined) {
      const format = negotiate(GRAPH_FORMATS, accept, protocol.formats);
      const body = serviceDescription(`${request.baseUrl}/sparql`, data, format);
      return { status: 200, headers: { 'Content-Type': contentType(format), Vary: 'Accept' }, body };
    }
    return service.execute(
      queryJob({ ...protocol, query: protocol.query }, accept),
      request.client,
      request.header('if-none-match'),
    );
  };
}

/**
 * The Graph Store Protocol's read (GET ?graph=<iri>, or ?default for the union), as the CONSTRUCT
 * that answers it: the same formats, negotiation, cache and ETags as a query. A graph the dataset
 * does not have is 404, as the protocol says.
 */
function graphRead(params: Params, data: DescribedData): string | undefined {
  if (params.default !== undefined) return 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';
  const graphs = params.graph;
  if (graphs === undefined) return undefined;
  const [graph] = graphs;
  if (graphs.length !== 1 || graph === undefined) throw new AppError('bad-request', "Give one 'graph' parameter.");
  if (!isAbsoluteIri(graph)) throw new AppError('bad-request', `The graph '${graph}' is not an absolute IRI.`);
  if (!data.graphs.some((g) => g.graph === graph)) {
    throw new AppError(
      'not-found',
      `There is no graph <${graph}> in this dataset; the service description lists them.`,
    );
  }
  return `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
}
