// Values written for the page's language: numbers (3,800 / 3 800), amounts (€109 billion / 109
// milliards d'euros), dates (10 February 2025 / 10 février 2025), durations (5 years / 5 ans).
import type { Lang } from '../html/index.ts';
import { XSD } from './model.ts';

const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'positiveInteger', 'nonNegativeInteger', 'int', 'long', 'short'].map(
    (t) => `${XSD}${t}`,
  ),
);

const FORMATTERS = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Intl's formatters cost far more to make than to use: one per language and options. */
function numbers(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n${locale}${JSON.stringify(options)}`;
  let found = FORMATTERS.get(key) as Intl.NumberFormat | undefined;
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    FORMATTERS.set(key, found);
  }
  return found;
}

function dates(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${locale}${JSON.stringify(options)}`;
  let found = FORMATTERS.get(key) as Intl.DateTimeFormat | undefined;
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    FORMATTERS.set(key, found);
  }
  return found;
}

export function isNumeric(datatype: string): boolean {
  return NUMERIC.has(datatype);
}

export function formatNumber(lexical: string, lang: Lang): string {
  const n = Number(lexical);
  if (!Number.isFinite(n)) return lexical;
  return numbers(LOCALE[lang], { maximumFractionDigits: 6 }).format(n);
}

/** Scales of large amounts, largest first. */
const SCALES: { size: number; en: string; fr: [string, string] }[] = [
  { size: 1e12, en: 'trillion', fr: ['billion', 'billions'] },
  { size: 1e9, en: 'billion', fr: ['milliard', 'milliards'] },
  { size: 1e6, en: 'million', fr: ['million', 'millions'] },
];

/** French currency names, with the elided "d'" where they start with a vowel. */
const FRENCH_CURRENCY: Record<string, [string, string]> = {
  EUR: ['euro', 'euros'],
  USD: ['dollar américain', 'dollars américains'],
  GBP: ['livre sterling', 'livres sterling'],
  INR: ['roupie indienne', 'roupies indiennes'],
  CAD: ['dollar canadien', 'dollars canadiens'],
};

/** An amount of money in words of the page's language: €109 billion, 109 milliards d'euros, $400 million. */
export function formatAmount(lexical: string, currency: string | undefined, lang: Lang): string {
  const n = Number(lexical);
  if (!Number.isFinite(n)) return currency ? `${lexical} ${currency}` : lexical;
  const scale = SCALES.find((s) => Math.abs(n) >= s.size);
  const locale = LOCALE[lang];
  const digits = (value: number) => numbers(locale, { maximumFractionDigits: 3 }).format(value);
  if (lang === 'en') {
    if (!scale) {
      return currency
        ? numbers(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(n)
        : digits(n);
    }
    const symbol = currency ? currencySymbol(currency, locale) : '';
    const number = `${digits(n / scale.size)} ${scale.en}`;
    return symbol.length === 1 || symbol.endsWith('$')
      ? `${symbol}${number}`
      : `${number}${symbol ? ` ${symbol}` : ''}`;
  }
  const scaled = scale ? n / scale.size : n;
  const plural = Math.abs(scaled) >= 2;
  const words = scale ? `${digits(scaled)} ${scale.fr[plural ? 1 : 0]}` : digits(n);
  if (!currency) return words;
  const name = FRENCH_CURRENCY[currency];
  if (!name) return `${words} ${currency}`;
  // "5 000 euros"; after a noun of quantity, "de" and the plural: "1 milliard d'euros".
  if (!scale) return `${words} ${name[plural ? 1 : 0]}`;
  return `${words} ${/^[aeiouéh]/i.test(name[1]) ? 'd’' : 'de '}${name[1]}`;
}

function currencySymbol(currency: string, locale: string): string {
  const part = numbers(locale, { style: 'currency', currency })
    .formatToParts(0)
    .find((p) => p.type === 'currency');
  return part?.value ?? currency;
}

const MONTHS = new Set([`${XSD}gYearMonth`]);

/** A date (or year, or year and month) in the page's language; the lexical form when it is not one. */
export function formatDate(lexical: string, datatype: string, lang: Lang): string {
  const locale = LOCALE[lang];
  const utc = { timeZone: 'UTC' } as const;
  if (datatype === `${XSD}gYear` && /^\d{4}$/.test(lexical)) return lexical;
  if (MONTHS.has(datatype) && /^\d{4}-\d{2}$/.test(lexical)) {
    return dates(locale, { ...utc, year: 'numeric', month: 'long' }).format(new Date(`${lexical}-01T00:00:00Z`));
  }
  const date = /^\d{4}-\d{2}-\d{2}/.exec(lexical)?.[0];
  if (!date) return lexical;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return lexical;
  return dates(locale, { ...utc, day: 'numeric', month: 'long', year: 'numeric' }).format(parsed);
}

export function isDate(datatype: string): boolean {
  return [`${XSD}date`, `${XSD}dateTime`, `${XSD}gYear`, `${XSD}gYearMonth`].includes(datatype);
}

const DURATION_UNITS: Record<string, Record<Lang, [string, string]>> = {
  Y: { en: ['year', 'years'], fr: ['an', 'ans'] },
  M: { en: ['month', 'months'], fr: ['mois', 'mois'] },
  D: { en: ['day', 'days'], fr: ['jour', 'jours'] },
};

/** xsd:duration of years, months and days in words: P5Y → 5 years / 5 ans. */
export function formatDuration(lexical: string, lang: Lang): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(lexical);
  if (!match || lexical === 'P') return lexical;
  const parts = (['Y', 'M', 'D'] as const)
    .map((unit, i) => [unit, match[i + 1]] as const)
    .filter(([, n]) => n !== undefined)
    .map(([unit, n]) => {
      const words = DURATION_UNITS[unit]?.[lang] ?? ['', ''];
      return `${n} ${Number(n) === 1 ? words[0] : words[1]}`;
    });
  return parts.join(', ');
}
