// Wikidata: federated queries (SERVICE), and the links between summit entities and Wikidata items.
import { WIKIDATA_SPARQL, type Config } from '../config/index.ts';
import type { FederationConfig } from './federation.ts';

export { checkServices, runFederatedQuery, type FederationConfig } from './federation.ts';

const VERSION = '0.1.0';
export const USER_AGENT = `summit-kg/${VERSION} (Paris AI Action Summit knowledge graph; https://w3id.org/aiactionsummit/) Node/${process.versions.node}`;

/** Federation settings from the configuration: each allowed endpoint is called at its own URL, Wikidata's at the configured one. */
export function federationConfig(config: Config): FederationConfig {
  const endpoints = Object.fromEntries(config.federationAllowList.map((iri) => [iri, iri === WIKIDATA_SPARQL ? config.wikidataEndpoint : iri]));
  return {
    endpoints,
    userAgent: USER_AGENT,
    timeoutMs: config.serviceTimeoutMs,
    cacheEntries: config.serviceCacheEntries,
    cacheTtlMs: config.serviceCacheTtlSeconds * 1000,
  };
}
