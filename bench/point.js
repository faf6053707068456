/**
 * One point of the benchmark grid, in a process of its own (so that its peak memory is its
 * own): runs crosscheck's check up to its judgements (`scan`, what `check` does before it
 * writes out the report's absent omissions) over a generated corpus, and prints one line of
 * JSON. Usage: node bench/point.js <corpus folder> <claims file> [workers]
 */
import { cpuUsage, memoryUsage, resourceUsage } from 'node:process';
import { nodeIo } from '../dist/index.js';
import { scan } from '../dist/check.js';

const [dir, claims, workersArg] = process.argv.slice(2);
const io = { ...nodeIo(process), cwd: dir };
const cpu0 = cpuUsage();
const t0 = performance.now();
const { scan: s, problems } = await scan(io, {
  claims: [claims],
  sources: ['sources'],
  ...(workersArg !== undefined && workersArg !== 'auto' ? { workers: Number(workersArg) } : {}),
});
const ms = performance.now() - t0;
const cpu = cpuUsage(cpu0);
if (!s) {
  console.error(problems.slice(0, 5));
  process.exit(2);
}
const counts = { agreement: 0, conflict: 0, unreadable: 0 };
for (const r of s.results) counts[r.verdict === 'omission' ? 'unreadable' : r.verdict]++;
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // Peak resident set of the whole process (worker threads included), bytes.
    peakRss: resourceUsage().maxRSS * 1024,
    heapUsed: memoryUsage().heapUsed,
    articles: s.sources.length,
    chars: s.chars,
    pairs: s.pairs,
    judged: s.judged,
    results: s.results.length,
    ...counts,
    workers: s.workers,
  }),
);
