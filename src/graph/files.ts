// Which files make up the graph, in which RDF syntax, and how big they are.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { AppError } from '../errors.ts';

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

/** stat() that follows symbolic links (a Kubernetes ConfigMap mounts files as links) and says what is wrong. */
function statOf(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : code;
    throw new AppError('io', `${path}: ${why}`, { file: path });
  }
}

/**
 * Lists the RDF files under the given folders or files, sorted, so loading is deterministic.
 * Symbolic links are followed; files of other kinds inside a folder (README.md, .gitkeep) are
 * skipped; a file named explicitly must be RDF.
 */
export function listDataFiles(paths: string[]): DataFile[] {
  const found: DataFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, bytes: number) => {
    const syntax = syntaxOf(path);
    if (!syntax) return false;
    // A file named twice (a folder and a file inside it, or two links to it) is loaded once.
    const real = realpathSync(path);
    if (seen.has(real)) return true;
    seen.add(real);
    const shown = relative(process.cwd(), path) || path;
    found.push({ path: shown.startsWith('..') ? path : shown, syntax, stem: basename(path, extname(path)), bytes });
    return true;
  };
  const folders = new Set<string>();
  const walk = (dir: string) => {
    // A link back to a folder being walked would loop for ever.
    const real = realpathSync(dir);
    if (folders.has(real)) return;
    folders.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort((a, b) => a.localeCompare(b));
    } catch (error) {
      throw new AppError('io', `${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code})`, {
        file: dir,
      });
    }
    for (const name of entries) {
      // Hidden entries are skipped: editors' swap files, and the ..data links of ConfigMap mounts.
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const stats = statOf(path);
      if (stats.isDirectory()) walk(path);
      else if (stats.isFile()) add(path, stats.size);
    }
  };
  for (const path of paths) {
    const stats = statOf(path);
    if (stats.isDirectory()) walk(path);
    else if (!add(path, stats.size)) {
      throw new AppError(
        'usage',
        `${path}: not an RDF file (expected one of ${Object.keys(SYNTAX_BY_EXTENSION).join(', ')})`,
        { file: path },
      );
    }
  }
  return found;
}
