// The /sparql operation: the protocol request read, then the query's answer, a graph (Graph Store
// Protocol, read side), or the service description.
import type { Operation } from '../operation.ts';
import { contentType, GRAPH_FORMATS, negotiate } from './formats.ts';
import { graphJob } from './graph-store.ts';
import { GRAPH_STORE_PATH, queryJob, readProtocolRequest } from './protocol.ts';
import type { SparqlService } from './service.ts';
import { type DescribedData, serviceDescription } from './service-description.ts';

export function sparqlOperation(service: SparqlService, data: DescribedData): Operation {
  return async (request) => {
    const protocol = readProtocolRequest(request);
    const accept = request.header('accept');
    if (protocol.graph) {
      const job = graphJob(protocol.graph, data, accept, protocol.formats);
      return service.execute(job, request.client, request.header('if-none-match'));
    }
    if (protocol.query === undefined) {
      const format = negotiate(GRAPH_FORMATS, accept, protocol.formats);
      const urls = { endpoint: `${request.baseUrl}/sparql`, graphStore: `${request.baseUrl}${GRAPH_STORE_PATH}` };
      const body = serviceDescription(urls, data, format);
      return { status: 200, headers: { 'Content-Type': contentType(format), Vary: 'Accept' }, body };
    }
    return service.execute(
      queryJob({ ...protocol, query: protocol.query }, accept),
      request.client,
      request.header('if-none-match'),
    );
  };
}
