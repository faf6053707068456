import ora from 'ora';
import type { Io } from '../core/io.js';

export interface Progress {
  update(text: string): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

/** An ora spinner on stderr, only on a terminal, outside CI, and unless --no-progress. */
export function startProgress(io: Io, wanted: boolean, text: string): Progress {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  if (!wanted || ci || io.stderr.isTTY !== true) return NONE;
  const spinner = ora({ text, stream: io.stderr as NodeJS.WritableStream, discardStdin: false }).start();
  let last = 0;
  return {
    update(t) {
      const now = Date.now();
      if (now - last < 80) return; // repainting faster than the eye is wasted work
      last = now;
      spinner.text = t;
    },
    stop() {
      spinner.stop();
    },
  };
}
