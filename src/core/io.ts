/**
 * The I/O seam (ARCHITECTURE property 7): the CLI's `main(argv, io)` and the loaders take
 * the file system and streams as parameters, so tests run them in process.
 */
import * as fsp from 'node:fs/promises';
import type { Stats, Dirent } from 'node:fs';

export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface FileSystem {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  stat(path: string): Promise<Stats>;
  lstat(path: string): Promise<Stats>;
  readdir(path: string): Promise<Dirent[]>;
  realpath(path: string): Promise<string>;
}

export interface Io {
  readonly fs: FileSystem;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working folder; relative paths resolve against it. */
  readonly cwd: string;
  /** Today's date as `YYYY-MM-DD` (waiver expiry); injectable for tests. */
  readonly today: () => string;
}

export const nodeFs: FileSystem = {
  readFile: (p) => fsp.readFile(p),
  writeFile: (p, d) => fsp.writeFile(p, d, 'utf8'),
  rename: (a, b) => fsp.rename(a, b),
  rm: (p) => fsp.rm(p, { force: true }),
  stat: (p) => fsp.stat(p),
  lstat: (p) => fsp.lstat(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  realpath: (p) => fsp.realpath(p),
};

/** The real process's I/O. Only the executable's entry calls this. */
export function nodeIo(proc: NodeJS.Process): Io {
  return {
    fs: nodeFs,
    stdout: proc.stdout,
    stderr: proc.stderr,
    env: proc.env,
    cwd: proc.cwd(),
    today: () => new Date().toISOString().slice(0, 10),
  };
}
