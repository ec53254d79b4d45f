// Test helper: the real graph (ontology/ and data/) through the project's own loader, and SELECT
// queries over its default graph (the union of the named graphs, each triple once).
import { fileURLToPath } from 'node:url';
import type { Store } from 'oxigraph';
import { DEFAULTS } from '../../src/config/index.ts';
import { loadGraph as loadFiles } from '../../src/graph/index.ts';

const REAL_DATA = ['ontology', 'data'].map((dir) => fileURLToPath(new URL(`../../${dir}`, import.meta.url)));

export async function loadGraph(): Promise<Store> {
  return loadFiles(REAL_DATA, { maxDataBytes: DEFAULTS.maxDataBytes }).store;
}

/** Runs a SELECT; each row maps a variable to its term's value. */
export function select(store: Store, sparql: string): Record<string, string>[] {
  const result = store.query(sparql);
  if (!Array.isArray(result)) throw new Error('select() expects a SELECT query');
  return result.map((binding) => {
    if (!(binding instanceof Map)) throw new Error('select() expects a SELECT query');
    return Object.fromEntries([...binding].map(([name, term]) => [name, term.value]));
  });
}
