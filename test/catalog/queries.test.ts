// The project's own saved queries (queries/*.rq): each has a title and declares each parameter,
// parses, and binds; the whole folder loads as the server loads it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog, readSavedQuery } from '../../src/catalog/index.ts';

const REAL = fileURLToPath(new URL('../../queries', import.meta.url));
const FILES = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.rq')).sort() : [];

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

  it.skipIf(!existsSync(REAL))('should hold at least one query', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });
});
