// Which files make up the graph, in which RDF syntax, and how big they are.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';

export type RdfSyntax = 'text/turtle' | 'application/trig' | 'application/n-triples' | 'application/n-quads';

const SYNTAX_BY_EXTENSION: Record<string, RdfSyntax> = {
  '.ttl': 'text/turtle',
  '.trig': 'application/trig',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
};

export interface DataFile {
  /** Path as given or found, relative to the working directory when possible: it appears in error messages. */
  path: string;
  syntax: RdfSyntax;
  /** File name without its extension: names the graph of triples outside any named graph. */
  stem: string;
  bytes: number;
}

export function syntaxOf(path: string): RdfSyntax | undefined {
  return SYNTAX_BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * Lists the RDF files under the given folders or files, sorted, so loading is deterministic.
 * Files of other kinds inside a folder (README.md, .gitkeep) are skipped; a file named
 * explicitly must be RDF.
 */
export function listDataFiles(paths: string[]): DataFile[] {
  const found: DataFile[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const syntax = syntaxOf(path);
    if (!syntax) return false;
    // A file named twice (a folder and a file inside it) is loaded once.
    if (seen.has(resolve(path))) return true;
    seen.add(resolve(path));
    const shown = relative(process.cwd(), path) || path;
    found.push({
      path: shown.startsWith('..') ? path : shown,
      syntax,
      stem: basename(path, extname(path)),
      bytes: statSync(path).size,
    });
    return true;
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new Error(`${path}: no such file or folder`);
    }
    if (stats.isDirectory()) walk(path);
    else if (!add(path)) {
      throw new Error(`${path}: not an RDF file (expected one of ${Object.keys(SYNTAX_BY_EXTENSION).join(', ')})`);
    }
  }
  return found;
}
