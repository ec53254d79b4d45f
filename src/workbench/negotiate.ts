// Who gets the workbench at /sparql: a browser's GET, whose Accept prefers HTML to every SPARQL
// format, that is not a read of the graph store and names no result format. Every other request
// (every SPARQL client: their Accept never prefers HTML) is the protocol's, unchanged.
import Negotiator from 'negotiator';
import type { OperationRequest } from '../operation.ts';
import { FORMAT_PARAMS, GRAPH_FORMATS, SOLUTION_FORMATS } from '../sparql/index.ts';

/** Every media type the endpoint answers with, then HTML last: a tie (`*\/*`) goes to the protocol. */
const TYPES = [...SOLUTION_FORMATS, ...GRAPH_FORMATS].flatMap((f) => [f.mediaType, ...(f.aliases ?? [])]);
const CANDIDATES = [...new Set(TYPES), 'text/html'];

export function wantsWorkbench(request: Pick<OperationRequest, 'method' | 'params' | 'header'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const { params } = request;
  if (params.graph !== undefined || params.default !== undefined) return false;
  if (FORMAT_PARAMS.some((name) => params[name] !== undefined)) return false;
  const accept = request.header('accept');
  if (!accept) return false;
  const best = new Negotiator({ headers: { accept } }).mediaType(CANDIDATES);
  return best === 'text/html';
}
