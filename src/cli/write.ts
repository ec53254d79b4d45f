// Files written by the CLI are replaced whole or not at all: a crash or a full disk never leaves half a file.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors.ts';

/** Writes `text` to a temporary file beside `path`, then renames it over `path`. */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError('io', `${path}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? error})`, {
      file: path,
    });
  }
}
