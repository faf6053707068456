/**
 * Proposals as a claim file (`crosscheck discover --write`): valid claims (SPEC §2) that
 * `crosscheck validate` accepts, with examples taken from the articles. Where the articles
 * disagree, the value is the proposal's pick and a `# confirm: …` comment after it says what
 * the articles say, for the editor to settle.
 *
 * The file is checked before it is returned: it is parsed and validated by the claim
 * loader, and every example is judged as `validate` judges it. An example that does not
 * give its verdict on its own (a sentence whose date is relative — "met yesterday" means
 * nothing without the article's date) is left out; a claim the loader rejects is left out.
 */
import { stringify } from 'yaml';
import { runExamples } from '../claims/examples.js';
import { parseClaims } from '../claims/load.js';
import type { Problem } from '../core/problem.js';
import type { KindEnv } from '../kinds/types.js';
import type { Discovery, Proposal, ProposedClaim } from './types.js';

export interface ClaimFile {
  /** The YAML text. */
  readonly text: string;
  /** Claims written. */
  readonly claims: number;
  /** Examples left out because they did not give their verdict on their own. */
  readonly droppedExamples: number;
  /** Proposals left out because the loader rejected their claim (ids). */
  readonly droppedClaims: readonly string[];
  /** Problems the final file still has (empty unless crosscheck has a bug). */
  readonly problems: readonly Problem[];
}

function scalar(v: string | number): string {
  if (typeof v === 'number') return String(v);
  return stringify(v, { lineWidth: 0 }).replace(/\n$/u, '');
}

/** A comment: one line, no control characters. */
function comment(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ');
}

interface Rendered {
  readonly text: string;
  /** Claim id → [first line, last line], 1-based. */
  readonly lines: Map<string, [number, number]>;
}

function render(proposals: readonly { p: Proposal; claim: ProposedClaim }[], header: readonly string[]): Rendered {
  const out: string[] = header.map((h) => `# ${comment(h)}`);
  out.push('claims:');
  const lines = new Map<string, [number, number]>();
  proposals.forEach(({ p, claim }, i) => {
    if (i > 0) out.push('');
    out.push(`  # ${i + 1}. ${p.kind}, ${p.status}: ${comment(p.summary)}`);
    if (p.reproduced === false) {
      out.push('  # check: checking this claim does not give exactly these verdicts; refine its cues or value:');
      for (const issue of (p.checkIssues ?? []).slice(0, 3)) out.push(`  #   ${comment(issue)}`);
    }
    const first = out.length + 1;
    out.push(`  - id: ${scalar(claim.id)}`);
    out.push(`    kind: ${claim.kind}`);
    out.push(`    subject: ${scalar(claim.subject)}`);
    for (const [key, value] of claim.fields) {
      if (Array.isArray(value)) {
        out.push(`    ${key}:`);
        for (const v of value as readonly string[]) out.push(`      - ${scalar(v)}`);
      } else {
        const c = key === 'value' && claim.confirm ? `  # ${comment(claim.confirm)}` : '';
        out.push(`    ${key}: ${scalar(value as string | number)}${c}`);
      }
    }
    if (claim.note) out.push(`    note: ${scalar(claim.note)}`);
    if (claim.examples.length) {
      out.push('    examples:');
      for (const ex of claim.examples) {
        out.push(`      - text: ${scalar(ex.text)}`);
        out.push(`        verdict: ${ex.verdict}`);
      }
    }
    lines.set(claim.id, [first, out.length]);
  });
  return { text: `${out.join('\n')}\n`, lines };
}

/**
 * Renders the discovery's proposals as one claim file, checked as `crosscheck validate`
 * checks it. `file` is the name problems are reported under.
 */
export function claimFile(discovery: Discovery, env: KindEnv, file = 'discovered.yaml'): ClaimFile {
  let items = discovery.proposals.map((p) => ({ p, claim: p.claim }));
  const header = [
    `Claims proposed by \`crosscheck discover\` from ${discovery.sources.length} article${discovery.sources.length === 1 ? '' : 's'}.`,
    'Disagreements come first: their values are proposals; settle each "confirm" before relying on it.',
    'Every example below is a sentence from the articles and gives its verdict (checked when written).',
  ];
  let droppedExamples = 0;
  const droppedClaims: string[] = [];
  for (let round = 0; round < 8; round++) {
    if (items.length === 0) break;
    const { text, lines } = render(items, header);
    const loaded = parseClaims([{ file, text }], env);
    const problems = [...loaded.problems, ...runExamples(loaded.claims, env)].filter((p) => p.severity === 'error');
    if (problems.length === 0) return { text, claims: items.length, droppedExamples, droppedClaims, problems: [] };
    const badExamples = new Map<string, Set<number>>();
    const badClaims = new Set<string>();
    for (const prob of problems) {
      const ex = /^example (\d+) of claim "([^"]+)"/u.exec(prob.message);
      if (prob.code === 'claims/example-failed' && ex) {
        (badExamples.get(ex[2]!) ?? badExamples.set(ex[2]!, new Set()).get(ex[2]!)!).add(Number(ex[1]) - 1);
        continue;
      }
      const id = [...lines.entries()].find(([, [a, b]]) => prob.line !== undefined && prob.line >= a && prob.line <= b)?.[0];
      if (id) badClaims.add(id);
      else return { text, claims: items.length, droppedExamples, droppedClaims, problems };
    }
    items = items
      .filter(({ claim }) => {
        if (!badClaims.has(claim.id)) return true;
        droppedClaims.push(claim.id);
        return false;
      })
      .map(({ p, claim }) => {
        const bad = badExamples.get(claim.id);
        if (!bad) return { p, claim };
        droppedExamples += bad.size;
        return { p, claim: { ...claim, examples: claim.examples.filter((_, k) => !bad.has(k)) } };
      });
  }
  if (items.length === 0) return { text: '', claims: 0, droppedExamples, droppedClaims, problems: [] };
  const { text } = render(items, header);
  const loaded = parseClaims([{ file, text }], env);
  const problems = [...loaded.problems, ...runExamples(loaded.claims, env)].filter((p) => p.severity === 'error');
  return { text, claims: items.length, droppedExamples, droppedClaims, problems };
}
