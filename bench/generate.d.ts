/** Types of bench/generate.js (the generator is plain JavaScript so that `node bench/run.js` needs no build of its own). */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
}
export function rng(seed: number): Rng;
export function generateClaims(options: { count: number; stories?: number; seed?: number }): string;
export function generateArticle(i: number, options?: { stories?: number; seed?: number }): { id: string; text: string };
export function storyOfArticle(i: number, options?: { stories?: number; seed?: number }): number;
