// The parameter model of saved queries: grlc's variable-name convention (?_name mandatory,
// ?__name optional, a type suffix), the types a value may have, and checking a value against its
// type before it becomes an RDF term. Nothing here touches query text.
import { DataFactory, type Term } from 'n3';
import { isAbsoluteIri } from '../rdf/index.ts';

export type ParamType = 'iri' | 'string' | 'langString' | 'integer' | 'decimal' | 'date';

export const PARAM_TYPES: readonly ParamType[] = ['iri', 'string', 'langString', 'integer', 'decimal', 'date'];

export interface Parameter {
  /** The API name: `country` for ?_country_iri. */
  name: string;
  /** The SPARQL variable, without '?'. */
  variable: string;
  type: ParamType;
  /** Language tag of a langString parameter. */
  lang?: string;
  /** ?_name (true) or ?__name (false). */
  mandatory: boolean;
  description: string;
  default?: string;
  /** Allowed values: the parameter is an enumeration over its type. */
  enum?: string[];
  example?: string;
}

/** Must the caller give a value? A mandatory parameter with a default is filled in when left out. */
export const isRequired = (p: Parameter) => p.mandatory && p.default === undefined;

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/**
 * Reads a variable name in grlc's convention. Returns undefined for ordinary variables, the
 * parameter's name, whether it is mandatory and its type suffix ('' when none) for parameters,
 * and an error message for names that start with '_' but are not well-formed parameters.
 */
export function readVariableName(
  variable: string,
): { name: string; mandatory: boolean; suffix: string } | { error: string } | undefined {
  if (!variable.startsWith('_')) return undefined;
  const match = /^(__?)([A-Za-z0-9]+)(?:_([A-Za-z0-9_]+))?$/.exec(variable);
  if (!match) {
    return {
      error: `?${variable} starts with '_', which marks a parameter, but is not one: write ?_name or ?__name, then optionally a type suffix such as _iri (the name is letters and digits only)`,
    };
  }
  return { name: match[2] ?? '', mandatory: match[1] === '_', suffix: match[3] ?? '' };
}

/** The type a grlc suffix stands for: '' is a plain literal, a two-letter suffix a language tag. */
export function typeOfSuffix(suffix: string): { type: ParamType; lang?: string } | undefined {
  const bare = suffix.replace(/^xsd_/, '');
  if (suffix === '' || suffix === 'literal' || bare === 'string') return { type: 'string' };
  if (suffix === 'iri') return { type: 'iri' };
  if (bare === 'integer' || bare === 'decimal' || bare === 'date') return { type: bare };
  if (/^[a-z]{2}$/.test(suffix)) return { type: 'langString', lang: suffix };
  return undefined;
}

export const SUFFIXES_ACCEPTED =
  '(none) or _literal for a plain literal, _iri, _integer or _xsd_integer, _decimal or _xsd_decimal, _date or _xsd_date, or a two-letter language tag such as _en';

/** What a parameter accepts, in words, for error messages and documentation. */
export function describeType(p: Pick<Parameter, 'type' | 'lang' | 'enum'>): string {
  if (p.enum) return `one of: ${p.enum.join(', ')}`;
  switch (p.type) {
    case 'iri':
      return 'an absolute IRI (scheme:…, with no spaces nor any of <>"{}|^`\\)';
    case 'string':
      return 'a text';
    case 'langString':
      return `a text (bound as a literal in language @${p.lang})`;
    case 'integer':
      return 'an integer (digits, optionally signed)';
    case 'decimal':
      return 'a decimal number (digits with an optional fraction, such as 12.5)';
    case 'date':
      return 'a date as YYYY-MM-DD (xsd:date, optionally with a timezone)';
  }
}

/** A short label of the type for tables: "IRI", "text@en", "integer"... */
export function typeLabel(p: Pick<Parameter, 'type' | 'lang'>): string {
  return p.type === 'iri' ? 'IRI' : p.type === 'string' ? 'text' : p.type === 'langString' ? `text@${p.lang}` : p.type;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-](\d{2}):(\d{2}))?$/;

/** Is the text a value of the type (before enumeration is considered)? */
export function isValidValue(type: ParamType, value: string): boolean {
  switch (type) {
    case 'iri':
      return isAbsoluteIri(value);
    case 'string':
    case 'langString':
      // Any text: the generator escapes it. Lone surrogates cannot be written in a query.
      return !LONE_SURROGATE.test(value);
    case 'integer':
      return INTEGER.test(value);
    case 'decimal':
      return DECIMAL.test(value);
    case 'date':
      return isDate(value);
  }
}

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const digits = (match[1] ?? '').replace(/^-/, '');
  // More than four digits only without a leading zero; no year minus zero.
  if ((digits.length > 4 && digits.startsWith('0')) || match[1] === '-0000') return false;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (match[4] && match[4] !== 'Z') {
    const hours = Number(match[5]);
    const minutes = Number(match[6]);
    if (minutes > 59 || hours > 14 || (hours === 14 && minutes > 0)) return false;
  }
  return true;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The value checked against the parameter's type and allowed values; undefined when it is fine, else what is wrong. */
export function valueProblem(p: Pick<Parameter, 'type' | 'lang' | 'enum'>, value: string): string | undefined {
  if (p.enum) return p.enum.includes(value) ? undefined : `must be one of: ${p.enum.join(', ')}`;
  return isValidValue(p.type, value) ? undefined : `must be ${describeType(p)}`;
}

/** The RDF term a valid value stands for. Numbers are written in canonical form so that they match the data's terms. */
export function toTerm(p: Pick<Parameter, 'type' | 'lang'>, value: string): Term {
  switch (p.type) {
    case 'iri':
      return DataFactory.namedNode(value);
    case 'string':
      return DataFactory.literal(value);
    case 'langString':
      return DataFactory.literal(value, p.lang);
    case 'integer':
      return DataFactory.literal(BigInt(value).toString(), DataFactory.namedNode(`${XSD}integer`));
    case 'decimal':
      return DataFactory.literal(canonicalDecimal(value), DataFactory.namedNode(`${XSD}decimal`));
    case 'date':
      return DataFactory.literal(value, DataFactory.namedNode(`${XSD}date`));
  }
}

/** xsd:decimal's canonical form: no '+', no leading or trailing zeros, at least one digit either side of the point. */
function canonicalDecimal(value: string): string {
  const negative = value.startsWith('-');
  const [whole = '', fraction = ''] = value.replace(/^[+-]/, '').split('.');
  const integerPart = whole.replace(/^0+/, '') || '0';
  const fractionPart = fraction.replace(/0+$/, '') || '0';
  const zero = integerPart === '0' && fractionPart === '0';
  return `${negative && !zero ? '-' : ''}${integerPart}.${fractionPart}`;
}

/** A value of the type to try a query with when the author gave none (load-time checks only). */
export function sampleValue(p: Parameter): string {
  if (p.example !== undefined) return p.example;
  if (p.default !== undefined) return p.default;
  if (p.enum?.[0] !== undefined) return p.enum[0];
  return {
    iri: 'https://example.org/sample',
    string: 'sample',
    langString: 'sample',
    integer: '1',
    decimal: '1.5',
    date: '2025-02-10',
  }[p.type];
}
