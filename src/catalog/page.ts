// The catalogue as a page for people (GET /api/): each query's title, description, parameters and
// text, with a form that runs it. Plain HTML, no script: every value is escaped on the way in.
import { formatsFor } from '../sparql/index.ts';
import { type ApiBase, exampleLink, runLink, textLink } from './describe.ts';
import type { Catalog, SavedQuery } from './load.ts';
import { describeType, isRequired, type Parameter, typeLabel } from './params.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const STYLE = `
  :root { --ink: #1d2433; --muted: #5b6475; --line: #d9dee8; --accent: #1f4fd1; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f7f8fb; }
  header, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header { padding-top: 2rem; }
  h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
  h2 { margin: 0 0 .25rem; font-size: 1.25rem; }
  p.lead, .meta { color: var(--muted); }
  nav a { margin-right: 1.25rem; color: var(--accent); }
  a { color: var(--accent); }
  section.query { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .75rem 0; }
  th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { background: #eef1f7; }
  code, pre { font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, monospace; }
  pre { background: #f7f8fb; border: 1px solid var(--line); border-radius: 6px; padding: .75rem; overflow-x: auto; }
  form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .75rem 0; }
  form label { display: flex; flex-direction: column; font-size: .85rem; font-weight: 600; }
  input, select { font: inherit; font-weight: normal; padding: .3rem .45rem; border: 1px solid var(--line); border-radius: 4px; min-width: 12rem; }
  button { font: inherit; padding: .4rem 1rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
  .tag { display: inline-block; background: #eef1f7; border-radius: 4px; padding: 0 .4rem; margin-right: .3rem; font-size: .8rem; }
`;

function inputFor(p: Parameter): string {
  const name = escapeHtml(p.name);
  const required = isRequired(p) ? ' required' : '';
  if (p.enum) {
    const blank = isRequired(p) ? '' : '<option value="">(any)</option>';
    const options = p.enum
      .map((v) => `<option${v === p.default ? ' selected' : ''}>${escapeHtml(v)}</option>`)
      .join('');
    return `<select name="${name}"${required}>${blank}${options}</select>`;
  }
  const type = p.type === 'iri' ? 'url' : p.type === 'date' ? 'date' : p.type === 'integer' ? 'number' : 'text';
  const extra = p.type === 'integer' ? ' step="1"' : p.type === 'decimal' ? ' inputmode="decimal"' : '';
  const value = p.default !== undefined ? ` value="${escapeHtml(p.default)}"` : '';
  const placeholder = p.example !== undefined ? ` placeholder="${escapeHtml(p.example)}"` : '';
  return `<input name="${name}" type="${type}"${extra}${value}${placeholder}${required}>`;
}

function parameterRow(p: Parameter): string {
  const cells = [
    `<code>${escapeHtml(p.name)}</code>`,
    escapeHtml(typeLabel(p)),
    isRequired(p) ? 'yes' : 'no',
    p.default !== undefined ? `<code>${escapeHtml(p.default)}</code>` : '',
    p.enum ? p.enum.map((v) => `<code>${escapeHtml(v)}</code>`).join(', ') : escapeHtml(describeType(p)),
    p.example !== undefined ? `<code>${escapeHtml(p.example)}</code>` : '',
    escapeHtml(p.description),
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function section(base: ApiBase, query: SavedQuery): string {
  const example = exampleLink(base, query);
  const formats = formatsFor(query.form)
    .map((f) => `<option value="${f.name}">${escapeHtml(f.mediaType)}</option>`)
    .join('');
  const params = query.parameters.length
    ? `<table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Default</th><th>Accepts</th><th>Example</th><th>Description</th></tr></thead>
<tbody>${query.parameters.map(parameterRow).join('\n')}</tbody></table>`
    : '<p class="meta">No parameters.</p>';
  const fields = query.parameters
    .map((p) => `<label>${escapeHtml(p.name)}${isRequired(p) ? ' *' : ''} ${inputFor(p)}</label>`)
    .join('\n');
  return `<section class="query" id="${escapeHtml(query.name)}">
<h2>${escapeHtml(query.title)}</h2>
<p class="meta"><code>${escapeHtml(query.name)}</code> · ${escapeHtml(query.form.toUpperCase())}${query.pagination ? ` · ${query.pagination} per page` : ''} ${query.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('')}</p>
${query.description ? `<p>${escapeHtml(query.description)}</p>` : ''}
${params}
<form method="get" action="${escapeHtml(runLink(base, query))}">
${fields}
<label>format <select name="format">${formats}</select></label>
<button type="submit">Run</button>
</form>
<p>${example ? `<a href="${escapeHtml(example)}">Run the example</a> · ` : ''}<a href="${escapeHtml(textLink(base, query))}">Query text (.rq)</a></p>
<details><summary>SPARQL</summary><pre><code>${escapeHtml(query.text)}</code></pre></details>
</section>`;
}

export function catalogPage(base: ApiBase, catalog: Catalog): string {
  const toc = catalog.queries
    .map((q) => `<li><a href="#${escapeHtml(q.name)}">${escapeHtml(q.title)}</a></li>`)
    .join('\n');
  const body = catalog.queries.length
    ? `<ul>${toc}</ul>\n${catalog.queries.map((q) => section(base, q)).join('\n')}`
    : '<p>No saved queries yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Saved queries · Paris AI Action Summit knowledge graph</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Saved queries</h1>
<p class="lead">Named SPARQL queries over the knowledge graph, each a web API operation: fill in the parameters and run it, or call
<code>${escapeHtml(base)}/queries/NAME?parameter=value</code> from any client. Results come as SPARQL JSON, XML, CSV or TSV (graphs as Turtle,
N-Triples, JSON-LD or RDF/XML), by content negotiation or the <code>format</code> parameter.</p>
<nav><a href="/">Query editor</a><a href="${escapeHtml(base)}/queries">Catalogue (JSON)</a><a href="${escapeHtml(base)}/openapi.json">OpenAPI 3.1</a></nav>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}
