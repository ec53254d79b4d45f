// Reading saved queries: a good file becomes a described query; a bad one is refused with its file,
// line and a message that says what to change.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/index.ts';
import { AppError } from '../../src/errors.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/queries', import.meta.url));

/** Writes `text` as q.rq in a fresh folder and expects loading it to fail with exactly `message` (at `line`). */
function shouldNotLoad(text: string, line: number, message: string) {
  const dir = mkdtempSync(join(tmpdir(), 'summit-kg-queries-'));
  writeFileSync(join(dir, 'q.rq'), text);
  let error: unknown;
  try {
    loadCatalog([dir]);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).message).toBe(`${join(dir, 'q.rq')}:${line}: ${message}`);
}

const ANY = 'SELECT * WHERE { ?s ?p ?o }';

describe('loading the fixture catalogue', () => {
  const catalog = loadCatalog([FIXTURES]);

  it('should read every .rq file, named after the file, in order', () => {
    expect(catalog.queries.map((q) => q.name)).toEqual(['about', 'countries', 'echo', 'figures', 'labels']);
    expect(catalog.missing).toEqual([]);
  });

  it('should read the grlc decorators: summary, description, tags, method, pagination', () => {
    const figures = catalog.get('figures')!;
    expect(figures).toMatchObject({
      title: 'Figures stated about events',
      description:
        'Numbers stated about events, from a minimum up; optionally only for events on one date, and scaled by a factor.',
      tags: ['figures', 'events'],
      form: 'select',
      methods: ['GET', 'POST'],
    });
    expect(catalog.get('countries')).toMatchObject({ tags: ['places'], pagination: 2, methods: ['GET'] });
    expect(catalog.get('about')!.form).toBe('construct');
  });

  it('should take each parameter’s type from its variable and its documentation from the header', () => {
    expect(catalog.get('figures')!.parameters).toEqual([
      {
        name: 'min',
        variable: '_min_xsd_integer',
        type: 'integer',
        lang: undefined,
        mandatory: true,
        description: 'The smallest figure to list',
        default: '0',
        example: '200',
      },
      {
        name: 'on',
        variable: '__on_date',
        type: 'date',
        lang: undefined,
        mandatory: false,
        description: 'Only events on this date',
        example: '2025-02-10',
      },
      {
        name: 'scale',
        variable: '__scale_decimal',
        type: 'decimal',
        lang: undefined,
        mandatory: false,
        description: 'A factor each figure is multiplied by',
        example: '0.5',
      },
    ]);
    expect(catalog.get('labels')!.parameters[1]).toEqual({
      name: 'lang',
      variable: '__lang',
      type: 'string',
      lang: undefined,
      mandatory: false,
      description: 'Only the labels in this language',
      enum: ['en', 'fr'],
    });
    expect(catalog.get('countries')!.parameters[0]).toMatchObject({
      name: 'name',
      type: 'langString',
      lang: 'en',
      mandatory: false,
    });
  });

  it('should let the params block give the type of a variable without a suffix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-kg-queries-'));
    writeFileSync(
      join(dir, 'typed.rq'),
      '#+ summary: T\n#+ params:\n#+   year:\n#+     description: A year\n#+     type: integer\n#+   name:\n#+     description: A name\n#+     lang: fr\nSELECT * WHERE { ?s ?p ?_year ; ?q ?__name }',
    );
    const [query] = loadCatalog([dir]).queries;
    expect(query.parameters.map(({ name, type, lang }) => ({ name, type, lang }))).toEqual([
      { name: 'year', type: 'integer', lang: undefined },
      { name: 'name', type: 'langString', lang: 'fr' },
    ]);
  });

  it('should serve an empty catalogue, and say so, when a configured folder does not exist', () => {
    const catalog = loadCatalog(['/no/such/folder']);
    expect(catalog.queries).toEqual([]);
    expect(catalog.missing).toEqual(['/no/such/folder']);
  });

  it('should refuse two queries of the same name', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'summit-kg-a-')), mkdtempSync(join(tmpdir(), 'summit-kg-b-'))];
    for (const dir of [a, b]) writeFileSync(join(dir, 'same.rq'), `#+ summary: T\n${ANY}`);
    expect(() => loadCatalog([a, b])).toThrow(
      `${join(b, 'same.rq')}:1: a saved query named 'same' is already read from ${join(a, 'same.rq')}`,
    );
  });

  it('should report every problem of every file at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-kg-queries-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'ignored.rq'), 'not even SPARQL');
    writeFileSync(join(dir, 'a.rq'), ANY);
    writeFileSync(join(dir, 'b.rq'), '#+ summary: T\nSELECT * WHERE { ?_x ?p ?o }');
    expect(() => loadCatalog([dir])).toThrow(
      [
        `${join(dir, 'a.rq')}:1: no title: add '#+ summary: …' at the top (the query’s title)`,
        `${join(dir, 'b.rq')}:2: parameter 'x' (?_x) is not declared: add it under '#+ params:' with at least a description`,
      ].join('\n'),
    );
  });
});

