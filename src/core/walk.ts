import * as path from 'node:path';
import { errText, NOT_REGULAR, type Io } from './io.js';
import type { Problem } from './problem.js';

/** A file found under one of the given paths. */
export interface FoundFile {
  /** Absolute path. */
  readonly abs: string;
  /** Path for messages: relative to the working folder, `/` separators. */
  readonly display: string;
  /** Path relative to the folder it was found under (the file name for a file given directly), `/` separators. */
  readonly rel: string;
}

/** Shows `abs` relative to `cwd` with `/` separators (absolute when outside it). */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join('/');
}

/**
 * Lists the files with one of `extensions` under `paths` (files or folders, recursively),
 * sorted by display path. Never throws; what cannot be listed becomes a problem:
 * `<area>/missing` (a path that does not exist), `<area>/unreadable` (an unreadable folder,
 * a broken link, or a FIFO, socket or device named like a file: reading one could block
 * forever), `<area>/symlink-loop`, and `<area>/not-a-file` (a folder named like a file,
 * `claims/x.yaml/`: almost always a mistake, so it is reported rather than walked). Hidden
 * entries (`.git`) are skipped; a regular file given directly is taken whatever its name.
 */
export async function findFiles(
  io: Io,
  paths: readonly string[],
  extensions: readonly string[],
  area: string,
): Promise<{ files: FoundFile[]; problems: Problem[] }> {
  const files: FoundFile[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const problem = (code: string, abs: string, message: string, hint?: string): void => {
    problems.push({ code: `${area}/${code}`, severity: 'error', file: displayPath(abs, io.cwd), message, ...(hint ? { hint } : {}) });
  };
  const named = (name: string): string | undefined => extensions.find((x) => name.toLowerCase().endsWith(x));

  const visitDir = async (dir: string, root: string, ancestors: Set<string>): Promise<void> => {
    let real: string;
    try {
      real = await io.fs.realpath(dir);
    } catch (e) {
      problem('unreadable', dir, `cannot read folder: ${errText(e)}`);
      return;
    }
    if (ancestors.has(real)) {
      problem('symlink-loop', dir, 'symbolic link loop: this folder contains itself; it was not read');
      return;
    }
    const next = new Set(ancestors).add(real);
    let entries;
    try {
      entries = await io.fs.readdir(dir);
    } catch (e) {
      problem('unreadable', dir, `cannot read folder: ${errText(e)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // .git, editor droppings
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await io.fs.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (e) {
          problem('unreadable', full, `broken symbolic link: ${errText(e)}`);
          continue;
        }
      }
      const ext = named(entry.name);
      if (isDir && ext) problem('not-a-file', full, `is a folder, but its name ends in "${ext}" like a file; it was not read`, 'rename the folder');
      else if (isDir) await visitDir(full, root, next);
      else if (ext && isFile) add(full, path.relative(root, full));
      else if (ext) problem('unreadable', full, NOT_REGULAR);
    }
  };

  const add = (abs: string, rel: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ abs, display: displayPath(abs, io.cwd), rel: rel.split(path.sep).join('/') });
  };

  for (const p of paths) {
    const abs = path.resolve(io.cwd, p);
    let st;
    try {
      st = await io.fs.stat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problem(code === 'ENOENT' ? 'missing' : 'unreadable', abs, code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read: ${errText(e)}`);
      continue;
    }
    if (st.isDirectory()) await visitDir(abs, abs, new Set());
    else if (st.isFile()) add(abs, path.basename(abs));
    else problem('unreadable', abs, NOT_REGULAR);
  }
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, problems };
}

/** The message of an error without a stack (kept here for existing importers). */
export { errText } from './io.js';
