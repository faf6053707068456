/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers.
 *
 * Mapping (SPEC §3, §4):
 * - Only findings become results: conflicts, and omissions of `required` claims. Agreements
 *   and plain omissions are not results.
 * - One result per finding, i.e. per (claim, source) pair. Its `locations` are every
 *   conflicting mention in the article, in document order — to resolve the finding the
 *   editor must fix each of them (SARIF §3.27.12: several locations when the problem can
 *   only be corrected by changing all of them). Viewers that show one location use the
 *   first. An omission has no words to point at: its location is the article, no region.
 * - `ruleId` is the finding code: the first conflicting mention's `code`
 *   (`quantity/conflict`, `name/near-miss`, …) or `omission/required`. The driver lists a
 *   rule for every known code and for any other code the report uses.
 * - `level` comes from the claim's severity (`error` / `warning`). A waived finding keeps
 *   its level and carries `suppressions: [{ kind: 'external', justification }]` (the waiver
 *   lives outside the source), which code-scanning tools treat as dismissed.
 * - `partialFingerprints` holds the report's stable fingerprint, so alerts survive edits
 *   elsewhere in the article.
 * - `relatedLocations`: the claim in its YAML file, then (unreadable omissions) the
 *   sentences the checker looked at.
 * - Regions count UTF-16 code units (`run.columnKind`), `endColumn` exclusive, plus
 *   `charOffset`/`charLength` from the report's offsets.
 * - `report.problems` (input errors, expired or unused waivers) are
 *   `invocations[0].toolExecutionNotifications`; any error problem makes
 *   `executionSuccessful` false.
 * Paths are relative URI references with `uriBaseId: '%SRCROOT%'`, never absolute, so the
 * output is byte-identical across machines.
 */
import type { Problem } from '../core/problem.js';
import type { Report, ReportClaim, ReportMention, ReportResult } from '../report/types.js';
import { conflictMentions, diffBrackets, findingCode, pathToUri } from './escape.js';
import type { Formatter } from './types.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

interface RuleDoc {
  readonly name: string;
  readonly short: string;
  readonly help: string;
}

/** Help for the finding codes the kinds emit (SPEC §2). Unknown codes get a generic text. */
const RULES: Record<string, RuleDoc> = {
  'quantity/conflict': {
    name: 'QuantityConflict',
    short: 'The article states a number that disagrees with the claim.',
    help:
      'A cue sentence for the claim states a figure whose interval (after qualifiers such as "about", ' +
      '"more than", "nearly") does not intersect the claim\'s value ± tolerance. Check the figure ' +
      'against the claim\'s reference; if the article is right, fix the claim; if the difference is ' +
      'accepted, add a waiver.',
  },
  'date/conflict': {
    name: 'DateConflict',
    short: 'The article gives a date that disagrees with the claim.',
    help:
      'A cue sentence for the claim names a date (absolute, or relative to the publication date, ' +
      'such as "yesterday" or "last Thursday") whose days do not overlap the claim\'s date. Check the ' +
      'article\'s publication date and the wording.',
  },
  'name/near-miss': {
    name: 'NameNearMiss',
    short: 'A name is spelled almost, but not exactly, like the claim.',
    help:
      'The article contains a run of capitalised words within one or two edits (a letter, an accent, ' +
      'a swap) of a correct form of the name. Correct the spelling, or add the spelling to the ' +
      'claim\'s variants if it is also correct.',
  },
  'title/conflict': {
    name: 'TitleConflict',
    short: 'A person is given a title that disagrees with the claim.',
    help:
      'A title phrase attached to the person (before the name, or as an appositive) does not contain ' +
      'the claim\'s title or a variant. Correct the title, or add the wording to the claim\'s variants.',
  },
  'title/modifier': {
    name: 'TitleModifier',
    short: 'A title carries a rank modifier the claim does not have.',
    help:
      'The title attached to the person contains the claim\'s title but adds a rank modifier such as ' +
      '"former", "deputy", "acting", "vice" or "interim" ("former ambassador to China" for ' +
      '"ambassador to China"). Check whether the person still holds the post; correct the article or the claim.',
  },
  'quote/altered': {
    name: 'QuoteAltered',
    short: 'A quotation differs from the claim\'s words.',
    help:
      'A passage of the article is similar (60% of the words or more) to the claim\'s quotation but not ' +
      'identical after normalising quotation marks, dashes, spacing and case. Restore the exact words, ' +
      'or paraphrase without quotation marks.',
  },
  'omission/required': {
    name: 'RequiredOmission',
    short: 'The article does not mention a claim marked required.',
    help:
      'The claim is `required: true`, so every article it applies to must mention it. Either nothing ' +
      'in the article matched the claim\'s cues, name or quotation (absent), or the cue sentences were ' +
      'found but no value could be read in them (unreadable; the sentences are listed as related ' +
      'locations).',
  },
};

function genericRule(code: string): RuleDoc {
  const [kind = code, what = 'finding'] = code.split('/');
  const words = `${kind} ${what}`.replace(/[-_]/g, ' ');
  return {
    name: words.replace(/(^|\s)(\w)/g, (_, __, c: string) => c.toUpperCase()).replace(/\s+/g, ''),
    short: `A ${words} between the article and the claim.`,
    help: `The article disagrees with the claim (${code}). See the claim\'s reference and the mention\'s message.`,
  };
}


