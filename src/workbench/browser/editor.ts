// The editor: CodeMirror 6 with the SPARQL mode of @codemirror/legacy-modes, Ctrl/Cmd+Enter to run,
// and completion fed by the server: prefixes (/prefixes.json), SPARQL keywords, the variables of the
// query, the ontology's classes and properties, and entities by their names in English and French
// (/workbench/complete). Choosing a prefixed name adds its PREFIX line when the query lacks it.
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { StreamLanguage, type StreamParser } from '@codemirror/language';
import { sparql } from '@codemirror/legacy-modes/mode/sparql';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import type { Context } from './context.ts';
import { prefixTable } from './results.ts';

interface Suggestion {
  kind: 'entity' | 'class' | 'property';
  iri: string;
  prefixed?: string;
  label: string;
  matched?: string;
  type?: string;
}

const KEYWORDS = [
  'SELECT',
  'DISTINCT',
  'WHERE',
  'PREFIX',
  'BASE',
  'CONSTRUCT',
  'DESCRIBE',
  'ASK',
  'FILTER',
  'OPTIONAL',
  'UNION',
  'MINUS',
  'GRAPH',
  'SERVICE',
  'BIND',
  'VALUES',
  'GROUP BY',
  'ORDER BY',
  'HAVING',
  'LIMIT',
  'OFFSET',
  'COUNT',
  'GROUP_CONCAT',
  'SAMPLE',
  'MIN',
  'MAX',
  'SUM',
  'AVG',
  'LANG',
  'LANGMATCHES',
  'STR',
  'CONTAINS',
  'STRSTARTS',
  'REGEX',
  'COALESCE',
  'EXISTS',
  'NOT EXISTS',
  'DESC',
  'ASC',
  'AS',
];

/** Inserts `text` over the typed word, and the PREFIX line of `prefixed`'s prefix when the query has none. */
function applyWith(text: string, prefixed: string | undefined, table: Record<string, string>): Completion['apply'] {
  return (view, _completion, from, to) => {
    const changes = [{ from, to, insert: text }];
    const prefix = prefixed?.split(':')[0];
    const doc = view.state.doc.toString();
    const namespace = prefix !== undefined ? table[prefix] : undefined;
    if (prefixed && namespace && !new RegExp(`PREFIX\\s+${prefix}:`, 'i').test(doc)) {
      changes.unshift({ from: 0, to: 0, insert: `PREFIX ${prefix}: <${namespace}>\n` });
    }
    view.dispatch({
      changes,
      selection: { anchor: from + text.length + (changes.length > 1 ? (changes[0]?.insert.length ?? 0) : 0) },
    });
  };
}

async function complete(context: Context, completion: CompletionContext): Promise<CompletionResult | null> {
  const word = completion.matchBefore(/[?$]?[\p{L}\p{N}_:.-]+$/u);
  if (!word || (word.from === word.to && !completion.explicit)) return null;
  const text = word.text;
  if (text.startsWith('?') || text.startsWith('$')) {
    const names = new Set(completion.state.doc.toString().match(/[?$][\p{L}\p{N}_]+/gu) ?? []);
    names.delete(text);
    return { from: word.from, options: [...names].map((name) => ({ label: name, type: 'variable' })) };
  }
  if (text.length < 2) return null;
  const table = await prefixTable();
  const options: Completion[] = [];
  if (!text.includes(':')) {
    for (const [prefix, namespace] of Object.entries(table)) {
      if (prefix.startsWith(text.toLowerCase()))
        options.push({
          label: `${prefix}:`,
          detail: namespace,
          type: 'namespace',
          apply: applyWith(`${prefix}:`, `${prefix}:`, table),
        });
    }
    for (const keyword of KEYWORDS) {
      if (keyword.startsWith(text.toUpperCase())) options.push({ label: keyword, type: 'keyword', boost: -1 });
    }
  }
  const response = await fetch(`/workbench/complete?lang=${context.config.lang}&q=${encodeURIComponent(text)}`);
  if (completion.aborted) return null;
  const { results } = (await response.json()) as { results: Suggestion[] };
  for (const s of results) {
    const term = s.kind !== 'entity';
    const insert = term && s.prefixed ? s.prefixed : `<${s.iri}>`;
    const byPrefixed = text.includes(':') && !!s.prefixed;
    const detail = term
      ? [s.kind, byPrefixed ? s.label : s.prefixed]
      : [s.type ?? s.kind, s.matched ? `“${s.matched}”` : ''];
    options.push({
      label: byPrefixed ? (s.prefixed ?? s.label) : s.label,
      detail: detail.filter(Boolean).join(' · '),
      info: s.iri,
      type: term ? (s.kind === 'class' ? 'class' : 'property') : 'constant',
      apply: applyWith(insert, term ? s.prefixed : undefined, table),
      boost: term ? 0 : 1,
    });
  }
  // The server matched more than the letters typed (other names, other languages): keep its answers.
  return { from: word.from, options, filter: false };
}

export function createEditor(context: Context, textarea: HTMLTextAreaElement, run: () => void): EditorView {
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              run();
              return true;
            },
          },
        ]),
      ),
      basicSetup,
      StreamLanguage.define(sparql as StreamParser<unknown>),
      autocompletion({ override: [(c) => complete(context, c)], activateOnTyping: true }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-labelledby': 'wb-query-label', 'aria-multiline': 'true' }),
    ],
  });
  textarea.hidden = true;
  textarea.after(view.dom);
  view.dom.classList.add('wb-editor');
  return view;
}
