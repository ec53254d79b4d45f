// The project's own saved queries (queries/*.rq): each has a title and declares each parameter,
// parses, and binds; the whole folder loads as the server loads it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog, readSavedQuery } from '../../src/catalog/index.ts';

const REAL = fileURLToPath(new URL('../../queries', import.meta.url));
const FILES = readdirSync(REAL)
  .filter((f) => f.endsWith('.rq'))
  .sort();

describe('the saved queries in queries/', () => {
  for (const file of FILES) {
    it(`${file} should have a title, declare each parameter and parse`, () => {
      const path = join(REAL, file);
      const { query, problems } = readSavedQuery(path, readFileSync(path, 'utf8'));
      expect(problems.map((p) => `${file}:${p.line}: ${p.message}`)).toEqual([]);
      expect(query!.title.trim()).not.toBe('');
      for (const p of query!.parameters) expect(p.description.trim(), `${file}: ${p.name}`).not.toBe('');
    });
  }

  it('should load together, as the server loads them (unique names)', () => {
    expect(loadCatalog([REAL]).queries.map((q) => `${q.name}.rq`)).toEqual(FILES);
  });

  it('should hold at least 25 queries, six of them federated with Wikidata', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
    expect(
      FILES.filter((file) =>
        readFileSync(join(REAL, file), 'utf8').includes('SERVICE <https://query.wikidata.org/sparql>'),
      ).length,
    ).toBeGreaterThanOrEqual(6);
  });
});
