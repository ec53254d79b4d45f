// The w3id redirect rules shipped in docs/w3id/: every public IRI lands at the same path on the
// deployment, with a 303, and that path answers on the server.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedServer } from '../helpers/server.ts';

const HTACCESS = readFileSync(
  fileURLToPath(new URL('../../docs/w3id/aiactionsummit/.htaccess', import.meta.url)),
  'utf8',
);
const RULES = [...HTACCESS.matchAll(/^RewriteRule\s+(\S+)\s+(\S+)\s+\[([^\]]+)\]$/gm)].map((m) => ({
  pattern: new RegExp(m[1] ?? ''),
  target: m[2] ?? '',
  flags: (m[3] ?? '').split(','),
}));

/** What Apache's mod_rewrite does with a path under https://w3id.org/aiactionsummit/ (without the leading slash). */
function redirect(path: string): { location: string; status: number } | undefined {
  for (const rule of RULES) {
    const match = rule.pattern.exec(path);
    if (!match) continue;
    const location = rule.target.replace(/\$(\d)/g, (_, i: string) => match[Number(i)] ?? '');
    const status = Number(rule.flags.find((f) => f.startsWith('R='))?.slice(2));
    return { location, status };
  }
  return undefined;
}

const PATHS = [
  'id/country/FR',
  'id/country/FR.ttl',
  'graph/declaration',
  'ontology',
  'dataset',
  'id/document/paris-declaration',
];

describe('the w3id redirect rules', () => {
  it('should turn on the rewrite engine and redirect with 303 See Other', () => {
    expect(HTACCESS).toMatch(/^RewriteEngine on$/m);
    expect(RULES.length).toBeGreaterThan(0);
    for (const rule of RULES) expect(rule.flags).toEqual(['R=303', 'L']);
  });

  it('should send every IRI to the same path on one deployment', () => {
    const host = redirect('')?.location;
    expect(host).toMatch(/^https:\/\/[^/]+\/$/);
    for (const path of PATHS) expect(redirect(path)).toEqual({ location: `${host}${path}`, status: 303 });
  });

  it('should land every redirected path on a page of the server', async () => {
    const server = sharedServer('real');
    const host = redirect('')?.location ?? '';
    for (const path of PATHS) {
      const location = redirect(path)?.location ?? '';
      const response = await server.get(`/${location.slice(host.length)}`);
      expect(response.status, path).toBe(200);
    }
  });
});
