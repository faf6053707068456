import * as path from 'node:path';
import type { Io } from './io.js';
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
 * sorted by display path. Missing paths, unreadable folders and symlink loops become
 * problems (`<area>/missing`, `<area>/unreadable`, `<area>/symlink-loop`); a file given
 * directly is taken whatever its extension.
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

  const visitDir = async (dir: string, root: string, ancestors: Set<string>): Promise<void> => {
    let real: string;
    try {
      real = await io.fs.realpath(dir);
    } catch (e) {
      problems.push({ code: `${area}/unreadable`, severity: 'error', file: displayPath(dir, io.cwd), message: `cannot read folder: ${errText(e)}` });
      return;
    }
    if (ancestors.has(real)) {
      problems.push({ code: `${area}/symlink-loop`, severity: 'error', file: displayPath(dir, io.cwd), message: 'symbolic link loop: this folder contains itself; it was not read' });
      return;
    }
    const next = new Set(ancestors).add(real);
    let entries;
    try {
      entries = await io.fs.readdir(dir);
    } catch (e) {
      problems.push({ code: `${area}/unreadable`, severity: 'error', file: displayPath(dir, io.cwd), message: `cannot read folder: ${errText(e)}` });
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
          problems.push({ code: `${area}/unreadable`, severity: 'error', file: displayPath(full, io.cwd), message: `broken symbolic link: ${errText(e)}` });
          continue;
        }
      }
      if (isDir) await visitDir(full, root, next);
      else if (isFile && extensions.some((x) => entry.name.toLowerCase().endsWith(x))) add(full, path.relative(root, full));
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
      problems.push({
        code: `${area}/missing`,
        severity: 'error',
        file: displayPath(abs, io.cwd),
        message: code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read: ${errText(e)}`,
      });
      continue;
    }
    if (st.isDirectory()) await visitDir(abs, abs, new Set());
    else add(abs, path.basename(abs));
  }
  files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, problems };
}

/** The message of an error without a stack. */
export function errText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const err = e as NodeJS.ErrnoException;
    const map: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'is a folder, not a file',
      ENOTDIR: 'not a folder',
      ELOOP: 'symbolic link loop',
    };
    return map[err.code!] ?? err.message;
  }
  return e instanceof Error ? e.message : String(e);
}
