// Every term the data uses is documented: the ontology defines each own term (aas:) and says, with a
// skos:scopeNote, how the graph uses each term it reuses from another vocabulary; the README's generated
// data-model section lists them all.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactIri } from '../../src/rdf/index.ts';
import { loadGraph, select } from './helpers.ts';

const PREFIXES = `
PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
PREFIX graph: <https://w3id.org/aiactionsummit/graph/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

let store: Store;
beforeAll(async () => {
  store = await loadGraph();
});

/** Every predicate and class the data graphs use (all named graphs but the ontology's). */
const usedTerms = () =>
  select(
    store,
    `${PREFIXES} SELECT DISTINCT ?term WHERE {
      GRAPH ?g { { ?s ?term ?o } UNION { ?s a ?term } }
      FILTER(?g != graph:ontology)
    } ORDER BY ?term`,
  ).map((row) => row.term ?? '');

describe('the documentation of the terms the data uses', () => {
  it('documents every term: own terms with a label in the ontology, reused ones with a scope note', () => {
    const undocumented = select(
      store,
      `${PREFIXES} SELECT DISTINCT ?term WHERE {
        GRAPH ?g { { ?s ?term ?o } UNION { ?s a ?term } }
        FILTER(?g != graph:ontology)
        FILTER NOT EXISTS { GRAPH graph:ontology { ?term rdfs:label ?label } FILTER(STRSTARTS(STR(?term), STR(aas:))) }
        FILTER NOT EXISTS { GRAPH graph:ontology { ?term skos:scopeNote ?note FILTER(LANG(?note) = "en") } }
      } ORDER BY ?term`,
    ).map((row) => row.term);
    expect(undocumented).toEqual([]);
  });

  it("names every term the data uses in the README's data-model section", () => {
    const section = README.slice(README.indexOf('<!-- model:start'), README.indexOf('<!-- model:end -->'));
    const missing = usedTerms()
      .map((iri) => compactIri(iri) ?? `<${iri}>`)
      .filter((name) => !section.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('documents the terms the audit found described nowhere', () => {
    // Issue 10: "prov:alternateOf, schema:attendee, schema:startDate and dcterms:temporal on investments,
    // skos:definition, skos:hiddenLabel and others are used and described nowhere".
    const section = README.slice(README.indexOf('**Reused terms**'), README.indexOf('**Concept schemes**'));
    for (const term of [
      'prov:alternateOf',
      'schema:attendee',
      'schema:startDate',
      'dcterms:temporal',
      'skos:definition',
      'skos:hiddenLabel',
    ])
      expect(section).toContain(`| \`${term}\` |`);
  });
});
