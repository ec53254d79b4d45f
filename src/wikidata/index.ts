// Wikidata: federated queries (SERVICE), and the links between summit entities and Wikidata items.
import { type Config, WIKIDATA_SPARQL } from '../config/index.ts';
import type { FederationConfig } from './federation.ts';

export { checkServices, type FederationConfig, runFederatedQuery } from './federation.ts';

import { USER_AGENT } from './http.ts';

export { type Row, type WikidataClient, WikidataError, wikidataClient } from './client.ts';
export { USER_AGENT } from './http.ts';
export {
  checkLinks,
  type Drift,
  type Entity,
  EXPECTED_TYPES,
  type Proposal,
  proposeLinks,
  unlinkedEntities,
} from './linking.ts';
export { acceptedLinks, LINKS_GRAPH, LinkFileError, proposalsCsv, readLinks, writeLinks } from './links-file.ts';

/** Federation settings from the configuration: each allowed endpoint is called at its own URL, Wikidata's at the configured one. */
export function federationConfig(config: Config): FederationConfig {
  const endpoints = Object.fromEntries(
    config.federationAllowList.map((iri) => [iri, iri === WIKIDATA_SPARQL ? config.wikidataEndpoint : iri]),
  );
  return {
    endpoints,
    userAgent: USER_AGENT,
    timeoutMs: config.serviceTimeoutMs,
    cacheEntries: config.serviceCacheEntries,
    cacheTtlMs: config.serviceCacheTtlSeconds * 1000,
  };
}
