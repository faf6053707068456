/**
 * kind: title (SPEC §2). The post a person holds: the title phrase attached to each
 * occurrence of the person (found by the name forms, near misses included) must contain
 * the claim's wording, without a rank modifier that changes the post.
 */
import type { Problem } from '../../core/problem.js';
import type { Span } from '../../core/span.js';
import type { AnalyzedSource } from '../../extract/analyzed-source.js';
import type { RoleLexicon } from '../../extract/roles.js';
import { readTitle } from '../../extract/titles.js';
import { matchName, nameForms, type NameForm, type NameMatch } from '../name/match.js';
import { NAME_STRING } from '../name/index.js';
import type { ClaimBase, Judgement, KindDef, KindEnv, Mention } from '../types.js';
import { compareTitle } from './compare.js';

export interface TitleClaim extends ClaimBase {
  readonly kind: 'title';
  readonly person: string;
  readonly aliases: readonly string[];
  readonly value: string;
  readonly variants: readonly string[];
  readonly forms: readonly NameForm[];
}

const WHITE_SPACE = /\s/;

/**
 * Occurrences of the person. A surname-only occurrence is attributed to the person only
 * when the most recent full name before it that ends in the same surname is the person's
 * (two people with one surname in an article: "Kelly" is the Kelly named last). A
 * courtesy title or a role word before the surname ("Mr Tillerson", "Secretary
 * Tillerson") does not make a full name.
 */
export function findPerson(claim: TitleClaim, doc: AnalyzedSource, roles: RoleLexicon): NameMatch[] {
  const matches = matchName(doc.nameRuns, claim.forms, doc.text);
  const runs = doc.nameRuns;
  // A form of more than one token (`split(/\s+/)` gives more than one piece: it has white space).
  const fullNames = matches.filter((m) => WHITE_SPACE.test(m.form));
  const isGivenName = (word: string): boolean => {
    const w = word.replace(/\.$/, '').toLowerCase();
    return !roles.courtesy.has(w) && !roles.isRole([w]) && roles.singular(w) === undefined;
  };
  const latestFullName = (surname: string, before: number): { start: number; end: number } | undefined => {
    for (let i = runs.length - 1; i >= 0; i--) {
      const r = runs[i]!;
      if (r.end > before) continue;
      for (let k = r.tokens.length - 1; k >= 1; k--) {
        if (r.tokens[k]!.text === surname && isGivenName(r.tokens[k - 1]!.text)) return { start: r.tokens[k - 1]!.start, end: r.tokens[k]!.end };
      }
    }
    return undefined;
  };
  return matches.filter((m) => {
    if (WHITE_SPACE.test(m.form) || claim.aliases.includes(m.form)) return true;
    const full = latestFullName(m.form, m.start);
    // No one else of that surname named in full before: the surname is the person's.
    return !full || fullNames.some((o) => o.start <= full.start && o.end >= full.end);
  });
}

export const title: KindDef<TitleClaim> = {
  kind: 'title',
  summary: "a person's title or post",
  schema: {
    properties: {
      person: NAME_STRING,
      aliases: { type: 'array', items: NAME_STRING },
      value: NAME_STRING,
      variants: { type: 'array', items: NAME_STRING },
    },
    required: ['person', 'value'],
  },
  prepare(raw, base): TitleClaim | Problem[] {
    const person = String(raw.person).trim();
    const aliases = ((raw.aliases as string[] | undefined) ?? []).map((a) => a.trim());
    return {
      ...base,
      kind: 'title',
      person,
      aliases,
      value: String(raw.value).trim(),
      variants: ((raw.variants as string[] | undefined) ?? []).map((v) => v.trim()),
      forms: nameForms(person, aliases),
    };
  },
  display: (c) => `${c.value} (${c.person})`,
  judge(claim, doc: AnalyzedSource, env: KindEnv): Judgement {
    const mentions: Mention[] = [];
    const context: Span[] = [];
    const seenPhrases = new Set<number>();
    for (const occ of findPerson(claim, doc, env.roles)) {
      const sentence = doc.sentenceOf(occ);
      const phrase = readTitle(doc.text, sentence, occ, env.roles);
      if (!phrase) {
        if (!context.some((c) => c.start === sentence.start)) context.push(sentence);
        continue;
      }
      if (seenPhrases.has(phrase.start)) continue; // "Justices Scalia and Thomas": one phrase, one mention per person
      seenPhrases.add(phrase.start);
      const cmp = compareTitle(phrase.text, claim.value, claim.variants, env.roles);
      if (cmp.verdict === 'past') {
        // A past post, not the claim's: says nothing of the title now (listed if nothing else is found).
        if (!context.some((c) => c.start === sentence.start)) context.push(sentence);
        continue;
      }
      mentions.push({
        start: phrase.start,
        end: phrase.end,
        verdict: cmp.verdict,
        code: cmp.verdict === 'agreement' ? 'title/agreement' : cmp.modifier ? 'title/modifier' : 'title/conflict',
        sentence,
        expected: claim.value,
        found: phrase.text,
        tiedBy: `attached to "${occ.text}"${occ.verdict === 'conflict' ? ` (a misspelling of "${occ.form}")` : ''}`,
      });
    }
    return mentions.length ? { mentions } : { mentions, context };
  },
  message(m, claim) {
    if (m.verdict === 'agreement') return `calls ${claim.person} "${m.found}", consistent with the claim "${claim.value}"`;
    return `calls ${claim.person} "${m.found}"; the claim is "${claim.value}"`;
  },
};
