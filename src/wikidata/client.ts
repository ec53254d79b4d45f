// A small, polite SPARQL client for Wikidata's query service (or whatever URL is configured for it).
import { AppError } from '../errors.ts';
import { fetchFailure, USER_AGENT } from './http.ts';

/** A solution as plain values, one per column asked for ('' when the variable is unbound). */
export type Row<K extends string = string> = Record<K, string>;

export interface WikidataClient {
  select<K extends string>(query: string, columns: readonly K[]): Promise<Row<K>[]>;
}

/** POSTs a SELECT query and returns plain rows of the columns asked for; errors say what failed and where. */
export function wikidataClient(endpoint: string, timeoutMs: number): WikidataClient {
  return {
    async select(query, columns) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'User-Agent': USER_AGENT,
            Accept: 'application/sparql-results+json',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({ query }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const reason =
          (error as Error).name === 'TimeoutError'
            ? `no answer within ${timeoutMs / 1000} s`
            : fetchFailure(error as Error);
        throw new AppError('upstream', `Wikidata's query service at ${endpoint} could not be reached (${reason}).`);
      }
      const text = await response.text();
      if (!response.ok)
        throw new AppError(
          'upstream',
          `Wikidata's query service at ${endpoint} answered HTTP ${response.status}: ${text.slice(0, 200).trim()}`,
        );
      try {
        const json = JSON.parse(text) as { results: { bindings: Record<string, { value: string }>[] } };
        return json.results.bindings.map((binding) => {
          const row = {} as Row<(typeof columns)[number]>;
          for (const column of columns) row[column] = binding[column]?.value ?? '';
          return row;
        });
      } catch {
        throw new AppError(
          'upstream',
          `Wikidata's query service at ${endpoint} answered something that is not SPARQL JSON results: ${text.slice(0, 100).trim()}`,
        );
      }
    },
  };
}
