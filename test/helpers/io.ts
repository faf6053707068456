import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nodeFs, type Io } from '../../src/core/io.js';
import { main } from '../../src/cli/main.js';

/** A fresh temporary folder with the given files (paths relative to it). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

export interface Captured {
  io: Io;
  out: () => string;
  err: () => string;
}

/** An Io on the real file system rooted at `cwd`, capturing stdout and stderr. */
export function captureIo(cwd: string, env: Record<string, string | undefined> = {}, today = '2017-03-01'): Captured {
  let out = '';
  let err = '';
  const io: Io = {
    fs: nodeFs,
    stdout: { write: (s: string) => ((out += s), true), isTTY: false, columns: 100 },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    env: { NO_COLOR: '1', ...env },
    cwd,
    today: () => today,
  };
  return { io, out: () => out, err: () => err };
}

/** Runs the CLI in process. */
export async function run(cwd: string, argv: string[], env?: Record<string, string | undefined>): Promise<{ code: number; out: string; err: string }> {
  const c = captureIo(cwd, env);
  const code = await main(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** The repository root (for the bundled claims and sources). */
export const ROOT = path.resolve(import.meta.dirname, '../..');
