// The browser script's pure parts, run in Node: reading N-Triples into rows, and writing Turtle with
// the prefixes of the server's table.
import { describe, expect, it } from 'vitest';
import { readNTriples } from '../../src/workbench/browser/sparql-json.ts';
import { writeTurtle } from '../../src/workbench/browser/turtle.ts';

const FR = 'https://w3id.org/aiactionsummit/id/country/FR';
const PREFIXES = {
  country: 'https://w3id.org/aiactionsummit/id/country/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};
const NT = `<${FR}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Country> .
<${FR}> <http://www.w3.org/2000/01/rdf-schema#label> "France"@fr .
<${FR}> <http://www.w3.org/2000/01/rdf-schema#label> "France"@en .
<${FR}> <https://schema.org/description> "Dit \\"oui\\"\\nà l\\u00E9gard" .
_:b0 <https://schema.org/value> "109"^^<http://www.w3.org/2001/XMLSchema#integer> .
`;

describe('reading N-Triples', () => {
  it('should read IRIs, blank nodes and literals with their language, datatype and escapes', () => {
    const { vars, rows } = readNTriples(NT);
    expect(vars).toEqual(['subject', 'predicate', 'object']);
    expect(rows).toHaveLength(5);
    expect(rows[1]?.object).toEqual({ type: 'literal', value: 'France', 'xml:lang': 'fr' });
    expect(rows[3]?.object).toEqual({ type: 'literal', value: 'Dit "oui"\nà légard' });
    expect(rows[4]).toEqual({
      subject: { type: 'bnode', value: 'b0' },
      predicate: { type: 'uri', value: 'https://schema.org/value' },
      object: { type: 'literal', value: '109', datatype: 'http://www.w3.org/2001/XMLSchema#integer' },
    });
  });
});

describe('writing Turtle', () => {
  it('should group statements by subject and declare only the prefixes used', () => {
    expect(
      writeTurtle(readNTriples(NT), PREFIXES),
    ).toBe(`@prefix country: <https://w3id.org/aiactionsummit/id/country/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

country:FR
    a schema:Country ;
    rdfs:label "France"@fr ,
        "France"@en ;
    schema:description "Dit \\"oui\\"\\nà légard" .

_:b0
    schema:value "109"^^xsd:integer .
`);
  });
});
