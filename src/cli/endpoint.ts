// `summit-kg query --endpoint URL`, as Jena's rsparql --service does: the query sent to a remote
// SPARQL endpoint (a POSTed form, the format asked for with Accept), its answer written out as is.
import { AppError } from '../errors.ts';
import { fetchFailure, USER_AGENT } from '../wikidata/index.ts';

export async function queryEndpoint(endpoint: string, query: string, mediaType: string, timeoutMs: number) {
  if (!/^https?:\/\/./i.test(endpoint)) {
    throw new AppError('usage', `--endpoint must be an http(s) URL, got '${endpoint}'.`);
  }
  let response: Response;
  let text: string;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        Accept: mediaType,
        'Content-Type': 'application/x-www-form-urlencoded',
        'User-Agent': USER_AGENT,
      },
      body: new URLSearchParams({ query }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      throw new AppError('upstream-timeout', `${endpoint} did not answer within ${timeoutMs / 1000} s (--timeout).`);
    }
    throw new AppError('upstream', `${endpoint} could not be reached (${fetchFailure(error as Error)}).`);
  }
  if (!response.ok) {
    throw new AppError('upstream', `${endpoint} answered HTTP ${response.status}: ${text.trim().slice(0, 500)}`);
  }
  return text;
}
