// The /sparql operation: the protocol request read, then either the service description or the query's answer.
import type { Operation } from '../operation.ts';
import { contentType, GRAPH_FORMATS, negotiate } from './formats.ts';
import { queryJob, readProtocolRequest } from './protocol.ts';
import type { SparqlService } from './service.ts';
import { type DescribedData, serviceDescription } from './service-description.ts';

export function sparqlOperation(service: SparqlService, data: DescribedData): Operation {
  return async (request) => {
    const protocol = readProtocolRequest(request);
    const accept = request.header('accept');
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
