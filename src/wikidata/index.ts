// Wikidata: federated queries (SERVICE), and the links between summit entities and Wikidata items.
import { type Config, serviceUrls } from '../config/index.ts';
import type { FederationConfig } from './federation.ts';
import { USER_AGENT } from './http.ts';

export { type Row, type WikidataClient, wikidataClient } from './client.ts';
export { type FederationConfig, runFederatedQuery } from './federation.ts';
export { fetchFailure, USER_AGENT } from './http.ts';
export {
  checkLinks,
  type Drift,
  type Entity,
  EXPECTED_TYPES,
  type Proposal,
  proposeLinks,
  unlinkedEntities,
} from './linking.ts';
export { acceptedLinks, LINKS_GRAPH, linksText, proposalsCsv, readLinks } from './links-file.ts';

/** Federation settings from the configuration: each allowed endpoint is called at its own URL, Wikidata's at the configured one. */
export function federationConfig(config: Config): FederationConfig {
  return {
    endpoints: serviceUrls(config),
    userAgent: USER_AGENT,
    timeoutMs: config.serviceTimeoutMs,
    cacheEntries: config.serviceCacheEntries,
    cacheTtlMs: config.serviceCacheTtlSeconds * 1000,
  };
}
