// How this project introduces itself to Wikidata's query service (its User-Agent policy asks for a descriptive one).
const VERSION = '0.1.0';
export const USER_AGENT = `summit-kg/${VERSION} (Paris AI Action Summit knowledge graph; https://w3id.org/aiactionsummit/) Node/${process.versions.node}`;
