// The workbench's browser files, built by esbuild into dist/browser/ (`npm run build`; see
// build.ts): the script (CodeMirror, the views, d3-geo and topojson-client bundled), its styles and
// the world map from world-atlas. Served from this server only, compressed by the routes' send().
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.ts';
import type { Operation } from '../operation.ts';
import { matchesEtag } from '../sparql/index.ts';

// Resolves from src/workbench/ and from dist/workbench/ alike.
export const ASSET_DIR = fileURLToPath(new URL('../../dist/browser/', import.meta.url));

export const ASSET_TYPES: Record<string, string> = {
  'workbench.js': 'text/javascript; charset=utf-8',
  'workbench.css': 'text/css; charset=utf-8',
  'countries-50m.json': 'application/json; charset=utf-8',
};

interface Asset {
  body: Buffer;
  etag: string;
}

export function assetOperation(dir = ASSET_DIR): Operation {
  const kept = new Map<string, Asset>();
  const read = (name: string): Asset => {
    const known = kept.get(name);
    if (known) return known;
    let body: Buffer;
    try {
      body = readFileSync(`${dir}${name}`);
    } catch {
      throw new AppError('not-found', `The workbench's ${name} is not built: run 'npm run build'.`);
    }
    const asset = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    kept.set(name, asset);
    return asset;
  };
  return async (request) => {
    const name = request.pathParams.file ?? '';
    const type = ASSET_TYPES[name];
    if (!type) throw new AppError('not-found', `No workbench file is called '${name}'.`);
    const asset = read(name);
    const headers = { 'Content-Type': type, ETag: asset.etag, 'Cache-Control': 'public, max-age=3600' };
    if (matchesEtag(request.header('if-none-match'), asset.etag)) return { status: 304, headers, body: '' };
    return { status: 200, headers, body: asset.body };
  };
}
