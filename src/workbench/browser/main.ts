// The workbench in the browser: the editor over the plain form's text area, running with the Run
// button or Ctrl/Cmd+Enter, the address kept as a shareable link (/sparql?query=…&view=…), a button
// that copies it, and the recent queries kept on this device (localStorage).
import type { View } from './charts.ts';
import { type Config, Context, el } from './context.ts';
import { createEditor } from './editor.ts';
import { runQuery } from './results.ts';

const HISTORY_KEY = 'summit-kg-workbench-history';
const HISTORY_SIZE = 20;

function readHistory(): string[] {
  try {
    const kept = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(kept) ? kept.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

function remember(query: string): void {
  try {
    const kept = [query, ...readHistory().filter((q) => q !== query)].slice(0, HISTORY_SIZE);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(kept));
  } catch {
    // Storage refused (private browsing, full): the history is a convenience.
  }
}

function start(): void {
  const config = JSON.parse(document.getElementById('wb-config')?.textContent ?? '{}') as Config;
  const context = new Context(config);
  const form = document.getElementById('wb-form') as HTMLFormElement;
  const textarea = document.getElementById('wb-query') as HTMLTextAreaElement;
  const results = document.getElementById('wb-results') as HTMLElement;
  const output = document.getElementById('wb-output') as HTMLElement;
  const status = document.getElementById('wb-status') as HTMLElement;
  const copy = document.getElementById('wb-copy') as HTMLButtonElement;
  const history = document.getElementById('wb-history') as HTMLDetailsElement;
  form.classList.add('wb-js');
  let view = (config.view ?? undefined) as View | undefined;

  const link = (query: string) => {
    const params = new URLSearchParams({ query });
    if (view) params.set('view', view);
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang) params.set('lang', lang);
    return `/sparql?${params.toString()}`;
  };

  const run = () => {
    const query = editor.state.doc.toString();
    history.hidden = false;
    remember(query);
    drawHistory();
    results.hidden = false;
    window.history.replaceState(null, '', link(query));
    void runQuery(context, query, output, status, view, (chosen) => {
      view = chosen;
      window.history.replaceState(null, '', link(query));
    });
  };
  const editor = createEditor(context, textarea, run);

  const drawHistory = () => {
    const list = history.querySelector('ol') as HTMLOListElement;
    const kept = readHistory();
    list.replaceChildren(
      ...(kept.length === 0
        ? [el('li', {}, context.say('noHistory'))]
        : kept.map((query) => {
            const button = el(
              'button',
              { type: 'button', class: 'wb-recent' },
              query.replace(/\s+/g, ' ').slice(0, 140),
            );
            button.addEventListener('click', () => {
              editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: query } });
              editor.focus();
            });
            return el('li', {}, button);
          })),
    );
  };
  history.hidden = false;
  drawHistory();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    const url = new URL(link(editor.state.doc.toString()), location.href).href;
    copy.dataset.link = url;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = context.say('copied');
    } catch {
      // No clipboard (an insecure origin, a refusal): the address bar holds the same link.
      window.history.replaceState(null, '', url);
      status.textContent = url;
    }
  });
  // A shared link, or an example: run it at once.
  const params = new URLSearchParams(location.search);
  if (params.has('query') || params.has('example')) run();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
