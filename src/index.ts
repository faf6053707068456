/**
 * crosscheck as a library. `check()` returns the SPEC §4 report; formatters render it.
 */
export { check, validate, kindEnv, type CheckOptions, type CheckResult } from './check.js';
export { loadClaims, parseClaims, type LoadedClaims } from './claims/load.js';
export { loadSources, parseSource } from './sources/load.js';
export { SourceFile, type SourceMeta } from './core/source-file.js';
export { nodeIo, nodeFs, type Io, type FileSystem } from './core/io.js';
export { formatProblem, type Problem } from './core/problem.js';
export { formatters, FORMAT_NAMES } from './formatters/registry.js';
export type { Formatter, FormatContext } from './formatters/types.js';
export { kinds, KIND_NAMES, type Claim } from './kinds/registry.js';
export { exitCode } from './report/exit-code.js';
export { mergeReports } from './report/merge.js';
export { main } from './cli/main.js';
export type * from './report/types.js';
