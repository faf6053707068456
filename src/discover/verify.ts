/**
 * The round trip: each proposed claim is judged against every article by its own kind
 * (`kinds/<kind>.judge`, exactly as `crosscheck check` will), and compared with what the
 * proposal says the articles state.
 *
 * - A cue claim (quantity, date) whose cues also pick a figure or date in a sentence that is
 *   not the group's (the cue "killed" in "The 2009 L'Aquila earthquake … killed 309") gets
 *   an `exclude` term: the rarest word of that sentence that none of the group's sentences
 *   has. Up to four rounds.
 * - The proposal is **reproduced** when checking its claim gives a conflict in every article
 *   of a disagreeing reading, agreement where the readings agree, and no other conflict.
 *   A proposal that is not reproduced is still listed (its readings are what the articles
 *   say), marked, so the editor knows the written claim needs its cues or value refined.
 */
import { foldString } from '../core/fold.js';
import type { Span } from '../core/span.js';
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { kindOf } from '../kinds/registry.js';
import type { ClaimBase, KindEnv, Mention } from '../kinds/types.js';
import type { Corpus } from './corpus.js';
import type { Proposal, ProposedClaim } from './types.js';
import { isContent, stem, wordsIn } from './words.js';

export interface Verified {
  readonly proposal: Proposal;
  /** Whether `check` with the proposed claim gives the verdicts the proposal shows. */
  readonly reproduced: boolean;
  /** What checking the claim finds that the proposal does not show, for people. */
  readonly issues: readonly string[];
}

const MAX_ROUNDS = 4;

function judgeAll(corpus: Corpus, claim: ProposedClaim, env: KindEnv): { doc: AnalyzedSource; mentions: Mention[] }[] | undefined {
  const raw: Record<string, unknown> = { id: claim.id, kind: claim.kind, subject: claim.subject };
  for (const [k, v] of claim.fields) raw[k] = v;
  const base: ClaimBase = { id: claim.id, kind: claim.kind, subject: claim.subject, severity: 'error', required: false, examples: [], file: 'discovered.yaml', line: 1, column: 1 };
  const kind = kindOf(claim.kind);
  const prepared = kind.prepare(raw, base, () => ({ line: 1, column: 1 }), env);
  if (Array.isArray(prepared)) return undefined;
  return corpus.docs.map((doc) => ({ doc, mentions: kind.judge(prepared, doc, env).mentions }));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Judges, refines exclude terms, and reports whether the proposal is reproduced. */
export function verifyProposal(corpus: Corpus, proposal: Proposal, env: KindEnv): Verified {
  const evidence = proposal.readings.flatMap((r) => r.evidence.map((e) => ({ r, e, span: { start: e.offset, end: e.offset + e.length } })));
  const ownSentences = new Set(evidence.map((x) => `${x.e.source}\0${x.e.sentence}`));
  const ownWords = new Set<string>();
  for (const x of evidence) for (const w of wordsIn(x.e.sentence, 0, x.e.sentence.length)) ownWords.add(w.f);
  const cueKind = proposal.kind === 'quantity' || proposal.kind === 'date';
  let claim = proposal.claim;
  for (let round = 0; ; round++) {
    const judged = judgeAll(corpus, claim, env);
    if (!judged) return { proposal: { ...proposal, claim }, reproduced: false, issues: ['the proposed claim could not be prepared'] };
    const issues: string[] = [];
    const spills: { doc: AnalyzedSource; sentence: Span }[] = [];
    const confirmed = new Set<string>();
    for (const { doc, mentions } of judged) {
      for (const m of mentions) {
        const own = evidence.find((x) => x.e.source === doc.source.id && overlaps(x.span, m));
        if (own) {
          const want = own.r.agrees ? 'agreement' : 'conflict';
          if (m.verdict !== want) issues.push(`${doc.source.path}:${doc.source.position(m.start).line}: reads "${doc.text.slice(m.start, m.end)}" as ${m.verdict}`);
          else confirmed.add(`${own.e.source}\0${own.r.label}`);
          continue;
        }
        if (m.verdict !== 'conflict') continue;
        const sentenceText = doc.text.slice(m.sentence.start, m.sentence.end).replace(/\s+/gu, ' ').trim();
        if (ownSentences.has(`${doc.source.id}\0${sentenceText}`)) {
          issues.push(`${doc.source.path}:${doc.source.position(m.start).line}: reads "${doc.text.slice(m.start, m.end)}", not the group's figure, in the same sentence`);
        } else {
          spills.push({ doc, sentence: m.sentence });
          issues.push(`${doc.source.path}:${doc.source.position(m.start).line}: also reads "${doc.text.slice(m.start, m.end)}" (conflict)`);
        }
      }
    }
    for (const r of proposal.readings) {
      if (r.agrees) continue;
      for (const s of r.sources) if (!confirmed.has(`${s}\0${r.label}`)) issues.push(`${s}: "${r.label}" gives no conflict`);
    }
    if (issues.length === 0) return { proposal: { ...proposal, claim }, reproduced: true, issues };
    if (!cueKind || spills.length === 0 || round >= MAX_ROUNDS) return { proposal: { ...proposal, claim }, reproduced: false, issues: [...new Set(issues)] };
    // Exclude each spilling sentence by its rarest word the group's sentences do not have.
    const exclude = new Set(((claim.fields.find(([k]) => k === 'exclude')?.[1] as readonly string[] | undefined) ?? []).map((x) => x));
    const cues = new Set(((claim.fields.find(([k]) => k === 'cues')?.[1] as readonly string[] | undefined) ?? []).map((x) => foldString(x)));
    let added = false;
    for (const s of spills) {
      const words = wordsIn(s.doc.text, s.sentence.start, s.sentence.end).filter((w) => isContent(w) && !/\p{N}/u.test(w.f) && !ownWords.has(w.f) && !cues.has(w.f));
      words.sort((a, b) => corpus.idf(stem(b.f)) - corpus.idf(stem(a.f)) || (a.f < b.f ? -1 : 1));
      const pick = words[0];
      if (pick && ![...exclude].some((x) => foldString(x) === pick.f)) {
        exclude.add(pick.raw);
        added = true;
      }
    }
    if (!added) return { proposal: { ...proposal, claim }, reproduced: false, issues: [...new Set(issues)] };
    const fields = claim.fields.filter(([k]) => k !== 'exclude');
    claim = { ...claim, fields: [...fields, ['exclude', [...exclude]]] };
  }
}
