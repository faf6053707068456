/**
 * Comparison windows, shared by the quantity and date selectors (SPEC §2 "Cue sentences":
 * do better than the nearest figure where the grammar says so). "Turnout was 58.2%, the
 * highest for a runoff since 1998", "Peru's deadliest air disaster since 1996, when 70
 * people died": after a superlative, "since …" opens the comparison's baseline, another
 * time and another event; its dates, figures and cues say nothing about the claim.
 */

/** Superlatives before "since" make what follows a comparison ("the deadliest … since 1996, when 70 people died"). */
const SUPERLATIVE = /(?<![\p{L}])(most|least|first|best|worst|\p{L}{2,}est)(?![\p{L}])/giu;
const NOT_SUPERLATIVE = new Set([
  'interest', 'protest', 'forest', 'harvest', 'request', 'suggest', 'arrest', 'honest', 'modest', 'contest', 'invest',
  'test', 'west', 'rest', 'nest', 'guest', 'quest', 'chest', 'manifest', 'digest', 'conquest', 'earnest', 'behest',
  'unrest', 'priest', 'pest', 'vest', 'zest', 'attest', 'detest', 'infest', 'crest', 'wrest', 'jest', 'lest',
  'midwest', 'southwest', 'northwest', 'inquest', 'bequest', 'pretest', 'retest', 'congest', 'ingest', 'divest',
  'molest', 'tempest', 'everest', 'budapest', 'bucharest', 'forrest', 'ernest',
]);

/**
 * Where a comparison window opens ("the highest … since 1998"), or Infinity. The window is
 * "since" followed within a few words by a year or a month ("since 1996, when 70 people
 * died", "its strongest level since March"); "the first home match since a 40-day strike
 * ended" names no other time and opens none. Figures and cues after it, up to the end of
 * the sentence or of its clause (", and …", ";"), belong to the comparison: see
 * {@link comparisonWindow}.
 */
export function comparisonSince(text: string, sentence: { start: number; end: number }): number {
  return comparisonWindow(text, sentence)?.start ?? Infinity;
}

const MONTH_OR_YEAR = /^\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:(?:1[89]|20)\d\d(?!\d)|(?:January|February|March|April|May|June|July|August|September|October|November|December|records\s+began)(?![\p{L}]))/u;

/** The comparison window `[start, end)` of the sentence ("since 1996, when 70 people died"), or null. */
export function comparisonWindow(text: string, sentence: { start: number; end: number }): { start: number; end: number } | null {
  const s = text.slice(sentence.start, sentence.end);
  SUPERLATIVE.lastIndex = 0;
  for (let m = SUPERLATIVE.exec(s); m; m = SUPERLATIVE.exec(s)) {
    if (NOT_SUPERLATIVE.has(m[1]!.toLowerCase())) continue;
    const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 90);
    const since = /(?<![\p{L}])since(?![\p{L}])/iu.exec(rest);
    if (!since || since.index > 80 || /[;:]/.test(rest.slice(0, since.index))) continue;
    const at = m.index + m[0].length + since.index;
    if (!MONTH_OR_YEAR.test(s.slice(at + 5, at + 80))) continue;
    const tail = s.slice(at, at + 400);
    const stop = tail.search(/;|,\s+(?:and|but|while|whereas)(?![\p{L}])/u);
    return { start: sentence.start + at, end: stop === -1 ? Math.min(sentence.end, sentence.start + at + 400) : sentence.start + at + stop };
  }
  return null;
}
