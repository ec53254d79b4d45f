// ARCHITECTURE.md stays true: it names every folder of src/ and every file a query passes through.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = readFileSync(`${ROOT}ARCHITECTURE.md`, 'utf8');

describe('ARCHITECTURE.md', () => {
  it('should name every folder of src/', () => {
    const folders = readdirSync(`${ROOT}src`, { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const folder of folders) expect(TEXT).toContain(`src/${folder.name}/`);
  });

  it('should walk a query through files that exist', () => {
    const files = readdirSync(`${ROOT}src`, { recursive: true, encoding: 'utf8' });
    const named = [...TEXT.matchAll(/\*\*`([\w/.-]+\.ts)`\*\*/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(12);
    for (const file of named) {
      const found = file.startsWith('src/')
        ? existsSync(`${ROOT}${file}`)
        : files.some((f) => f === file || f.endsWith(`/${file}`));
      expect(found, file).toBe(true);
    }
  });
});
