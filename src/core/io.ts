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

/**
 * The real process's I/O. Only the executable's entry calls this.
 *
 * A standard stream that cannot be written (`crosscheck | head` closing the pipe, stdout
 * redirected to a full disk) emits an error event, which would otherwise crash the process
 * with a stack trace: a closed pipe ends the output quietly (the reader wanted no more); any
 * other error is said in one line on stderr and makes the exit code 2.
 */
export function nodeIo(proc: NodeJS.Process): Io {
  guardStream(proc, proc.stdout, 'stdout');
  guardStream(proc, proc.stderr, 'stderr');
  return {
    fs: nodeFs,
    stdout: proc.stdout,
    stderr: proc.stderr,
    env: proc.env,
    cwd: proc.cwd(),
    today: () => new Date().toISOString().slice(0, 10),
  };
}

/** The part of a process {@link guardStream} needs (a test passes a fake). */
export interface GuardedProcess {
  exitCode?: number | string | null | undefined;
  readonly stderr: { write(chunk: string): unknown };
  on(event: 'exit', listener: () => void): unknown;
}

/** Handles write errors on a standard stream (see {@link nodeIo}). */
export function guardStream(proc: GuardedProcess, stream: { on(event: 'error', listener: (e: Error) => void): unknown }, name: 'stdout' | 'stderr'): void {
  let failed = false;
  stream.on('error', (e) => {
    if (failed) return;
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return; // the reader wanted no more
    failed = true;
    if (name === 'stdout') {
      try {
        proc.stderr.write(`crosscheck: cannot write to stdout: ${errText(e)}\n`);
      } catch {
        // stderr is gone too: the exit code still tells
      }
    }
    proc.exitCode = 2;
  });
  // The error may arrive before main() returns and sets its own code.
  proc.on('exit', () => {
    if (failed) proc.exitCode = 2;
  });
}

/** Why a text file could not be read (see {@link readTextFile}). */
export type ReadTextError =
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'encoding'; readonly message: string; readonly byte: number; readonly line: number; readonly column: number }
  | { readonly kind: 'unreadable'; readonly message: string };

/**
 * Reads a UTF-8 text file of at most `maxBytes` bytes (a BOM is kept; callers drop it).
 * Never throws, and never blocks on a FIFO, a socket or a device: only regular files are
 * opened (SPEC §1: an unreadable file is an input error, never silently skipped).
 */
export async function readTextFile(io: Io, abs: string, maxBytes: number): Promise<{ text: string } | { error: ReadTextError }> {
  let bytes: Buffer;
  try {
    const st = await io.fs.stat(abs);
    if (st.isDirectory()) return { error: { kind: 'unreadable', message: 'is a folder, not a file' } };
    if (!st.isFile()) return { error: { kind: 'unreadable', message: NOT_REGULAR } };
    if (st.size > maxBytes) return { error: { kind: 'too-large', size: st.size } };
    bytes = await io.fs.readFile(abs);
  } catch (e) {
    return { error: { kind: 'unreadable', message: errText(e) } };
  }
  // The file may have grown since it was measured.
  if (bytes.length > maxBytes) return { error: { kind: 'too-large', size: bytes.length } };
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? decoded : { error: { kind: 'encoding', ...decoded.error } };
}

/** The message for a FIFO, socket or device where a file was expected. */
export const NOT_REGULAR = 'not a regular file (a FIFO, socket or device); it was not read';

/** A size in MiB for messages: a file's with one decimal ("9.0"), a limit's whole ("8"). */
export function mib(bytes: number, whole = false): string {
  const m = bytes / 1048576;
  return whole && Number.isInteger(m) ? String(m) : m.toFixed(1);
}

/**
 * Decodes strict UTF-8 (a leading BOM is kept in the text). On failure, says where the
 * first invalid byte is: its 0-based byte offset and the 1-based line and column (UTF-16
 * code units, a BOM not counted) of the character it would have been.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: { message: string; byte: number; line: number; column: number } } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const byte = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byte)).replace(/^\uFEFF/, '');
    const lineStart = before.lastIndexOf('\n') + 1;
    let line = 1;
    for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const message = utf16 ? 'is UTF-16, not UTF-8' : `not valid UTF-8 (byte offset ${byte})`;
    return { error: { message, byte, line, column: before.length - lineStart + 1 } };
  }
}

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Well-formed sequences (Unicode Table 3-7): no overlongs, no surrogates, ≤ U+10FFFF.
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n >= bytes.length) return i; // truncated at the end of the file
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
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
      ENAMETOOLONG: 'the file name is too long',
      EMFILE: 'too many open files',
      ENOSPC: 'no space left on the device',
      EROFS: 'read-only file system',
      EIO: 'input/output error',
      ERR_FS_FILE_TOO_LARGE: 'the file is too large to read',
    };
    return map[err.code!] ?? err.message;
  }
  return e instanceof Error ? e.message : String(e);
}
