// Which views suit a result, and the two charts: bars for a label and a number, a timeline for dates.
// A column qualifies by its values, never by its name.
import { type Context, el } from './context.ts';
import { countryCode } from './map.ts';
import { isDate, isNumber, type Row, type Solutions, type Term } from './sparql-json.ts';

export type View = 'table' | 'bars' | 'timeline' | 'map' | 'turtle';

const defined = (rows: Row[], name: string): Term[] => rows.map((r) => r[name]).filter((t): t is Term => !!t);

/** Does the column have a value, and does every value pass the test? */
function isColumn(solutions: Solutions, name: string, test: (t: Term) => boolean): boolean {
  const values = defined(solutions.rows, name);
  return values.length > 0 && values.every(test);
}

/** The first column whose every value passes the test (and that has one). */
export function columnWhere(solutions: Solutions, test: (t: Term) => boolean, skip: string[] = []): string | undefined {
  return solutions.vars.find((name) => !skip.includes(name) && isColumn(solutions, name, test));
}

/** The column that names the rows: IRIs first, then words. */
export function labelColumn(solutions: Solutions, skip: string[] = []): string | undefined {
  return (
    columnWhere(solutions, (t) => t.type === 'uri', skip) ??
    columnWhere(solutions, (t) => t.type === 'literal' && !isNumber(t) && !isDate(t), skip)
  );
}

/** The column that names countries: at least half its rows are country IRIs or ISO codes. */
export function countryColumn(solutions: Solutions): string | undefined {
  return solutions.vars.find((name) => {
    const values = defined(solutions.rows, name);
    const codes = values.filter((t) => countryCode(t)).length;
    return codes > 0 && codes * 2 >= values.length;
  });
}

/** The views that suit the result, the table first; `best` is the one shown unless the user picks another. */
export function viewsFor(solutions: Solutions): { views: View[]; best: View } {
  const views: View[] = ['table'];
  const number = columnWhere(solutions, isNumber);
  const date = columnWhere(solutions, isDate);
  if (number && labelColumn(solutions, [number])) views.push('bars');
  if (date) views.push('timeline');
  if (countryColumn(solutions)) views.push('map');
  const rows = solutions.rows.length;
  const best: View = views.includes('map')
    ? 'map'
    : views.includes('timeline') && rows > 1
      ? 'timeline'
      : views.includes('bars') && rows > 1 && rows <= 60
        ? 'bars'
        : 'table';
  return { views, best };
}

/** A filter that keeps the first item of each key. */
function once<T>(key: (item: T) => string): (item: T) => boolean {
  const seen = new Set<string>();
  return (item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
}

const format = (context: Context, value: number) => new Intl.NumberFormat(context.config.lang).format(value);

export function renderBars(context: Context, solutions: Solutions): HTMLElement {
  const number = columnWhere(solutions, isNumber) ?? '';
  const label = labelColumn(solutions, [number]) ?? '';
  const rows = solutions.rows
    .filter((r) => r[number] && r[label])
    .map((r) => ({ row: r, value: Number(r[number]?.value) }))
    .filter((r) => Number.isFinite(r.value) && r.value >= 0)
    // Rows that differ only in other columns (a source, a note) are one bar.
    .filter(once((r) => `${r.row[label]?.value}\u0000${r.value}`))
    .sort((a, b) => b.value - a.value)
    .slice(0, 100);
  const max = Math.max(...rows.map((r) => r.value), 0) || 1;
  const title = context.say('barsTitle', { y: number, x: label });
  return el(
    'figure',
    { class: 'wb-chart' },
    el('figcaption', {}, title),
    el(
      'ol',
      { class: 'wb-bars' },
      ...rows.map(({ row, value }) =>
        el(
          'li',
          {},
          el('span', { class: 'wb-bar-label' }, context.node(row[label])),
          el(
            'span',
            { class: 'wb-bar-track' },
            el('span', { class: 'wb-bar', style: `width: ${((value / max) * 100).toFixed(1)}%` }),
          ),
          el('span', { class: 'wb-bar-value' }, format(context, value)),
        ),
      ),
    ),
  );
}

export function renderTimeline(context: Context, solutions: Solutions): HTMLElement {
  const date = columnWhere(solutions, isDate) ?? '';
  const label = labelColumn(solutions, [date]) ?? '';
  const others = solutions.vars.filter((v) => v !== date && v !== label && isColumn(solutions, v, isDate));
  const rows = solutions.rows
    .filter((r) => r[date])
    .sort((a, b) => (a[date]?.value ?? '').localeCompare(b[date]?.value ?? ''));
  /** The row's other date (its end), when it is another day. */
  const until = (row: Row, day: string) => others.map((o) => row[o]?.value.slice(0, 10)).find((d) => d && d !== day);
  const byDay = new Map<string, Row[]>();
  for (const row of rows) {
    const day = (row[date]?.value ?? '').slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), row]);
  }
  const dayName = (day: string) =>
    new Intl.DateTimeFormat(context.config.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
  return el(
    'figure',
    { class: 'wb-chart' },
    el('figcaption', {}, context.say('timelineTitle', { x: date })),
    el(
      'ol',
      { class: 'wb-timeline' },
      ...[...byDay].map(([day, items]) =>
        el(
          'li',
          {},
          el('time', { datetime: day }, Number.isNaN(Date.parse(day)) ? day : dayName(day)),
          el(
            'ul',
            {},
            ...items.filter(once((row) => `${row[label]?.value}\u0000${until(row, day)}`)).map((row) => {
              const end = until(row, day);
              return el('li', {}, context.node(row[label]), end ? ` → ${dayName(end)}` : '');
            }),
          ),
        ),
      ),
    ),
  );
}
