// Wikidata: federated queries (SERVICE), and the links between summit entities and Wikidata items.
import { WIKIDATA_SPARQL, type Config } from '../config/index.ts';
import type { FederationConfig } from './federation.ts';

export { checkServices, runFederatedQuery, type FederationConfig } from './federation.ts';

import { USER_AGENT } from './http.ts';

export { USER_AGENT } from './http.ts';
export { WikidataError, wikidataClient, type Row, type WikidataClient } from './client.ts';
export { EXPECTED_TYPES, checkLinks, proposeLinks, unlinkedEntities, type Drift, type Entity, type Proposal } from './linking.ts';
export { LINKS_GRAPH, LinkFileError, acceptedLinks, proposalsCsv, readLinks, writeLinks } from './links-file.ts';

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
