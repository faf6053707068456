/**
 * Streaming a run over its articles: read a batch of articles, hand it to a worker thread
 * (or judge it in this thread), keep what comes back — article metadata and non-absent
 * results — and drop the bytes. At most a few batches are in memory at once, whatever the
 * number of articles. What comes back is ordered by the articles' place in the run, so the
 * outcome never depends on the number of workers or on which finished first.
 *
 * Worker threads run compiled JavaScript: the worker entry is looked for next to this
 * module (`dist/engine/worker.js` when crosscheck runs from `dist/`). Where it is absent —
 * the TypeScript sources under a test runner — the articles are judged in this thread,
 * with the same code.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import type { Io } from '../core/io.js';
import type { Problem } from '../core/problem.js';
import { judgeBatch, type BatchTask, type EngineContext, type SourceOutcome, type WorkerInit } from './judge.js';
import { readArticle, type ArticleFile } from './sources.js';

/** The worker entry, next to this module once compiled. */
const WORKER = new URL('./worker.js', import.meta.url);

/** True when worker threads can be used (the compiled worker entry exists). */
export function workersAvailable(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/** A batch is sent when it holds this many bytes or articles. */
const BATCH_BYTES = 256 * 1024;
const BATCH_ARTICLES = 48;

/** Below this many articles, starting threads (each reads the claims again) costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 500;

/**
 * How many worker threads a run of `files` articles should use when the caller did not
 * say: one per core, none for a small run or a one-core machine.
 */
export function defaultWorkers(files: number): number {
  const cores = availableParallelism();
  if (files < MIN_ARTICLES_FOR_WORKERS || cores < 2) return 0;
  return cores;
}

export interface JudgeOptions {
  /** Worker threads; 0 judges the articles in this thread. */
  readonly workers: number;
  /** For worker threads: the claim files and roles. */
  readonly init: WorkerInit;
  /** For this thread: the run's context, built on first need. */
  readonly context: () => EngineContext;
  /** Only read and parse the articles (the run has input errors already: report theirs too). */
  readonly parseOnly?: boolean;
  /** Called as articles are done (in completion order). */
  readonly onProgress?: (done: number, total: number, sourceId: string) => void;
}

export interface JudgedArticles {
  /** One per article that was read, in the run's order. */
  readonly outcomes: SourceOutcome[];
  /** Problems reading, parsing and judging the articles, in the run's order. */
  readonly problems: Problem[];
  /** Worker threads used (0: this thread). */
  readonly workers: number;
}

/** Reads and judges `files` (already sorted and sharded). */
export async function judgeArticles(io: Io, files: readonly ArticleFile[], options: JudgeOptions): Promise<JudgedArticles> {
  const workers = options.workers > 0 && workersAvailable() ? options.workers : 0;
  const pool = workers > 0 ? new Tinypool({ filename: WORKER.href, minThreads: workers, maxThreads: workers, workerData: options.init }) : undefined;
  const outcomes: SourceOutcome[] = [];
  const readProblems: { order: number; problem: Problem }[] = [];
  let done = 0;
  const finish = (batch: readonly SourceOutcome[], items: BatchTask['items']): void => {
    outcomes.push(...batch);
    for (const it of items) options.onProgress?.(++done, files.length, it.id);
  };
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const send = async (task: BatchTask): Promise<void> => {
    if (!pool) {
      finish(judgeBatch(task.parseOnly ? undefined : options.context(), task), task.items);
      // Let the event loop breathe (a progress spinner, I/O) between batches.
      await new Promise((resolve) => setImmediate(resolve));
      return;
    }
    const p = (pool.run(task, { transferList: [task.buffer] }) as Promise<SourceOutcome[]>).then(
      (batch) => finish(batch, task.items),
      (e: unknown) => {
        failure ??= e;
      },
    );
    const tracked = p.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    while (inFlight.size >= 2 * workers) await Promise.race(inFlight);
  };
  try {
    let batch: { order: number; file: ArticleFile; bytes: Uint8Array }[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const buffer = new Uint8Array(size);
      const items: { order: number; id: string; display: string; offset: number; length: number }[] = [];
      let at = 0;
      for (const b of batch) {
        buffer.set(b.bytes, at);
        items.push({ order: b.order, id: b.file.id, display: b.file.display, offset: at, length: b.bytes.length });
        at += b.bytes.length;
      }
      batch = [];
      size = 0;
      await send({ buffer: buffer.buffer, items, ...(options.parseOnly ? { parseOnly: true } : {}) });
    };
    // Read a few files at a time: the disk works while the threads judge.
    const READ_AHEAD = 8;
    for (let start = 0; start < files.length && failure === undefined; start += READ_AHEAD) {
      const slice = files.slice(start, start + READ_AHEAD);
      const read = await Promise.all(slice.map((f) => readArticle(io, f)));
      for (let k = 0; k < slice.length; k++) {
        const r = read[k]!;
        const order = start + k;
        if ('problem' in r) {
          readProblems.push({ order, problem: r.problem });
          options.onProgress?.(++done, files.length, slice[k]!.id);
          continue;
        }
        batch.push({ order, file: slice[k]!, bytes: r.bytes });
        size += r.bytes.length;
        if (size >= BATCH_BYTES || batch.length >= BATCH_ARTICLES) await flush();
      }
    }
    await flush();
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
  }
  if (failure !== undefined) throw failure;
  outcomes.sort((a, b) => a.order - b.order);
  for (const o of outcomes) for (const problem of o.problems) readProblems.push({ order: o.order, problem });
  readProblems.sort((a, b) => a.order - b.order); // stable: an article's own problems keep their order
  return { outcomes, problems: readProblems.map((r) => r.problem), workers };
}