type Json = Record<string, unknown>;

function region(m: ReportMention): Json {
  return {
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    charOffset: m.offset,
    charLength: m.length,
    snippet: { text: m.text },
  };
}

function artifact(path: string): Json {
  return { uri: pathToUri(path), uriBaseId: SRCROOT };
}

function claimText(claim: ReportClaim | undefined, id: string): string {
  if (claim === undefined) return `claim ${id}`;
  return `claim ${id}${claim.subject ? ` (${claim.subject})` : ''}: ${claim.value}`;
}

function resultMessage(r: ReportResult, claim: ReportClaim | undefined): Json {
  const subject = claim?.subject ?? claim?.value ?? r.claim;
  if (r.verdict === 'omission') {
    const why =
      r.reason === 'unreadable'
        ? 'cue sentences were found but no value could be read in them'
        : 'nothing in the article matches it';
    return { text: `does not mention ${subject} (claim ${r.claim}, required): ${why}` };
  }
  const ms = conflictMentions(r);
  const first = ms[0];
  let text = first ? first.message : 'conflicts with the claim';
  if (first?.diff) text += ` [${diffBrackets(first.diff)}]`;
  if (ms.length > 1) text += `; ${ms.length - 1} more conflicting mention${ms.length > 2 ? 's' : ''} in this article`;
  text += ` (claim ${r.claim}: ${subject})`;
  return { text };
}

function notification(p: Problem): Json {
  const n: Json = {
    level: p.severity,
    message: { text: p.hint ? `${p.message} (${p.hint})` : p.message },
    descriptor: { id: p.code },
  };
  if (p.file !== undefined) {
    const physicalLocation: Json = { artifactLocation: artifact(p.file) };
    if (p.line !== undefined) {
      physicalLocation['region'] = p.column !== undefined ? { startLine: p.line, startColumn: p.column } : { startLine: p.line };
    }
    n['locations'] = [{ physicalLocation }];
  }
  return n;
}

function kindOfCode(code: string): string {
  return code.split('/')[0] ?? code;
}

function render(report: Report): string {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const findings = report.results.filter((r) => r.finding);

  const codes = new Set<string>(Object.keys(RULES));
  for (const r of findings) codes.add(findingCode(r, claims.get(r.claim)?.kind));
  const ruleIds = [...codes].sort();
  const rules = ruleIds.map((id) => {
    const doc = RULES[id] ?? genericRule(id);
    return {
      id,
      name: doc.name,
      shortDescription: { text: doc.short },
      fullDescription: { text: doc.help },
      help: { text: doc.help, markdown: `**${doc.short}**\n\n${doc.help}` },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['fact-check', kindOfCode(id)] },
    };
  });
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const results = findings.map((r) => {
    const claim = claims.get(r.claim);
    const path = sources.get(r.source)?.path ?? r.source;
    const ruleId = findingCode(r, claim?.kind);
    const ms = conflictMentions(r);
    const locations =
      r.verdict === 'omission' || ms.length === 0
        ? [{ physicalLocation: { artifactLocation: artifact(path) } }]
        : ms.map((m) => ({
            physicalLocation: { artifactLocation: artifact(path), region: region(m) },
            message: { text: m.message },
          }));
    let id = 0;
    const related: Json[] = [];
    if (claim !== undefined) {
      related.push({
        id: id++,
        physicalLocation: {
          artifactLocation: artifact(claim.file),
          region: { startLine: claim.line, startColumn: claim.column },
        },
        message: { text: claimText(claim, r.claim) },
      });
    }
    for (const c of r.context ?? []) {
      related.push({
        id: id++,
        physicalLocation: { artifactLocation: artifact(path), region: { startLine: c.line, startColumn: c.column } },
        message: { text: `sentence looked at: ${c.text}` },
      });
    }
    const result: Json = {
      ruleId,
      ruleIndex: ruleIndex.get(ruleId),
      level: r.severity,
      kind: 'fail',
      message: resultMessage(r, claim),
      locations,
      partialFingerprints: { 'crosscheck/v1': r.fingerprint },
    };
    if (related.length > 0) result['relatedLocations'] = related;
    if (r.waived) result['suppressions'] = [{ kind: 'external', justification: r.waiverReason ?? 'waived' }];
    const first = ms[0];
    result['properties'] = {
      claim: r.claim,
      source: r.source,
      verdict: r.verdict,
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
      ...(first ? { expected: first.expected, found: first.found } : {}),
      ...(first?.diff ? { diff: diffBrackets(first.diff) } : {}),
    };
    return result;
  });

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: !report.problems.some((p) => p.severity === 'error'),
            ...(report.problems.length > 0 ? { toolExecutionNotifications: report.problems.map(notification) } : {}),
          },
        ],
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The folder crosscheck ran in (paths are relative to it).' } },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          claimsDigest: report.claimsDigest,
          summary: report.summary,
          ...(report.shard ? { shard: report.shard } : {}),
        },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

export const sarif: Formatter = {
  description: 'SARIF 2.1.0 for GitHub code scanning and other viewers',
  extension: 'sarif',
  render: (report) => render(report),
};
