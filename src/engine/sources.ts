/**
 * Listing the articles of a run without reading them (so a run can stream over them, and a
 * shard reads only its own), and reading one. The rules are `sources/load.ts`'s (SPEC §1):
 * `.txt`/`.md` files under the sources paths, the id is the path without extension, two
 * files with one id are an error, a file over the size limit or unreadable is an error.
 */
import { errText, mib, NOT_REGULAR, type Io } from '../core/io.js';
import type { Problem } from '../core/problem.js';
import { findFiles } from '../core/walk.js';
import { MAX_SOURCE_BYTES, SOURCE_EXTENSIONS, sourceId } from '../sources/load.js';

/** An article to read. */
export interface ArticleFile {
  readonly id: string;
  /** Path for reports, relative to the working folder. */
  readonly display: string;
  readonly abs: string;
}

/** Every article under `paths`, sorted by id (code units), and the problems met listing them. */
export async function listArticles(io: Io, paths: readonly string[]): Promise<{ files: ArticleFile[]; problems: Problem[] }> {
  const { files, problems } = await findFiles(io, paths, SOURCE_EXTENSIONS, 'sources');
  const byId = new Map<string, ArticleFile>();
  for (const f of files) {
    const id = sourceId(f.rel);
    const twin = byId.get(id);
    if (twin) {
      problems.push({ code: 'sources/duplicate-id', severity: 'error', file: f.display, message: `source id "${id}" is also the id of ${twin.display}`, hint: 'rename one of the files' });
      continue;
    }
    byId.set(id, { id, display: f.display, abs: f.abs });
  }
  const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { files: sorted, problems };
}

/** Reads an article's bytes, or says why it cannot (as `loadSources` does, message for message). */
export async function readArticle(io: Io, f: ArticleFile): Promise<{ bytes: Uint8Array } | { problem: Problem }> {
  const tooLarge = (size: number): { problem: Problem } => ({
    problem: {
      code: 'sources/too-large',
      severity: 'error',
      file: f.display,
      message: `article is ${mib(size)} MiB; the limit is ${mib(MAX_SOURCE_BYTES, true)} MiB`,
      hint: 'split the file into articles',
    },
  });
  let bytes: Uint8Array;
  try {
    const st = await io.fs.stat(f.abs);
    // Never open a FIFO, a socket or a device: reading one may block for ever.
    if (!st.isFile()) return { problem: { code: 'sources/unreadable', severity: 'error', file: f.display, message: NOT_REGULAR } };
    if (st.size > MAX_SOURCE_BYTES) return tooLarge(st.size);
    bytes = await io.fs.readFile(f.abs);
  } catch (e) {
    return { problem: { code: 'sources/unreadable', severity: 'error', file: f.display, message: `cannot read article: ${errText(e)}` } };
  }
  if (bytes.length > MAX_SOURCE_BYTES) return tooLarge(bytes.length); // it grew after it was measured
  return { bytes };
}
