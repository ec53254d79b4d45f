// Shape of the data as a whole: own terms are defined, figures and amounts are
// complete claims, no IRI dangles, Wikidata links only in their own graph.

import type { Store } from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, select } from './helpers.ts';

const PREFIXES = `
PREFIX aas: <https://w3id.org/aiactionsummit/ontology#>
PREFIX graph: <https://w3id.org/aiactionsummit/graph/>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;

let store: Store;
beforeAll(async () => {
  store = await loadGraph();
});

const column = (query: string, name: string) => select(store, PREFIXES + query).map((row) => row[name]);

describe('the ontology', () => {
  it('gives every own class and property a label and a comment in English and in French', () => {
    const incomplete = column(
      `
      SELECT DISTINCT ?term WHERE {
        GRAPH graph:ontology { ?term a ?kind . VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty } }
        FILTER NOT EXISTS {
          GRAPH graph:ontology {
            ?term rdfs:label ?le , ?lf ; rdfs:comment ?ce , ?cf .
            FILTER(lang(?le) = "en" && lang(?lf) = "fr" && lang(?ce) = "en" && lang(?cf) = "fr")
          }
        }
      } ORDER BY ?term`,
      'term',
    );
    expect(incomplete).toEqual([]);
  });

  it('defines every aas: term the data uses (as class, property or concept)', () => {
    const undefinedTerms = column(
      `
      SELECT DISTINCT ?term WHERE {
        GRAPH ?g { { ?s ?term ?o } UNION { ?s a ?term } UNION { ?s ?p ?term } }
        FILTER(?g != graph:ontology && STRSTARTS(STR(?term), STR(aas:)))
        FILTER NOT EXISTS { GRAPH graph:ontology { ?term rdfs:label ?label } }
      } ORDER BY ?term`,
      'term',
    );
    expect(undefinedTerms).toEqual([]);
  });
});

describe('claims', () => {
  it('states every figure completely, in the graph that states it', () => {
    const incomplete = column(
      `
      SELECT DISTINCT ?figure WHERE {
        GRAPH ?g { ?figure a aas:Figure }
        FILTER NOT EXISTS { GRAPH ?g { ?figure aas:about ?about ; aas:measure ?m ; schema:value ?v ;
                                               aas:qualifier ?q ; aas:statedAs ?s ; rdfs:label ?l } }
      } ORDER BY ?figure`,
      'figure',
    );
    expect(incomplete).toEqual([]);
  });

  it('uses only qualifiers of aas:QualifierScheme and measures labelled in English and French', () => {
    const badQualifiers = column(
      `SELECT DISTINCT ?q WHERE { ?x aas:qualifier ?q
      FILTER NOT EXISTS { ?q skos:inScheme aas:QualifierScheme } }`,
      'q',
    );
    expect(badQualifiers).toEqual([]);
    const badMeasures = column(
      `SELECT DISTINCT ?m WHERE { ?f aas:measure ?m
      FILTER NOT EXISTS { ?m skos:inScheme aas:MeasureScheme ; rdfs:label ?en , ?fr
                          FILTER(lang(?en) = "en" && lang(?fr) = "fr") } }`,
      'm',
    );
    expect(badMeasures).toEqual([]);
  });

  it('gives every monetary amount a decimal value and an ISO 4217 currency', () => {
    const incomplete = column(
      `
      SELECT DISTINCT ?amount WHERE {
        ?amount a schema:MonetaryAmount .
        FILTER NOT EXISTS { ?amount schema:value ?v ; schema:currency ?c
                            FILTER(datatype(?v) = xsd:decimal && REGEX(?c, "^[A-Z]{3}$")) }
      }`,
      'amount',
    );
    expect(incomplete).toEqual([]);
  });

  it('gives every initiative kind a concept of aas:InitiativeKindScheme', () => {
    const bad = column(
      `SELECT DISTINCT ?kind WHERE { ?i a aas:Initiative ; dcterms:type ?kind
      FILTER NOT EXISTS { ?kind skos:inScheme aas:InitiativeKindScheme } }`,
      'kind',
    );
    expect(bad).toEqual([]);
  });

  it('dates events with xsd:date, xsd:gYearMonth or xsd:gYear', () => {
    const bad = column(
      `SELECT DISTINCT ?d WHERE { ?e a schema:Event ; schema:startDate|schema:endDate ?d
      FILTER(datatype(?d) NOT IN (xsd:date, xsd:gYearMonth, xsd:gYear)) }`,
      'd',
    );
    expect(bad).toEqual([]);
  });
});

describe('labels', () => {
  it('gives each resource at most one preferred label (rdfs:label) per language', () => {
    const twice = column(
      `SELECT DISTINCT ?s WHERE {
        GRAPH ?g { ?s rdfs:label ?a } GRAPH ?h { ?s rdfs:label ?b }
        FILTER(?g != graph:ontology && ?h != graph:ontology && LANG(?a) = LANG(?b) && ?a != ?b)
      } ORDER BY ?s`,
      's',
    );
    expect(twice).toEqual([]);
  });

  it('gives no two resources the same preferred label in one language', () => {
    const shared = column(
      `SELECT DISTINCT ?label WHERE {
        GRAPH ?g { ?s rdfs:label ?label } GRAPH ?h { ?t rdfs:label ?label }
        FILTER(?g != graph:ontology && ?h != graph:ontology && ?s != ?t)
      } ORDER BY ?label`,
      'label',
    );
    expect(shared).toEqual([]);
  });

  it('gives the week and its two-day summit distinct French names, the shared one as an alternative', () => {
    // 000: the week is the "Sommet pour l'action sur l'intelligence artificielle"; 001 and 002 use the same
    // name for the two-day summit of 10 and 11 February.
    const names = select(
      store,
      `${PREFIXES} SELECT ?e ?label ?alt WHERE {
        VALUES ?e { <https://w3id.org/aiactionsummit/id/event/ai-action-summit> <https://w3id.org/aiactionsummit/id/event/2025-02-10-summit> }
        ?e rdfs:label ?label FILTER(LANG(?label) = "fr")
        OPTIONAL { ?e skos:altLabel ?alt FILTER(STR(?alt) = "Sommet pour l'action sur l'intelligence artificielle") }
      } ORDER BY ?e`,
    );
    expect(names).toEqual([
      {
        e: 'https://w3id.org/aiactionsummit/id/event/2025-02-10-summit',
        label: 'Sommet de deux jours au Grand Palais',
        alt: "Sommet pour l'action sur l'intelligence artificielle",
      },
      {
        e: 'https://w3id.org/aiactionsummit/id/event/ai-action-summit',
        label: "Sommet pour l'action sur l'intelligence artificielle",
      },
    ]);
  });
});

describe('curation', () => {
  it('explains every resource the curators describe with an aas:curationNote', () => {
    const unexplained = column(
      `SELECT DISTINCT ?s WHERE {
        GRAPH graph:curated { ?s ?p ?o }
        FILTER NOT EXISTS { GRAPH graph:curated { ?s aas:curationNote ?note } }
      } ORDER BY ?s`,
      's',
    );
    expect(unexplained).toEqual([]);
  });
});

describe('links', () => {
  it('types every entity it points to (no dangling or misspelt IRI)', () => {
    const dangling = column(
      `
      SELECT DISTINCT ?o WHERE {
        GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o) && STRSTARTS(STR(?o), "https://w3id.org/aiactionsummit/id/"))
        FILTER NOT EXISTS { ?o a ?type }
      } ORDER BY ?o`,
      'o',
    );
    expect(dangling).toEqual([]);
  });

  it('keeps every Wikidata link in graph:wikidata-links, and links only typed entities', () => {
    expect(
      column(
        `SELECT ?s WHERE { GRAPH ?g { ?s owl:sameAs ?o } FILTER(?g != <https://w3id.org/aiactionsummit/graph/wikidata-links>) }`,
        's',
      ),
    ).toEqual([]);
    expect(
      column(`SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), "wikidata.org")) } }`, 'g'),
    ).toEqual(['https://w3id.org/aiactionsummit/graph/wikidata-links']);
    expect(column(`SELECT ?s WHERE { ?s owl:sameAs ?o FILTER NOT EXISTS { ?s a ?type } }`, 's')).toEqual([]);
  });
});
