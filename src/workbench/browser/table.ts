// The results as a table: each IRI by its name and linked, sorting by any column (numbers as
// numbers), a filter over what the cells show, and pages of 50 rows.
import { type Context, el } from './context.ts';
import { isNumber, type Row, type Solutions } from './sparql-json.ts';

const PAGE = 50;

export function renderTable(context: Context, solutions: Solutions): HTMLElement {
  const { vars, rows } = solutions;
  let sortBy = -1;
  let descending = false;
  let filter = '';
  let page = 0;
  const texts = new Map<Row, string>(
    rows.map((row) => [
      row,
      vars
        .map((v) => context.text(row[v]))
        .join(' ')
        .toLowerCase(),
    ]),
  );

  const filterId = `wb-filter-${Math.random().toString(36).slice(2, 8)}`;
  const input = el('input', { type: 'search', id: filterId, autocomplete: 'off' });
  const filterBox = el('p', { class: 'wb-filter' }, el('label', { for: filterId }, context.say('filter')), ' ', input);
  const table = el('table', { class: 'wb-table' });
  const scroller = el(
    'div',
    { class: 'wb-scroll', tabindex: '0', role: 'region', 'aria-label': context.say('results') },
    table,
  );
  const pager = el('p', { class: 'wb-pager' });
  const container = el('div', { class: 'wb-table-view' }, filterBox, scroller, pager);

  const compare = (a: Row, b: Row): number => {
    const name = vars[sortBy] ?? '';
    const x = a[name];
    const y = b[name];
    if (isNumber(x) && isNumber(y)) return Number(x?.value) - Number(y?.value);
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return context.text(x).localeCompare(context.text(y), context.config.lang, { numeric: true });
  };

  const draw = () => {
    const shown = rows.filter((row) => !filter || texts.get(row)?.includes(filter));
    if (sortBy >= 0) shown.sort((a, b) => (descending ? -compare(a, b) : compare(a, b)));
    const pages = Math.max(1, Math.ceil(shown.length / PAGE));
    page = Math.min(page, pages - 1);
    const head = el(
      'tr',
      {},
      ...vars.map((name, i) => {
        const button = el('button', { type: 'button', title: context.say('sortBy', { x: name }) }, name);
        button.addEventListener('click', () => {
          descending = sortBy === i ? !descending : false;
          sortBy = i;
          draw();
          (table.querySelectorAll('th button')[i] as HTMLButtonElement | undefined)?.focus();
        });
        const th = el('th', { scope: 'col' }, button);
        if (sortBy === i) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        return th;
      }),
    );
    const body = shown
      .slice(page * PAGE, page * PAGE + PAGE)
      .map((row) =>
        el(
          'tr',
          {},
          ...vars.map((name) => el('td', isNumber(row[name]) ? { class: 'num' } : {}, context.node(row[name]))),
        ),
      );
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...body));
    pager.replaceChildren();
    pager.append(context.say('rows', { n: shown.length }));
    if (pages > 1) {
      const previous = el('button', { type: 'button' }, context.say('previous'));
      const next = el('button', { type: 'button' }, context.say('next'));
      previous.disabled = page === 0;
      next.disabled = page >= pages - 1;
      previous.addEventListener('click', () => {
        page--;
        draw();
      });
      next.addEventListener('click', () => {
        page++;
        draw();
      });
      pager.append(' · ', previous, ' ', context.say('page', { n: page + 1, m: pages }), ' ', next);
    }
  };
  input.addEventListener('input', () => {
    filter = input.value.trim().toLowerCase();
    page = 0;
    draw();
  });
  draw();
  return container;
}
