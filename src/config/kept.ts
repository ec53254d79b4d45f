// Results that outlive a run, in the cache folder (SUMMIT_KG_CACHE_DIR): what was computed from
// files is kept under a key made of their hash and of the program's code, so a start on unchanged
// files and code reads it back instead of computing it again, and any change computes it anew. A
// kept result that cannot be read or written is simply computed again: the cache is an
// optimisation, never a source. Files are written whole or not at all (rename).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/**
 * SHA-256 of the program's scripts (src/ in development, dist/ when compiled, only the bundle's own
 * folder when bundled, as that is all the code that runs): a result kept by other code is never read back.
 */
export function codeVersion(): string {
  if (version) return version;
  const here = new URL('./', import.meta.url);
  const root = fileURLToPath(here.pathname.endsWith('/bundle/') ? here : new URL('../', import.meta.url));
  const scripts = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|js|mjs)$/.test(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of scripts)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  version = hash.digest('hex');
  return version;
}

/** A file name for a kept result: its kind, then a hash of the code and of everything it was computed from. */
export function keptName(kind: string, ...from: string[]): string {
  const key = createHash('sha256').update([codeVersion(), ...from].join('\0'));
  return `${kind}-${key.digest('hex').slice(0, 32)}`;
}

/** The bytes kept under `name`, or undefined (no folder, nothing kept, unreadable). */
export function readKept(dir: string, name: string): Buffer | undefined {
  if (!dir) return undefined;
  try {
    return readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
}

export function readKeptJson<T>(dir: string, name: string): T | undefined {
  const bytes = readKept(dir, `${name}.json`);
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Keeps `data` under `name`; a read-only or missing folder (a container image, say) is not an error. */
export function keep(dir: string, name: string, data: string | Uint8Array): void {
  if (!dir) return;
  const path = join(dir, name);
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return; // The next start computes it again.
  }
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch {
    // A full disk, say: no half-written file is left behind.
    rmSync(temporary, { force: true });
  }
}

export const keepJson = (dir: string, name: string, value: unknown) => keep(dir, `${name}.json`, JSON.stringify(value));
