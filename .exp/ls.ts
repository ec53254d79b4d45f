import { DEFAULTS } from '../src/config/index.ts';
import { loadGraph, unpackGraphs } from '../src/graph/index.ts';
import { newStore, serialise, PREFIXES } from '../src/rdf/index.ts';
const g = loadGraph(['ontology', 'data'], { maxDataBytes: DEFAULTS.maxDataBytes });
const store = newStore(); unpackGraphs(store, g.packed, DEFAULTS.maxDataBytes);
const P = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n';
const qs = {
 base: `${P}SELECT DISTINCT ?entity ?label WHERE { ?entity rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "intelligence")) } ORDER BY ?label`,
 noorder: `${P}SELECT DISTINCT ?entity ?label WHERE { ?entity rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "intelligence")) }`,
 nofilter: `${P}SELECT ?entity ?label WHERE { ?entity rdfs:label ?label } LIMIT 1`,
 scan: `${P}SELECT (COUNT(*) AS ?n) WHERE { ?entity rdfs:label ?label }`,
 str: `${P}SELECT (COUNT(*) AS ?n) WHERE { ?entity rdfs:label ?label FILTER(STR(?label) != "") }`,
 lcase: `${P}SELECT (COUNT(*) AS ?n) WHERE { ?entity rdfs:label ?label FILTER(LCASE(STR(?label)) != "") }`,
 regex: `${P}SELECT DISTINCT ?entity ?label WHERE { ?entity rdfs:label ?label FILTER(REGEX(?label, "intelligence", "i")) } ORDER BY ?label`,
};
for (const [name, q] of Object.entries(qs)) {
  for (let i = 0; i < 200; i++) serialise(store, q, 'application/sparql-results+json');
  const t = performance.now(); const N = 1000; let body = '';
  for (let i = 0; i < N; i++) body = serialise(store, q, 'application/sparql-results+json');
  console.log(name, ((performance.now() - t) / N).toFixed(3), 'ms', body.length);
}
