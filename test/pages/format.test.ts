// Values written for the page's language.
import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatDuration, formatNumber } from '../../src/pages/format.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('amounts', () => {
  const shouldRead = (value: string, currency: string | undefined, en: string, fr: string) =>
    it(`should write ${value} ${currency ?? ''} as "${en}" and "${fr}"`, () => {
      // Intl separates with no-break spaces: compared as plain spaces.
      expect(formatAmount(value, currency, 'en').replace(/\s/g, ' ')).toBe(en);
      expect(formatAmount(value, currency, 'fr').replace(/\s/g, ' ')).toBe(fr);
    });
  shouldRead('109000000000', 'EUR', '€109 billion', '109 milliards d’euros');
  shouldRead('400000000', 'EUR', '€400 million', '400 millions d’euros');
  shouldRead('2500000000', 'EUR', '€2.5 billion', '2,5 milliards d’euros');
  shouldRead('1000000000', 'EUR', '€1 billion', '1 milliard d’euros');
  shouldRead('200000000000', 'USD', 'US$200 billion', '200 milliards de dollars américains');
  shouldRead('5000', 'EUR', '€5,000.00', '5 000 euros');
  shouldRead('69000000000', undefined, '69 billion', '69 milliards');
  shouldRead('12', 'XYZ', 'XYZ 12.00', '12 XYZ');
});

describe('dates, numbers and durations', () => {
  it('should write dates in words of the language', () => {
    expect(formatDate('2025-02-10', `${XSD}date`, 'en')).toBe('10 February 2025');
    expect(formatDate('2025-02-10', `${XSD}date`, 'fr')).toBe('10 février 2025');
    expect(formatDate('2024-07', `${XSD}gYearMonth`, 'fr')).toBe('juillet 2024');
    expect(formatDate('2025', `${XSD}gYear`, 'en')).toBe('2025');
    expect(formatDate('sometime', `${XSD}date`, 'en')).toBe('sometime');
  });

  it('should group digits as the language does', () => {
    expect(formatNumber('3800', 'en')).toBe('3,800');
    expect(formatNumber('3800', 'fr').replace(/\s/g, ' ')).toBe('3 800');
    expect(formatNumber('not a number', 'en')).toBe('not a number');
  });

  it('should write durations in words', () => {
    expect(formatDuration('P5Y', 'en')).toBe('5 years');
    expect(formatDuration('P5Y', 'fr')).toBe('5 ans');
    expect(formatDuration('P1Y6M', 'en')).toBe('1 year, 6 months');
    expect(formatDuration('PT5H', 'en')).toBe('PT5H');
  });
});
