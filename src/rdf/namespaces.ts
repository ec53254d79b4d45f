// The IRIs the project mints, and the prefixes used when writing RDF for people to read.

/** Every entity, graph and ontology term of the summit graph lives under this base. */
export const BASE_IRI = 'https://w3id.org/aiactionsummit/';

/** Named graph of a file's triples that sit in no named graph: one graph per file, named after it. */
export function graphForFile(stem: string): string {
  return `${BASE_IRI}graph/${encodeURIComponent(stem)}`;
}

export const PREFIXES: Record<string, string> = {
  aas: `${BASE_IRI}ontology#`,
  shapes: `${BASE_IRI}shapes#`,
  graph: `${BASE_IRI}graph/`,
  country: `${BASE_IRI}id/country/`,
  organization: `${BASE_IRI}id/organization/`,
  company: `${BASE_IRI}id/company/`,
  person: `${BASE_IRI}id/person/`,
  event: `${BASE_IRI}id/event/`,
  place: `${BASE_IRI}id/place/`,
  initiative: `${BASE_IRI}id/initiative/`,
  document: `${BASE_IRI}id/document/`,
  figure: `${BASE_IRI}id/figure/`,
  investment: `${BASE_IRI}id/investment/`,
  amount: `${BASE_IRI}id/amount/`,
  signature: `${BASE_IRI}id/signature/`,
  source: `${BASE_IRI}id/source/`,
  measure: `${BASE_IRI}id/measure/`,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  sh: 'http://www.w3.org/ns/shacl#',
  sd: 'http://www.w3.org/ns/sparql-service-description#',
  void: 'http://rdfs.org/ns/void#',
  wd: 'http://www.wikidata.org/entity/',
};

const LONGEST_FIRST = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

/** `country:FR` for an IRI under one of PREFIXES (with a plain local name), undefined otherwise. */
export function compactIri(iri: string): string | undefined {
  for (const [prefix, namespace] of LONGEST_FIRST) {
    const local = iri.slice(namespace.length);
    if (iri.startsWith(namespace) && /^[\w.-]+$/.test(local)) return `${prefix}:${local}`;
  }
  return undefined;
}

// RFC 3987's grammar of an absolute IRI, as the engine's parser checks it: a value it would refuse in
// a query ("IRI parsing failed", pointing into a text the client never wrote) is refused before.
const UCS = '\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF\\u{10000}-\\u{EFFFD}';
const PRIVATE = '\\uE000-\\uF8FF\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const UNRESERVED = `A-Za-z0-9\\-._~${UCS}`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const IPCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const USERINFO = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?`;
const HOST = `(?:\\[(?:[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~${SUB_DELIMS}:]+)\\]|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)`;
const ABSOLUTE_IRI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.-]*:(?://${USERINFO}${HOST}(?::[0-9]*)?(?:/${IPCHAR}*)*|(?:${IPCHAR}|/)*)` +
    `(?:\\?(?:${IPCHAR}|[${PRIVATE}/?])*)?(?:#(?:${IPCHAR}|[/?])*)?$`,
  'u',
);

/** An absolute IRI (RFC 3987): a scheme, an authority and path, query and fragment of the characters each may hold. */
export function isAbsoluteIri(value: string): boolean {
  return ABSOLUTE_IRI.test(value);
}
