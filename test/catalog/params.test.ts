// The parameter model alone: variable names, type suffixes, values checked and made into terms.
import { describe, expect, it } from 'vitest';
import { type ParamType, readVariableName, toTerm, typeOfSuffix, valueProblem } from '../../src/catalog/params.ts';

const shouldAccept = (type: ParamType, value: string) =>
  expect(valueProblem({ type, lang: 'en' }, value), `${type} ${JSON.stringify(value)}`).toBeUndefined();
const shouldReject = (type: ParamType, value: string) =>
  expect(valueProblem({ type, lang: 'en' }, value), `${type} ${JSON.stringify(value)}`).toBeDefined();

describe('variable names in grlc’s convention', () => {
  it('should read ?_name as mandatory and ?__name as optional, with the type suffix apart', () => {
    expect(readVariableName('_country_iri')).toEqual({ name: 'country', mandatory: true, suffix: 'iri' });
    expect(readVariableName('__year_xsd_integer')).toEqual({ name: 'year', mandatory: false, suffix: 'xsd_integer' });
    expect(readVariableName('_text')).toEqual({ name: 'text', mandatory: true, suffix: '' });
  });

  it('should leave ordinary variables alone and refuse malformed parameter names', () => {
    expect(readVariableName('country')).toBeUndefined();
    expect(readVariableName('___x')).toHaveProperty('error');
    expect(readVariableName('_')).toHaveProperty('error');
  });

  it('should map each suffix to its type', () => {
    expect(typeOfSuffix('')).toEqual({ type: 'string' });
    expect(typeOfSuffix('literal')).toEqual({ type: 'string' });
    expect(typeOfSuffix('iri')).toEqual({ type: 'iri' });
    expect(typeOfSuffix('integer')).toEqual({ type: 'integer' });
    expect(typeOfSuffix('xsd_integer')).toEqual({ type: 'integer' });
    expect(typeOfSuffix('xsd_decimal')).toEqual({ type: 'decimal' });
    expect(typeOfSuffix('date')).toEqual({ type: 'date' });
    expect(typeOfSuffix('fr')).toEqual({ type: 'langString', lang: 'fr' });
    expect(typeOfSuffix('number')).toBeUndefined();
    expect(typeOfSuffix('xsd_gYear')).toBeUndefined();
  });
});

describe('values checked against their type', () => {
  it('should accept absolute IRIs only, without spaces or <>"{}|^`\\', () => {
    for (const v of [
      'https://example.org/france',
      'urn:isbn:123',
      'https://example.org/x#frag',
      'http://a.b/c?d=e&f=g',
    ])
      shouldAccept('iri', v);
    for (const v of [
      'france',
      '/relative',
      'https://a b',
      'https://a>b',
      'https://a<b',
      'https://a"b',
      'https://a{b}',
      'https://a|b',
      'https://a^b',
      'https://a`b',
      'https://a\\b',
      'https://a\nb',
      '',
    ])
      shouldReject('iri', v);
  });

  it('should accept integers with an optional sign, and nothing else', () => {
    for (const v of ['0', '42', '-7', '+007', '123456789012345678901234567890']) shouldAccept('integer', v);
    for (const v of ['4.2', '1e3', ' 1', '0x10', '', '1 ', '--1']) shouldReject('integer', v);
  });

  it('should accept xsd:decimal lexical forms', () => {
    for (const v of ['1', '1.5', '-.5', '+3.', '0.0100']) shouldAccept('decimal', v);
    for (const v of ['1e5', '.', '1,5', 'NaN', '']) shouldReject('decimal', v);
  });

  it('should accept real calendar dates as xsd:date, with an optional timezone', () => {
    for (const v of [
      '2025-02-10',
      '2024-02-29',
      '2000-02-29',
      '2025-02-10Z',
      '2025-02-10+01:00',
      '-0044-03-15',
      '12025-01-01',
    ])
      shouldAccept('date', v);
    for (const v of [
      '2025-02-30',
      '2023-02-29',
      '1900-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-2-10',
      '25-02-10',
      '2025-02-10T10:00:00',
      '2025-02-10+15:00',
      '02025-01-01',
      '-0000-01-01',
      '',
    ])
      shouldReject('date', v);
  });

  it('should accept any text as a literal, but not lone surrogates', () => {
    for (const v of ['', 'Kenya', '"} ; DROP ALL #', 'line\nbreak', 'émoji 🎉']) shouldAccept('string', v);
    shouldReject('langString', 'broken \ud800 surrogate');
  });

  it('should accept only the listed values of an enumeration', () => {
    expect(valueProblem({ type: 'string', enum: ['en', 'fr'] }, 'fr')).toBeUndefined();
    expect(valueProblem({ type: 'string', enum: ['en', 'fr'] }, 'de')).toBe('must be one of: en, fr');
  });
});

describe('values made into terms', () => {
  it('should write numbers in canonical form so that they match the data', () => {
    expect(toTerm({ type: 'integer' }, '+007').value).toBe('7');
    expect(toTerm({ type: 'integer' }, '-0').value).toBe('0');
    expect(toTerm({ type: 'decimal' }, '+00.500').value).toBe('0.5');
    expect(toTerm({ type: 'decimal' }, '-3.').value).toBe('-3.0');
    expect(toTerm({ type: 'decimal' }, '-0.0').value).toBe('0.0');
  });

  it('should give each type its datatype or language', () => {
    expect(toTerm({ type: 'langString', lang: 'fr' }, 'Paris')).toMatchObject({
      termType: 'Literal',
      value: 'Paris',
      language: 'fr',
    });
    expect(toTerm({ type: 'date' }, '2025-02-10')).toMatchObject({
      datatype: { value: 'http://www.w3.org/2001/XMLSchema#date' },
    });
    expect(toTerm({ type: 'iri' }, 'urn:x')).toMatchObject({ termType: 'NamedNode', value: 'urn:x' });
    expect(toTerm({ type: 'string' }, 'x')).toMatchObject({
      termType: 'Literal',
      language: '',
      datatype: { value: 'http://www.w3.org/2001/XMLSchema#string' },
    });
  });
});
