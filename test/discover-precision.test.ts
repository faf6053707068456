/**
 * Precision and recall of `crosscheck discover` on small multi-outlet corpora
 * (test/fixtures/discover/<story>/): articles in the styles of different outlets, with
 * discrepancies planted among plenty of agreeing noise, listed in `expected.yaml`.
 *
 * A disagreement proposal is **real** when it matches a planted discrepancy: the same kind,
 * and each of the planted `texts` found in a different piece of the proposal's evidence (the
 * articles' own words). Precision = real proposals ÷ disagreement proposals; recall =
 * planted discrepancies proposed ÷ planted. A planted discrepancy marked `known-miss` (with
 * the reason) is not required, but still counts against recall.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindEnv } from '../src/check.js';
import { claimFile } from '../src/discover/claims.js';
import { discover, type Proposal } from '../src/discover/index.js';
import { loadSources } from '../src/sources/load.js';
import { captureIo, ROOT } from './helpers/io.js';

interface Planted {
  kind: string;
  texts: string[];
  'known-miss'?: string;
}

const FIXTURES = path.join(ROOT, 'test/fixtures/discover');
const stories = readdirSync(FIXTURES).filter((d) => !d.startsWith('.')).sort();

/** Each planted text in a different piece of evidence (an exact match preferred). */
function matches(p: Proposal, planted: Planted): boolean {
  if (p.kind !== planted.kind) return false;
  const pieces = p.readings.flatMap((r) => r.evidence.map((e) => e.text));
  return planted.texts.every((t) => {
    let i = pieces.indexOf(t);
    if (i < 0) i = pieces.findIndex((x) => x.includes(t));
    if (i < 0) return false;
    pieces.splice(i, 1);
    return true;
  });
}

interface Score {
  story: string;
  proposed: number;
  real: number;
  planted: number;
  found: number;
  missed: Planted[];
  falsePositives: string[];
  proposals: Proposal[];
}

async function score(story: string): Promise<Score> {
  const { sources, problems } = await loadSources(captureIo(ROOT).io, [path.join(FIXTURES, story, 'sources')]);
  expect(problems).toEqual([]);
  const planted = (parse(readFileSync(path.join(FIXTURES, story, 'expected.yaml'), 'utf8')) as { planted: Planted[] }).planted;
  const proposals = discover(sources).proposals;
  const dis = proposals.filter((p) => p.status === 'disagreement');
  const real = dis.filter((p) => planted.some((x) => matches(p, x)));
  const found = planted.filter((x) => dis.some((p) => matches(p, x)));
  return {
    story,
    proposed: dis.length,
    real: real.length,
    planted: planted.length,
    found: found.length,
    missed: planted.filter((x) => !found.includes(x)),
    falsePositives: dis.filter((p) => !real.includes(p)).map((p) => `${p.kind} ${p.subject}: ${p.summary}`),
    proposals,
  };
}

const scores = new Map<string, Score>();

describe('discover on the fixture corpora', () => {
  it.each(stories)('%s: finds what was planted, proposes no false disagreement, writes valid claims', async (story) => {
    const s = await score(story);
    scores.set(story, s);
    expect(s.falsePositives).toEqual([]);
    expect(s.missed.filter((x) => !x['known-miss'])).toEqual([]);
    // Disagreements come first.
    const firstAgreement = s.proposals.findIndex((p) => p.status === 'agreement');
    if (firstAgreement >= 0) expect(s.proposals.slice(firstAgreement).every((p) => p.status === 'agreement')).toBe(true);
    const file = claimFile({ proposals: s.proposals, sources: [] }, kindEnv());
    expect(file.problems).toEqual([]);
    expect(file.droppedClaims).toEqual([]);
    expect(file.claims).toBe(s.proposals.length);
  });

  it('precision and recall over every story', async () => {
    for (const story of stories) if (!scores.has(story)) scores.set(story, await score(story));
    const all = [...scores.values()];
    const sum = (f: (s: Score) => number): number => all.reduce((n, s) => n + f(s), 0);
    const precision = sum((s) => s.real) / sum((s) => s.proposed);
    const recall = sum((s) => s.found) / sum((s) => s.planted);
    const table = all.map((s) => `${s.story}: ${s.real}/${s.proposed} real, ${s.found}/${s.planted} found`).join('; ');
    expect(precision, table).toBeGreaterThanOrEqual(0.95);
    expect(recall, table).toBeGreaterThanOrEqual(0.85);
    // The written claims reproduce their groups when checked (the round trip). Those that do
    // not are marked; most are readers' limits (a bare weekday read as the nearest one, not
    // by tense; a title phrase read too short or too long).
    const proposals = all.flatMap((s) => s.proposals);
    const reproduced = proposals.filter((p) => p.reproduced).length / proposals.length;
    expect(reproduced, `${proposals.filter((p) => !p.reproduced).map((p) => p.id).join(', ')}`).toBeGreaterThanOrEqual(0.85);
    for (const p of proposals) if (!p.reproduced) expect(p.checkIssues?.length, p.id).toBeGreaterThan(0);
  });
});
