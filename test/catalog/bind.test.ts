// Binding values into a saved query: checked arguments, VALUES blocks joined into the parsed query,
// text written by the generator. Run against an in-memory store to see what each binding means.
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { Binder, type Given, readArguments, readSavedQuery, type SavedQuery } from '../../src/catalog/index.ts';

const binder = new Binder(64 * 1024, 1024 * 1024);
const bindQuery = (query: SavedQuery, given: Given) => binder.bind(query, given);

import { jsonRows } from '../helpers/parse.ts';

function saved(text: string, name = 'q'): SavedQuery {
  const { query, problems } = readSavedQuery(`/queries/${name}.rq`, text);
  expect(problems).toEqual([]);
  return query!;
}

const store = new oxigraph.Store();
store.load(
  `@prefix ex: <https://example.org/> .
   @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
   ex:france a ex:Country ; rdfs:label "France"@en , "France"@fr ; ex:population 68 .
   ex:kenya a ex:Country ; rdfs:label "Kenya"@en ; ex:population 55 .`,
  { format: 'text/turtle' },
);
const rows = (query: SavedQuery, given: Given) =>
  jsonRows(store.query(bindQuery(query, given).text, { results_format: 'application/sparql-results+json' }) as string);

const LABELS = saved(`#+ summary: Labels
#+ params:
#+   country: A country
#+   lang: A language
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE {
  OPTIONAL { ?_country_iri rdfs:label ?label FILTER(LANG(?label) = ?__lang) }
} ORDER BY ?label`);

const shouldRefuse = (query: SavedQuery, given: Given, message: string) =>
  expect(() => readArguments(query, given, ['format'])).toThrow(message);

describe('binding values', () => {
  it('should join a VALUES block into the query and every nested group whose patterns use the variable, and write the value into filters', () => {
    expect(bindQuery(LABELS, { country: 'https://example.org/france', lang: 'fr' }).text).toBe(
      [
        'BASE <https://w3id.org/aiactionsummit/>',
        'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
        'SELECT ?label WHERE {',
        '  VALUES ?__lang {',
        '    "fr"',
        '  }',
        '  VALUES ?_country_iri {',
        '    <https://example.org/france>',
        '  }',
        '  OPTIONAL {',
        '    VALUES ?_country_iri {',
        '      <https://example.org/france>',
        '    }',
        '    ?_country_iri rdfs:label ?label.',
        '    FILTER((LANG(?label)) = "fr")',
        '  }',
        '}',
        'ORDER BY (?label)',
      ].join('\n'),
    );
  });

  it('should let a FILTER inside an OPTIONAL see the value', () => {
    expect(rows(LABELS, { country: 'https://example.org/france', lang: 'fr' })).toEqual([{ label: 'France' }]);
    expect(rows(LABELS, { country: 'https://example.org/kenya', lang: 'en' })).toEqual([{ label: 'Kenya' }]);
  });

  it('should leave an optional parameter unbound when it is not given', () => {
    const text = bindQuery(LABELS, { country: 'https://example.org/france' }).text;
    expect(text).not.toContain('VALUES ?__lang');
    expect(text).toContain('?__lang');
    // LANG(?label) = unbound is an error, so the OPTIONAL binds nothing: exactly what the query says.
    expect(rows(LABELS, { country: 'https://example.org/france' })).toEqual([{}]);
  });

  it('should bind inside subqueries and UNION branches too', () => {
    const query = saved(`#+ summary: Sub
#+ params:
#+   min: A minimum
PREFIX ex: <https://example.org/>
SELECT ?c WHERE {
  { SELECT ?c WHERE { ?c ex:population ?n FILTER(?n >= ?_min_integer) } }
  UNION
  { ?c ex:population ?n FILTER(?n < 0 && ?n >= ?_min_integer) }
} ORDER BY ?c`);
    // Only at the top: both branches mention the value in a FILTER alone, which gets the value itself.
    expect(bindQuery(query, { min: '60' }).text.match(/VALUES \?_min_integer/g)).toHaveLength(1);
    expect(bindQuery(query, { min: '60' }).text.match(/>= 60 ?\)/g)).toHaveLength(2);
    expect(rows(query, { min: '60' })).toEqual([{ c: 'https://example.org/france' }]);
    expect(rows(query, { min: '+050' })).toEqual([
      { c: 'https://example.org/france' },
      { c: 'https://example.org/kenya' },
    ]);
  });

  it('should make BOUND true for a value given, and reach FILTERs inside EXISTS', () => {
    const query = saved(`#+ summary: Optional
#+ params:
#+   country: A country
#+   name: A name
PREFIX ex: <https://example.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?c WHERE {
  ?c a ex:Country .
  FILTER(!BOUND(?__country_iri) || ?c = ?__country_iri)
  FILTER(!BOUND(?__name) || EXISTS { ?c rdfs:label ?label FILTER(STR(?label) = ?__name) })
} ORDER BY ?c`);
    const text = bindQuery(query, { country: 'https://example.org/kenya' }).text;
    expect(text).toContain('FILTER((!("true"^^<http://www.w3.org/2001/XMLSchema#boolean>)) || (?c = ex:kenya))');
    expect(rows(query, { country: 'https://example.org/kenya' })).toEqual([{ c: 'https://example.org/kenya' }]);
    expect(rows(query, { name: 'France' })).toEqual([{ c: 'https://example.org/france' }]);
    expect(rows(query, {})).toEqual([{ c: 'https://example.org/france' }, { c: 'https://example.org/kenya' }]);
  });

  it('should keep the VALUES in a MINUS whose FILTER alone mentions the variable, which decides what it removes', () => {
    const query = saved(`#+ summary: Minus
#+ params:
#+   min: A minimum
PREFIX ex: <https://example.org/>
SELECT ?c WHERE {
  ?c a ex:Country .
  MINUS { FILTER(?_min_integer > 60) }
} ORDER BY ?c`);
    // Bound in the MINUS, the value is the variable it shares with the outer solutions: all are removed when the filter holds.
    expect(bindQuery(query, { min: '61' }).text.match(/VALUES \?_min_integer/g)).toHaveLength(2);
    expect(rows(query, { min: '61' })).toEqual([]);
    expect(rows(query, { min: '60' })).toEqual([
      { c: 'https://example.org/france' },
      { c: 'https://example.org/kenya' },
    ]);
  });

  it('should keep the variable a variable, so that it can be projected and grouped by', () => {
    const query = saved(`#+ summary: Count
#+ params:
#+   country: A country
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?_country_iri (COUNT(?label) AS ?labels) WHERE { ?_country_iri rdfs:label ?label } GROUP BY ?_country_iri`);
    expect(rows(query, { country: 'https://example.org/france' })).toEqual([
      { _country_iri: 'https://example.org/france', labels: '2' },
    ]);
  });

  it('should bind a DESCRIBE that has no WHERE clause', () => {
    const query = saved('#+ summary: D\n#+ params:\n#+   thing: A thing\nDESCRIBE ?_thing_iri');
    expect(bindQuery(query, { thing: 'https://example.org/kenya' }).text).toBe(
      'BASE <https://w3id.org/aiactionsummit/>\nDESCRIBE ?_thing_iri WHERE {\n  VALUES ?_thing_iri {\n    <https://example.org/kenya>\n  }\n}',
    );
  });

  it('should set LIMIT and OFFSET from the page', () => {
    const query = saved('#+ summary: P\n#+ pagination: 10\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s');
    expect(bindQuery(query, {}).text).toMatch(/OFFSET 0\nLIMIT 10$/);
    expect(bindQuery(query, { page: '3' }).text).toMatch(/OFFSET 20\nLIMIT 10$/);
    expect(bindQuery(query, { page: '3' }).page).toBe(3);
  });
});

