// How this project calls Wikidata's query service: a descriptive User-Agent (its policy asks for one)
// and errors that say why a request failed.
const VERSION = '0.1.0';
export const USER_AGENT = `summit-kg/${VERSION} (Paris AI Action Summit knowledge graph; https://w3id.org/aiactionsummit/) Node/${process.versions.node}`;

/** fetch() hides the reason in `cause` (sometimes an AggregateError of several attempts): dig it out. */
export function fetchFailure(error: Error): string {
  if (error.name === 'TimeoutError') return 'timed out';
  const cause = (error as Error & { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.find((e) => e.code)?.code ?? cause?.message ?? error.message;
}