describe('refusing a query file', () => {
  it('should refuse a query without a title', () => {
    shouldNotLoad(
      `#+ description: no summary\n${ANY}`,
      1,
      "no title: add '#+ summary: …' at the top (the query’s title)",
    );
  });

  it('should refuse a parameter the header does not declare, at the line of its variable', () => {
    shouldNotLoad(
      `#+ summary: T\nSELECT * WHERE {\n  ?_country_iri ?p ?o }`,
      3,
      "parameter 'country' (?_country_iri) is not declared: add it under '#+ params:' with at least a description",
    );
  });

  it('should refuse a declared parameter the query does not use', () => {
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   country: The country\n${ANY}`,
      3,
      "parameter 'country' is declared but the query has no ?_country… or ?__country… variable",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ defaults:\n#+   - year: 2025\n${ANY}`,
      3,
      "parameter 'year' is declared but the query has no ?_year… or ?__year… variable",
    );
  });

  it('should refuse a query that does not parse, at the line of the error', () => {
    shouldNotLoad(
      `#+ summary: T\nSELECT * WHERE {\n  ?s ?p }`,
      3,
      "syntax error at column 9: unexpected '}'; expected one of: IRIREF, PNAME_NS, (, INTEGER, VAR, NIL, [, DECIMAL, DOUBLE, BOOLEAN, … (14 more)\n    ?s ?p }\n          ^",
    );
  });

  it('should refuse an update', () => {
    shouldNotLoad(
      '#+ summary: T\nINSERT DATA { <urn:a> <urn:b> <urn:c> }',
      1,
      'this is a SPARQL Update; saved queries only read (SELECT, ASK, CONSTRUCT, DESCRIBE)',
    );
  });

  it('should refuse a header that is not YAML, and unknown or unsupported decorators', () => {
    shouldNotLoad(
      `#+ summary: T\n#+ tags: [a,\n${ANY}`,
      3,
      "the '#+' header is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ colour: blue\n${ANY}`,
      2,
      "unknown decorator 'colour'; the decorators are: summary, description, tags, defaults, enumerate, method, pagination, params",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ endpoint: http://dbpedia.org/sparql\n${ANY}`,
      2,
      "the grlc decorator 'endpoint' is not supported here: saved queries run against this server’s own graph (use SERVICE in the query for a remote endpoint)",
    );
    shouldNotLoad(`#+ summary: T\n#+ method: PUT\n${ANY}`, 2, "'method' must be GET or POST, not 'PUT'");
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   x:\n#+     description: X\n#+     colour: red\nSELECT * WHERE { ?s ?p ?_x }`,
      5,
      "unknown key 'colour' for parameter 'x'; the keys are: description, type, lang, default, enum, example",
    );
  });

  it('should refuse unknown type suffixes and types that contradict them', () => {
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   n: A number\nSELECT * WHERE { ?s ?p ?_n_number }`,
      4,
      "?_n_number: unknown type suffix '_number'; use (none) or _literal for a plain literal, _iri, _integer or _xsd_integer, _decimal or _xsd_decimal, _date or _xsd_date, or a two-letter language tag such as _en",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   n:\n#+     description: N\n#+     type: date\nSELECT * WHERE { ?s ?p ?_n_integer }`,
      3,
      "parameter 'n': type 'date' contradicts the variable’s suffix ('?_n_integer' is integer)",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   x:\n#+     description: X\n#+     type: langString\nSELECT * WHERE { ?s ?p ?_x }`,
      3,
      "parameter 'x': a langString needs its language: 'lang: en' or a suffix such as ?_name_en",
    );
    shouldNotLoad(
      `#+ summary: T\nSELECT * WHERE { ?s ?p ?___x }`,
      2,
      "?___x starts with '_', which marks a parameter, but is not one: write ?_name or ?__name, then optionally a type suffix such as _iri (the name is letters and digits only)",
    );
  });

  it('should refuse defaults, allowed values and examples that are not of the parameter’s type', () => {
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   n:\n#+     description: N\n#+     type: integer\n#+     example: x\nSELECT * WHERE { ?s ?p ?_n }`,
      3,
      "parameter 'n': the example 'x' must be an integer (digits, optionally signed)",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ enumerate:\n#+   - n:\n#+     - 1\n#+     - two\n#+ params:\n#+   n: N\nSELECT * WHERE { ?s ?p ?_n_integer }`,
      3,
      "parameter 'n': allowed value 'two' must be an integer (digits, optionally signed)",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   c:\n#+     description: C\n#+     enum: [red, blue]\n#+     default: green\nSELECT * WHERE { ?s ?p ?_c }`,
      3,
      "parameter 'c': the default 'green' must be one of: red, blue",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ enumerate:\n#+   - x\n#+ params:\n#+   x: X\nSELECT * WHERE { ?s ?p ?_x }`,
      3,
      "each entry of 'enumerate' must be 'name: …' followed by the list of allowed values (values are not fetched from the endpoint here)",
    );
  });

  it('should refuse parameters the query assigns itself, reserved names, and one name for two variables', () => {
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   x: X\nSELECT * WHERE { ?s ?p ?o BIND(1 AS ?_x_integer) }`,
      4,
      'the query gives ?_x_integer a value itself (BIND): a parameter’s value comes from the caller',
    );
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   format: F\nSELECT * WHERE { ?s ?p ?_format }`,
      4,
      "'format' cannot name a parameter: the API uses it (format, page are reserved)",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   x: X\nSELECT * WHERE { ?s ?_x_iri ?__x }`,
      4,
      "?_x_iri and ?__x are both parameter 'x': use one variable",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ params:\n#+   x:\n#+     example: urn:x\nSELECT * WHERE { ?s ?p ?_x_iri }`,
      3,
      "parameter 'x': needs a description",
    );
  });

  it('should refuse pagination without ORDER BY, or with a LIMIT of its own', () => {
    shouldNotLoad(
      `#+ summary: T\n#+ pagination: 10\n${ANY}`,
      1,
      "'pagination' needs an ORDER BY, or pages may overlap or skip results",
    );
    shouldNotLoad(
      `#+ summary: T\n#+ pagination: 10\n${ANY} ORDER BY ?s LIMIT 5`,
      1,
      "'pagination' sets LIMIT and OFFSET itself: remove them from the query",
    );
  });

  it('should refuse a file name that cannot be a URL segment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-kg-queries-'));
    writeFileSync(join(dir, 'two words.rq'), `#+ summary: T\n${ANY}`);
    expect(() => loadCatalog([dir])).toThrow(
      `${join(dir, 'two words.rq')}:1: the file name 'two words' must be letters, digits, '-' and '_' (it becomes the query’s URL)`,
    );
  });
});