describe('checking the values given', () => {
  const TYPED = saved(`#+ summary: Typed
#+ defaults:
#+   - n: 5
#+ params:
#+   thing:
#+     description: A thing
#+     example: https://example.org/kenya
#+   n: A number
#+   colour:
#+     description: A colour
#+     enum: [red, blue]
SELECT * WHERE { ?_thing_iri ?p ?_n_integer OPTIONAL { ?x ?y ?__colour } }`);

  it('should fill in defaults and ignore blank values', () => {
    expect(readArguments(TYPED, { thing: 'urn:x', colour: '' }).values).toEqual(
      new Map([
        ['thing', 'urn:x'],
        ['n', '5'],
      ]),
    );
  });

  it('should name an unknown parameter and list the ones the query takes', () => {
    shouldRefuse(
      TYPED,
      { thing: 'urn:x', colur: 'red' },
      "Unknown parameter 'colur' for the saved query 'q'; it takes: thing, n, colour, format.",
    );
  });

  it('should name a missing required parameter, what it accepts and an example', () => {
    shouldRefuse(
      TYPED,
      {},
      "Missing required parameter 'thing': give an absolute IRI (scheme:…, with no spaces nor any of <>\"{}|^`\\), such as https://example.org/kenya.",
    );
  });

  it('should name a parameter given twice', () => {
    shouldRefuse(TYPED, { thing: ['urn:a', 'urn:b'] }, "Parameter 'thing' was given 2 times; give it once.");
  });

  it('should name a value of the wrong type and what the parameter accepts', () => {
    shouldRefuse(
      TYPED,
      { thing: 'urn:x', n: '4.5' },
      'Parameter \'n\' must be an integer (digits, optionally signed); got "4.5".',
    );
    shouldRefuse(
      TYPED,
      { thing: 'urn:x', colour: 'green' },
      'Parameter \'colour\' must be one of: red, blue; got "green".',
    );
  });

  it('should refuse a page number that is not one', () => {
    const query = saved('#+ summary: P\n#+ pagination: 10\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s');
    shouldRefuse(query, { page: '0' }, 'Parameter \'page\' must be a page number (1, 2, …); got "0".');
  });
});
