// The home page's query form: runs the query on /sparql and shows the answer as a table or as Turtle.
const examples = {
  graphs: `SELECT ?graph (COUNT(*) AS ?triples)\nWHERE { GRAPH ?graph { ?s ?p ?o } }\nGROUP BY ?graph\nORDER BY ?graph`,
  types: `SELECT ?class (COUNT(DISTINCT ?s) AS ?instances)\nWHERE { ?s a ?class }\nGROUP BY ?class\nORDER BY DESC(?instances)`,
  labels: `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT DISTINCT ?entity ?label\nWHERE { ?entity rdfs:label ?label }\nORDER BY ?label\nLIMIT 100`,
  describe: `DESCRIBE <https://w3id.org/aiactionsummit/id/event/2025-02-10-summit>`,
};
const form = document.getElementById('query-form');
const textarea = document.getElementById('query');
const statusLine = document.getElementById('status');
const table = document.getElementById('results');
const tableBox = document.getElementById('results-box');
const graphBox = document.getElementById('graph');
document.getElementById('endpoint').textContent = new URL('/sparql', location.href).href;

for (const button of document.querySelectorAll('button.example')) {
  button.addEventListener('click', () => {
    textarea.value = examples[button.dataset.query];
    form.requestSubmit();
  });
}

// The server's prefix table (the one the data and the Turtle answers use), longest namespace first.
let PREFIXES = [];
const prefixesLoaded = fetch('/prefixes.json')
  .then((response) => response.json())
  .then((table) => {
    PREFIXES = Object.entries(table).sort((a, b) => b[1].length - a[1].length);
  })
  .catch(() => {});
function shorten(iri) {
  for (const [prefix, ns] of PREFIXES)
    if (iri.startsWith(ns) && /^[\w.-]+$/.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
}

// IRIs are shortened with the usual prefixes; clicking one describes it. Plain numbers carry no datatype note.
function cell(term) {
  const td = document.createElement('td');
  if (!term) return td;
  if (term.type === 'uri') {
    const link = Object.assign(document.createElement('a'), {
      href: term.value,
      textContent: shorten(term.value),
      title: term.value,
    });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      textarea.value = `DESCRIBE <${term.value}>`;
      form.requestSubmit();
    });
    td.append(link);
    return td;
  }
  td.textContent = term.value;
  const numeric = /#(integer|decimal|double|positiveInteger|nonNegativeInteger)$/.test(term.datatype || '');
  const note = term['xml:lang']
    ? `@${term['xml:lang']}`
    : term.datatype && !term.datatype.endsWith('#string') && !numeric
      ? `^^${shorten(term.datatype)}`
      : '';
  if (note) {
    const span = document.createElement('span');
    span.className = term['xml:lang'] ? 'lang' : 'dt';
    span.textContent = ` ${note}`;
    td.append(span);
  }
  return td;
}

function showTable(json) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  if ('boolean' in json) {
    head.append(Object.assign(document.createElement('th'), { textContent: 'answer' }));
    table
      .createTBody()
      .insertRow()
      .append(Object.assign(document.createElement('td'), { textContent: String(json.boolean) }));
    return 1;
  }
  for (const name of json.head.vars) head.append(Object.assign(document.createElement('th'), { textContent: name }));
  const body = table.createTBody();
  for (const binding of json.results.bindings) {
    const row = body.insertRow();
    for (const name of json.head.vars) row.append(cell(binding[name]));
  }
  return json.results.bindings.length;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  statusLine.className = '';
  statusLine.textContent = 'Running…';
  const started = performance.now();
  try {
    const response = await fetch('/sparql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/sparql-results+json, text/turtle;q=0.9',
      },
      body: new URLSearchParams({ query: textarea.value }),
    });
    const text = await response.text();
    await prefixesLoaded;
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}\n${text}`);
    const ms = Math.round(performance.now() - started);
    if ((response.headers.get('Content-Type') || '').startsWith('text/turtle')) {
      tableBox.hidden = true;
      graphBox.hidden = false;
      graphBox.textContent = text;
      statusLine.textContent = `Graph result in ${ms} ms`;
    } else {
      graphBox.hidden = true;
      tableBox.hidden = false;
      const rows = showTable(JSON.parse(text));
      statusLine.textContent = `${rows} row${rows === 1 ? '' : 's'} in ${ms} ms`;
    }
  } catch (error) {
    tableBox.hidden = true;
    graphBox.hidden = true;
    statusLine.className = 'error';
    statusLine.textContent = error.message;
  }
});
