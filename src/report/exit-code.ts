/**
 * The exit-code policy (SPEC §5), decided in one place.
 *  - 2: bad input or usage (any error problem);
 *  - 1: a finding of severity `error`, not waived, that the `--fail-on` policy counts:
 *       `conflict` (default) counts every finding (conflicts, and omissions of required claims);
 *       `omission` also counts every omission of an error-severity claim, required or not;
 *       `never` counts nothing;
 *  - 0: otherwise.
 */
import type { Problem } from '../core/problem.js';
import type { FailOn, Report, ReportResult } from './types.js';

/** True when this result fails the run under `failOn`. */
export function failsRun(r: ReportResult, failOn: FailOn): boolean {
  if (failOn === 'never' || r.waived || r.severity !== 'error') return false;
  if (r.finding) return true;
  return failOn === 'omission' && r.verdict === 'omission';
}

export function exitCode(report: Report | undefined, problems: readonly Problem[], failOn: FailOn): 0 | 1 | 2 {
  if (problems.some((p) => p.severity === 'error') || !report) return 2;
  // Absent omissions left out of the results (`--absent`) fail `--fail-on omission` too.
  if (failOn === 'omission' && (report.summary.unlistedErrors ?? 0) > 0) return 1;
  return report.results.some((r) => failsRun(r, failOn)) ? 1 : 0;
}
