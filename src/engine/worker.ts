/**
 * A worker thread's entry (tinypool): it rebuilds the run's claims from what the main
 * thread sent (`claims-transfer.ts`), builds the claim index once, then judges the batches
 * of articles it is sent.
 */
import { Tinypool } from 'tinypool';
import { parseClaims } from '../claims/load.js';
import { makeRoleLexicon } from '../extract/roles.js';
import type { Claim } from '../kinds/registry.js';
import { unpackClaims } from './claims-transfer.js';
import { judgeBatch, makeContext, type BatchTask, type EngineContext, type SourceOutcome, type WorkerInit } from './judge.js';

let ctx: EngineContext | undefined;
let failure: Error | undefined;
try {
  const init = Tinypool.workerData as WorkerInit;
  const env = { roles: makeRoleLexicon(init.roles) };
  let claims: Claim[];
  if (init.claims) {
    claims = unpackClaims(init.claims);
  } else {
    const loaded = parseClaims(init.claimFiles ?? [], env);
    if (loaded.digest !== init.digest || loaded.problems.some((p) => p.severity === 'error')) throw new Error('the claim files changed while crosscheck was running; run it again');
    claims = loaded.claims;
  }
  ctx = makeContext(claims, env);
} catch (e) {
  // Reported with the first task (an error here would only kill the thread).
  failure = e instanceof Error ? e : new Error(String(e));
}

export default function run(task: BatchTask): SourceOutcome[] {
  if (!ctx) throw failure ?? new Error('the worker could not start');
  return judgeBatch(ctx, task);
}
