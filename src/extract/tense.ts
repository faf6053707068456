/**
 * The tense of the clause a weekday stands in, so that a bare weekday is read as the reader
 * of the article reads it: "the hospital had discovered the attack Sunday" in an article
 * of Friday is the Sunday before, not the one after; "they will meet Thursday" in an
 * article of Friday is the coming Thursday.
 *
 * SPEC §2 resolves a bare weekday to the occurrence nearest to the publication date,
 * whatever the tense; on real articles that is wrong whenever the nearest occurrence is on
 * the other side of the publication date from the tense (see the README, "Decisions").
 * Only the clause's words are looked at: a future word ("will", "scheduled", "due") makes
 * it future; otherwise a past verb ("met", "announced", "had", "was") makes it past; else
 * nothing is decided and the SPEC's nearest day stands.
 */

/** Words that put a clause in the future. */
export const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'shall', 'upcoming', 'tomorrow']);
/** …and words that do when "to", "for" or "on" follows ("scheduled for", "plans to"; not "the ReArm Europe plan"). */
const FUTURE_BEFORE_PREP: ReadonlySet<string> = new Set(['scheduled', 'due', 'expected', 'planned', 'plans', 'plan', 'set', 'slated', 'intends', 'aims', 'poised']);

/** Past forms that do not end in -ed, and the past auxiliaries. */
export const PAST_IRREGULAR: ReadonlySet<string> = new Set([
  'began', 'met', 'struck', 'held', 'took', 'fell', 'rose', 'broke', 'came', 'went', 'left', 'spoke', 'gave', 'won', 'lost',
  'ran', 'died', 'hit', 'said', 'told', 'found', 'made', 'saw', 'sent', 'led', 'paid', 'sold', 'brought', 'built', 'kept',
  'spent', 'grew', 'knew', 'wrote', 'chose', 'fought', 'stood', 'thought', 'threw', 'flew', 'drove', 'got', 'sank', 'shot',
  'had', 'was', 'were', 'did', 'yesterday',
]);

/** Words in -ed that are not past verbs. */
const NOT_PAST = /^(?:hundred|indeed|need|speed|seed|breed|feed|proceed|succeed|exceed|embed|shed|bed|red|sled|steed|weed|creed|greed|bleed|united|limited|related|based|alleged|supposed|so-called|armed|aged|naked|wicked|sacred|beloved|learned)$/;

const WORD = /[\p{L}’'-]+/gu;
/** Present-tense verbs: a clause in the present ("the vote is Thursday", "the results are due") is not read as past. */
const PRESENT: ReadonlySet<string> = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', "'re"]); // (not "'s": "Sunday's derailment")

/** Modals: "said he would meet Kelly Thursday" may be either side of the date; the nearest day stands. */
const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'should', 'might', 'may', 'can', 'must']);

function tenseOf(words: readonly string[], dateFollows: boolean): 'past' | 'future' | null {
  let past = false;
  let present = false;
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.toLowerCase().replace(/[’']/g, "'");
    if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return 'future';
    // "scheduled for", "plans to"; and right before the date: "a ruling is expected Thursday", "due Thursday".
    if (FUTURE_BEFORE_PREP.has(w) && (/^(?:to|for|on)$/i.test(words[i + 1] ?? '') || (dateFollows && i === words.length - 1))) return 'future';
    if (MODALS.has(w)) return null;
    if (PRESENT.has(w)) present = true;
    if (PAST_IRREGULAR.has(w) || (/^\p{Ll}{3,}ed$/u.test(raw) && !NOT_PAST.test(w) && !FUTURE_BEFORE_PREP.has(w))) past = true;
  }
  return past && !present ? 'past' : null;
}

/** Clause punctuation: a weekday's clause runs between these (or the sentence's ends). */
const CLAUSE_CUT = /[,;:()\u2014\u2013]/g;

/**
 * The tense of the clause around `[at, atEnd)` within `[lo, hi)`: the words before it in its
 * clause first, then (when they decide nothing: "On Sunday, …", "The administration Tuesday
 * made public …") the words after it.
 */
export function clauseTense(text: string, lo: number, hi: number, at: number, atEnd: number): 'past' | 'future' | null {
  let from = lo;
  CLAUSE_CUT.lastIndex = lo;
  for (let m = CLAUSE_CUT.exec(text); m !== null && m.index < at; m = CLAUSE_CUT.exec(text)) from = m.index + 1;
  CLAUSE_CUT.lastIndex = atEnd;
  const cut = CLAUSE_CUT.exec(text);
  const to = cut !== null && cut.index < hi ? cut.index : hi;
  const before = tenseOf(text.slice(from, at).match(WORD) ?? [], true);
  if (before !== null) return before;
  const after = tenseOf(text.slice(atEnd, to).match(WORD) ?? [], false);
  if (after !== null || to >= hi || !/^[\s\p{L}’']*$/u.test(text.slice(from, at))) return after;
  // A fronted date ("On Sunday, the hospital said …"): the clause it leads.
  CLAUSE_CUT.lastIndex = to + 1;
  const next = CLAUSE_CUT.exec(text);
  return tenseOf(text.slice(to + 1, next !== null && next.index < hi ? next.index : hi).match(WORD) ?? [], false);
}
