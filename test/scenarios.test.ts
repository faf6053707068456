/**
 * Scenario folders, discovered automatically: `test/scenarios/<name>/` holds `claims/`,
 * `sources/` and `expected.yaml`:
 *
 *   exit: 1                       # optional: the CLI's exit code
 *   results:
 *     - { claim: id, source: id, verdict: conflict, text: "more than 220,000" }
 *     - { claim: id, source: id, verdict: omission, reason: unreadable }
 *
 * `text` (optional) must be the words of one mention with that verdict (for agreement and
 * conflict). Pairs not listed are not asserted. The bundled corpus also has golden files
 * per format (test/golden/corpus.*); regenerate them with UPDATE_GOLDEN=1.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../src/check.js';
import { exitCode } from '../src/report/exit-code.js';
import { FORMAT_NAMES, formatters } from '../src/formatters/registry.js';
import { captureIo, ROOT, run } from './helpers/io.js';

interface Expected {
  exit?: number;
  results: { claim: string; source: string; verdict: string; text?: string; reason?: string }[];
}

const DIR = path.join(ROOT, 'test/scenarios');
const scenarios = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('scenario folders', () => {
  it('exist', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  describe.each(scenarios)('%s', (name) => {
    const dir = path.join(DIR, name);
    const expected = parse(readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as Expected;

    it('gives the expected verdicts', async () => {
      const { io } = captureIo(dir);
      const { report, problems } = await check(io, { claims: ['claims'], sources: ['sources'] });
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const got = new Map(report!.results.map((r) => [`${r.claim} @ ${r.source}`, r]));
      for (const e of expected.results) {
        const key = `${e.claim} @ ${e.source}`;
        const r = got.get(key);
        expect(r, `no result for ${key}`).toBeDefined();
        const summary = `${key}: ${r!.verdict} [${r!.mentions.map((m) => `${m.verdict}: ${m.text}`).join(' | ')}]`;
        expect(r!.verdict, summary).toBe(e.verdict);
        if (e.text !== undefined) expect(r!.mentions.some((m) => m.verdict === e.verdict && m.text === e.text), summary).toBe(true);
        if (e.reason !== undefined) expect(r!.reason, summary).toBe(e.reason);
      }
      if (expected.exit !== undefined) expect(exitCode(report, problems, 'conflict')).toBe(expected.exit);
    });
  });
});

describe('golden files for the bundled corpus, one per format', () => {
  it.each(FORMAT_NAMES)('%s', async (format) => {
    const r = await run(ROOT, ['-f', format, '--no-progress']);
    expect(r.code).toBe(1);
    const file = path.join(ROOT, `test/golden/corpus.${format}.${formatters[format].extension}`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, r.out);
    expect(r.out).toBe(readFileSync(file, 'utf8'));
  });
});
