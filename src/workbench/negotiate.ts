// Who gets the workbench at /sparql: a browser's navigation. Its Accept names
// application/xhtml+xml (Chromium's, Firefox's and Safari's all do; no SPARQL client's does) and
// ranks HTML above every format the endpoint writes; it reads no graph of the store and names no
// result format. Every other request is the protocol's, unchanged: a client that merely lists
// text/html first (`text/html, */*;q=0.8`) still gets results.
import Negotiator from 'negotiator';
import type { OperationRequest } from '../operation.ts';
import { FORMAT_PARAMS, GRAPH_FORMATS, SOLUTION_FORMATS } from '../sparql/index.ts';

/** Every media type the endpoint answers with, then HTML last: a tie goes to the protocol. */
const TYPES = [...SOLUTION_FORMATS, ...GRAPH_FORMATS].flatMap((f) => [f.mediaType, ...(f.aliases ?? [])]);
const CANDIDATES = [...new Set(TYPES), 'text/html', 'application/xhtml+xml'];
const HTML = ['text/html', 'application/xhtml+xml'];

export function wantsWorkbench(request: Pick<OperationRequest, 'method' | 'params' | 'header'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const { params } = request;
  if (params.graph !== undefined || params.default !== undefined) return false;
  if (FORMAT_PARAMS.some((name) => params[name] !== undefined)) return false;
  const accept = request.header('accept');
  if (!accept || !/application\/xhtml\+xml/i.test(accept)) return false;
  const best = new Negotiator({ headers: { accept } }).mediaType(CANDIDATES);
  return best !== undefined && HTML.includes(best);
}
