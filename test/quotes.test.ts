/**
 * The `quote` kind's reading (`extract/quotes.ts`) and matching (`kinds/quote/match.ts`),
 * SPEC §2 "kind: quote". Spans are asserted by rendering them as ⟦brackets⟧ in the input,
 * so off-by-ones show; conflicts assert the rendered word diff.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashWord, readQuoteIndex, wordArrays, WORD_BRACKETED, WORD_ELLIPSIS, type QuoteIndex } from '../src/extract/quotes.js';
import { matchQuote, renderWordDiff, type MatchQuoteOptions, type QuoteMatch } from '../src/kinds/quote/match.js';

/** The text with `[start, end)` marked ⟦like this⟧. */
function bracket(text: string, start: number, end: number): string {
  return `${text.slice(0, start)}⟦${text.slice(start, end)}⟧${text.slice(end)}`;
}

/** A match as asserted: verdict/how, the bracketed input, and the diff of a conflict. */
function describeMatch(text: string, m: QuoteMatch): string {
  const head = `${m.verdict}/${m.how} ${bracket(text, m.start, m.end)}`;
  return m.diff ? `${head} :: ${renderWordDiff(m.diff)}` : head;
}

function run(text: string, claim: string, options?: MatchQuoteOptions): string[] {
  return matchQuote(readQuoteIndex(text), claim, options).map((m) => describeMatch(text, m));
}

interface Case {
  name: string;
  text: string;
  claim: string;
  options?: MatchQuoteOptions;
  /** `verdict/how ⟦span⟧ :: diff`, one per match, in text order; [] for no mention. */
  expected: string[];
}

const cases: Case[] = [
  // --- exact occurrences -----------------------------------------------------------------
  {
    name: 'AP straight quotes, exact',
    text: '"We will not pay for the wall," he said.',
    claim: 'We will not pay for the wall',
    expected: ['agreement/exact "⟦We will not pay for the wall⟧," he said.'],
  },
  {
    name: 'curly quotes, claim typed with straight apostrophe',
    text: '“We don’t accept this,” she said.',
    claim: "We don't accept this.",
    expected: ['agreement/exact “⟦We don’t accept this⟧,” she said.'],
  },
  {
    name: 'case, edge punctuation and white space are ignored',
    text: '“WE   WILL\tnot pay!” he shouted.',
    claim: '  we will not pay ',
    expected: ['agreement/exact “⟦WE   WILL\tnot pay⟧!” he shouted.'],
  },
  {
    name: 'British single quotes',
    text: "He said: 'We will not pay for the wall, not now, not ever.'",
    claim: 'We will not pay for the wall, not now, not ever',
    expected: ["agreement/exact He said: '⟦We will not pay for the wall, not now, not ever⟧.'"],
  },
  {
    name: 'British curly single quotes with an apostrophe inside',
    text: 'She said: ‘We don’t negotiate with anyone.’',
    claim: "We don't negotiate with anyone",
    expected: ['agreement/exact She said: ‘⟦We don’t negotiate with anyone⟧.’'],
  },
  {
    name: 'French guillemets with inner spaces',
    text: 'Il a dit : « Nous ne paierons jamais pour ce mur ».',
    claim: 'Nous ne paierons jamais pour ce mur',
    expected: ['agreement/exact Il a dit : « ⟦Nous ne paierons jamais pour ce mur⟧ ».'],
  },
  {
    name: 'German low-high quotes, diacritics folded',
    text: '„Wir werden diese Mauer niemals bezahlen“, sagte er.',
    claim: 'wir werden diese mauer niemals bezahlen',
    expected: ['agreement/exact „⟦Wir werden diese Mauer niemals bezahlen⟧“, sagte er.'],
  },
  {
    name: 'diacritics in the claim, none in the article',
    text: '“El Presidente Pena Nieto no ira a Washington,” dijo.',
    claim: 'El Presidente Peña Nieto no irá a Washington',
    expected: ['agreement/exact “⟦El Presidente Pena Nieto no ira a Washington⟧,” dijo.'],
  },
  {
    name: 'a quote across hard line breaks',
    text: '"We will not accept\ndecisions imposed by\nanother government," he said.',
    claim: 'we will not accept decisions imposed by another government',
    expected: ['agreement/exact "⟦We will not accept\ndecisions imposed by\nanother government⟧," he said.'],
  },
  {
    name: 'dashes normalised: em dash vs hyphen',
    text: '“It is a step too far—a very big step,” he said.',
    claim: 'It is a step too far - a very big step',
    expected: ['agreement/exact “⟦It is a step too far—a very big step⟧,” he said.'],
  },
  {
    name: 'exact words outside quotation marks still agree',
    text: 'He told them it is impossible to take the migrants.',
    claim: 'it is impossible to take the migrants',
    expected: ['agreement/exact He told them ⟦it is impossible to take the migrants⟧.'],
  },
  {
    name: 'a repeated quote gives one agreement per occurrence',
    text: '“No deal,” he said. Later he repeated: “No deal.”',
    claim: 'No deal',
    expected: ['agreement/exact “⟦No deal⟧,” he said. Later he repeated: “No deal.”', 'agreement/exact “No deal,” he said. Later he repeated: “⟦No deal⟧.”'],
  },
  {
    name: 'nested quotes: the inner quotation matches exactly',
    text: '“He told me ‘we will not pay for the wall’ and left,” she said.',
    claim: 'we will not pay for the wall',
    expected: ['agreement/exact “He told me ‘⟦we will not pay for the wall⟧’ and left,” she said.'],
  },
  {
    name: 'nested straight quotes: the outer quotation matches exactly',
    text: `"He said 'never' to me," she recalled.`,
    claim: 'He said never to me',
    expected: [`agreement/exact "⟦He said 'never' to me⟧," she recalled.`],
  },
  {
    name: 'a possessive apostrophe inside British quotes',
    text: '‘The officials’ visit was a failure,’ he said.',
    claim: "The officials' visit was a failure",
    expected: ['agreement/exact ‘⟦The officials’ visit was a failure⟧,’ he said.'],
  },

  // --- partial quotations ---------------------------------------------------------------
  {
    name: 'SPEC example: a quoted passage inside the claim',
    text: 'He said the deal was "very good news for the unity of our people" and left.',
    claim: 'This is very good news for the unity of our people and of our nation',
    expected: ['agreement/partial He said the deal was "⟦very good news for the unity of our people⟧" and left.'],
  },
  {
    name: 'partial quotation with guillemets',
    text: 'Le ministre a parlé de « décisions unilatérales imposées par un gouvernement ».',
    claim: 'Nous ne pouvons pas accepter des décisions unilatérales imposées par un gouvernement à un autre',
    expected: ['agreement/partial Le ministre a parlé de « ⟦décisions unilatérales imposées par un gouvernement⟧ ».'],
  },
  {
    name: 'a three-word quoted passage is too short for a partial quotation',
    text: 'He promised "no mass deportations" on Thursday.',
    claim: 'There will be no mass deportations, none at all',
    expected: [],
  },
  {
    name: 'split by attribution: the two pieces read as one quotation',
    text: '"We told them," he said, "it is impossible."',
    claim: 'We told them it is impossible',
    expected: ['agreement/partial "⟦We told them," he said, "it is impossible⟧."'],
  },
  {
    name: 'split by attribution, curly quotes, claim longer than the quotation',
    text: '“They asked us if they could be here,” he added. “And we told them there’s no way.”',
    claim: "They asked us if they could be here. And we told them there's no way we can have them",
    expected: ['agreement/partial “⟦They asked us if they could be here,” he added. “And we told them there’s no way⟧.”'],
  },
  {
    name: 'split quotation: each piece is also a partial quotation on its own',
    text: '“We will defend our migrants,” the minister said, “in every court of the United States.”',
    claim: 'We will defend our migrants with all our means, in every court of the United States',
    expected: [
      'agreement/partial “⟦We will defend our migrants⟧,” the minister said, “in every court of the United States.”',
      'agreement/partial “We will defend our migrants,” the minister said, “⟦in every court of the United States⟧.”',
    ],
  },
  {
    name: 'ellipsis inside the article quote: elided words of the claim skipped',
    text: '“The relationship ... is at such a historic low,” he said.',
    claim: 'The relationship between the two countries is at such a historic low',
    expected: ['agreement/partial “⟦The relationship ... is at such a historic low⟧,” he said.'],
  },
  {
    name: 'ellipsis character inside the article quote, quote longer than the claim',
    text: '“We will act … in every court, and we will win,” he said.',
    claim: 'We will act with determination in every court',
    expected: ['agreement/partial “⟦We will act … in every court⟧, and we will win,” he said.'],
  },
  {
    name: 'spaced ellipsis ". . ." inside the article quote (FT style)',
    text: '“The relationship . . . is at such a historic low,” he said.',
    claim: 'The relationship between the two countries is at such a historic low',
    expected: ['agreement/partial “⟦The relationship . . . is at such a historic low⟧,” he said.'],
  },
  {
    name: 'bracketed ellipsis [...] inside the article quote',
    text: '“Mexico will not accept [...] decisions imposed by another government,” he said.',
    claim: 'Mexico will not accept, under any circumstances, decisions imposed by another government',
    expected: ['agreement/partial “⟦Mexico will not accept [...] decisions imposed by another government⟧,” he said.'],
  },
  {
    name: 'square-bracket substitution: [The president] for He',
    text: '“[The president] has directed the heads of all executive departments to act,” the memo said.',
    claim: 'He has directed the heads of all executive departments to act',
    expected: ['agreement/partial “⟦[The president] has directed the heads of all executive departments to act⟧,” the memo said.'],
  },
  {
    name: 'square-bracket insertion: It [the wall]',
    text: '“It [the wall] will be paid for by Mexico,” he said.',
    claim: 'It will be paid for by Mexico',
    expected: ['agreement/partial “⟦It [the wall] will be paid for by Mexico⟧,” he said.'],
  },
  {
    name: 'the claim goes on where the article’s quotation stops',
    text: '“Honestly, we have no problem if they withdraw it,” he said.',
    claim: 'if they withdraw it we will survive',
    expected: ['agreement/partial “Honestly, we have no problem ⟦if they withdraw it⟧,” he said.'],
  },
  {
    name: 'editorial [sic] inside the article quote',
    text: '“It is a disaster [sic] for our country,” he wrote.',
    claim: 'It is a disaster for our country',
    expected: ['agreement/partial “⟦It is a disaster [sic] for our country⟧,” he wrote.'],
  },
  {
    name: 'split by attribution, both pieces positive',
    text: '“We will win,” he said, “and we will win big.”',
    claim: 'We will win and we will win big',
    expected: ['agreement/partial “⟦We will win,” he said, “and we will win big⟧.”'],
  },
  {
    name: 'two short separate quotations are not one split quotation',
    text: "‘We can’t,’ he said. The officials’ visit. 'It's over,' she said.",
    claim: "We can't. It's over.",
    expected: [],
  },
  {
    name: 'claim with its own ellipsis, article has the full quote',
    text: '“The relationship between our two countries is at such a historic low,” he said.',
    claim: 'The relationship … is at such a historic low',
    expected: ['agreement/exact “⟦The relationship between our two countries is at such a historic low⟧,” he said.'],
  },
  {
    name: 'claim with a bracketed insertion, article has the original word',
    text: '“He has directed the heads of all departments to act,” the memo said.',
    claim: '[The president] has directed the heads of all departments to act',
    expected: ['agreement/exact “He ⟦has directed the heads of all departments to act⟧,” the memo said.'],
  },
  {
    name: 'quotation over two paragraphs, reopened and never closed',
    text: '“We will not pay for the wall.\n\n“We will not accept deportees from other countries,” he said.',
    claim: 'We will not pay for the wall. We will not accept deportees from other countries.',
    // The words are in a row (marks and the paragraph break are not words): exact.
    expected: ['agreement/exact “⟦We will not pay for the wall.\n\n“We will not accept deportees from other countries⟧,” he said.'],
  },
  {
    name: 'the article quotes on where the claim stops',
    text: '“We told them that our legal framework does not allow this, and we said so,” he said.',
    claim: 'We told them that our legal framework does not allow this',
    expected: ['agreement/exact “⟦We told them that our legal framework does not allow this⟧, and we said so,” he said.'],
  },

  // --- conflicts --------------------------------------------------------------------------
  {
    name: 'one word replaced by two (the task example)',
    text: '“We told them it is not possible. There is no way,” he said.',
    claim: 'We told them it is impossible',
    expected: ['conflict/similar “⟦We told them it is not possible⟧. There is no way,” he said. :: we told them it is [-impossible-] [+not possible+]'],
  },
  {
    name: 'split by attribution with a changed word',
    text: '“We told them,” he said, “it is not possible.”',
    claim: 'We told them it is impossible',
    expected: ['conflict/similar “⟦We told them,” he said, “it is not possible⟧.” :: we told them it is [-impossible-] [+not possible+]'],
  },
  {
    name: 'translated quote with one word changed',
    text: 'Il a dit : «Nous ne paierons jamais pour ce mur».',
    claim: 'Nous ne paierons pas pour ce mur',
    expected: ['conflict/similar Il a dit : «⟦Nous ne paierons jamais pour ce mur⟧». :: nous ne paierons [-pas-] [+jamais+] pour ce mur'],
  },
  {
    name: 'translated quote: another translation of one word',
    text: '“We will never pay for that wall,” Peña Nieto said in Spanish.',
    claim: 'We will never pay for this wall',
    expected: ['conflict/similar “⟦We will never pay for that wall⟧,” Peña Nieto said in Spanish. :: we will never pay for [-this-] [+that+] wall'],
  },
  {
    name: 'a word dropped without an ellipsis',
    text: '“We will not accept decisions that are imposed by another government,” he said.',
    claim: 'We will not accept decisions that, in a unilateral way, are imposed by another government',
    expected: ['conflict/similar “⟦We will not accept decisions that are imposed by another government⟧,” he said. :: we will not accept decisions that [-in a unilateral way-] are imposed by another government'],
  },
  {
    name: 'a quoted passage shorter than the claim, compared with its best-aligned part',
    text: 'He said the deal was "very good news for our people" and left.',
    claim: 'This is very good news for the unity of our people and of our nation',
    expected: ['conflict/similar He said the deal was "⟦very good news for our people⟧" and left. :: very good news for [-the unity of-] our people'],
  },
  {
    name: 'a replaced first word, the claim breaking at the same comma',
    text: '“Not possible, we told them,” he said.',
    claim: 'Impossible, we told them',
    expected: ['conflict/similar “⟦Not possible, we told them⟧,” he said. :: [-impossible-] [+not possible+] we told them'],
  },
  {
    name: 'a replaced last word after a comma; the next sentence is left out',
    text: '“We told them, not possible. That was all,” he said.',
    claim: 'We told them, impossible',
    expected: ['conflict/similar “⟦We told them, not possible⟧. That was all,” he said. :: we told them [-impossible-] [+not possible+]'],
  },
  {
    name: 'split by attribution, one word changed in the second piece',
    text: '“We will win,” he said, “and we will win big.”',
    claim: 'We will win and we will lose big',
    expected: ['conflict/similar “⟦We will win,” he said, “and we will win big⟧.” :: we will win and we will [-lose-] [+win+] big'],
  },
  {
    name: 'a middle stretch in common is not a partial quotation',
    text: '“We will not pay for the wall today,” he said.',
    claim: 'They will pay for the wall tomorrow',
    expected: ['conflict/similar “⟦We will not pay for the wall today⟧,” he said. :: [-they-] [+we+] will [+not+] pay for the wall [-tomorrow-] [+today+]'],
  },
  {
    name: 'the article adds words to the quote',
    text: '“We will not, under any circumstances, accept deportees,” he said.',
    claim: 'We will not accept deportees',
    expected: ['conflict/similar “⟦We will not, under any circumstances, accept deportees⟧,” he said. :: we will not [+under any circumstances+] accept deportees'],
  },
  {
    name: 'bracketed substitution with a changed word after it',
    text: '“It [the wall] will be paid for by Mexico,” he said.',
    claim: 'It will be paid for by the Americans',
    expected: ['conflict/similar “⟦It [the wall] will be paid for by Mexico⟧,” he said. :: it [+the wall+] will be paid for by [-the americans-] [+mexico+]'],
  },
  {
    name: 'a correct quote and a misquote elsewhere: both reported',
    text: '“We will not pay for the wall,” he said. His aide later quoted him: “We will never pay for the wall.”',
    claim: 'We will not pay for the wall',
    expected: [
      'agreement/exact “⟦We will not pay for the wall⟧,” he said. His aide later quoted him: “We will never pay for the wall.”',
      'conflict/similar “We will not pay for the wall,” he said. His aide later quoted him: “⟦We will never pay for the wall⟧.” :: we will [-not-] [+never+] pay for the wall',
    ],
  },

  // --- nothing ----------------------------------------------------------------------------
  {
    name: 'paraphrase in reported speech is not a misquote',
    text: 'Osorio Chong said they had told the Americans that it was impossible.',
    claim: 'We told them that it was impossible',
    expected: [],
  },
  {
    name: 'paraphrase with scope "anywhere" (SPEC read literally) conflicts',
    text: 'Osorio Chong said they had told the Americans that it was impossible.',
    claim: 'We told them that it was impossible',
    options: { scope: 'anywhere' },
    expected: ['conflict/similar Osorio Chong said they ⟦had told the Americans that it was impossible⟧. :: [-we-] [+had+] told [-them-] [+the americans+] that it was impossible'],
  },
  {
    name: 'a different quote by the same speaker: too dissimilar',
    text: '“There is no chance they would be received by Mexico,” he said.',
    claim: 'We told them that our legal framework does not allow this',
    expected: [],
  },
  {
    name: 'similarity exactly 0.6 (6 of 10 words) is a conflict',
    text: '“We will study the proposal with our partners next week,” he said.',
    claim: 'We will reject the proposal of our partners this month',
    expected: ['conflict/similar “⟦We will study the proposal with our partners next week⟧,” he said. :: we will [-reject-] [+study+] the proposal [-of-] [+with+] our partners [-this month-] [+next week+]'],
  },
  {
    name: 'similarity 0.5 (5 of 10 words) is nothing',
    text: '“We will study the proposal with our partners next week,” he said.',
    claim: 'We will reject the plan of our partners this month',
    expected: [],
  },
  {
    name: 'an apostrophe is not an opening quotation mark',
    text: "In the '90s the border was open. Rock 'n' roll. He said nothing.",
    claim: 'the border was closed in the nineties',
    expected: [],
  },
  {
    name: 'a claim of punctuation only',
    text: '“We will not pay,” he said.',
    claim: '… — ?',
    expected: [],
  },
];

describe('matchQuote: quoting styles (table)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(run(c.text, c.claim, c.options)).toEqual(c.expected);
  });
});

// --- the seed articles --------------------------------------------------------------------

const sourcesDir = join(import.meta.dirname, '..', 'sources');
const seed = (prefix: string): { text: string; body: number } => {
  const file = readdirSync(sourcesDir).find((f) => f.startsWith(prefix))!;
  const text = readFileSync(join(sourcesDir, file), 'utf8');
  const header = /^\s*date \d{4}-\d{2}-\d{2}[ \t]*/.exec(text);
  return { text, body: header ? header[0].length : 0 };
};
/** A match with ±`context` characters around its ⟦span⟧. */
function inContext(text: string, m: QuoteMatch, context = 12): string {
  const before = text.slice(Math.max(0, m.start - context), m.start);
  const after = text.slice(m.end, m.end + context);
  const head = `${m.verdict}/${m.how} …${before}⟦${text.slice(m.start, m.end)}⟧${after}…`;
  return m.diff ? `${head} :: ${renderWordDiff(m.diff)}` : head;
}
function runSeed(prefix: string, claim: string): string[] {
  const { text, body } = seed(prefix);
  return matchQuote(readQuoteIndex(text, body), claim).map((m) => inContext(text, m));
}

const VIDEGARAY =
  'I want to make clear, in the most emphatic way, that the government of Mexico and the people of Mexico will not accept decisions that, in a unilateral way, are imposed by another government';

describe('matchQuote: seed articles', () => {
  it('000: the legal-framework quote, exact', () => {
    expect(runSeed('000', "We told them that our legal framework doesn't allow this")).toEqual([
      'agreement/exact … request.\n\n“⟦We told them that our legal framework doesn’t allow this⟧,” Osorio Ch…',
    ]);
  });
  it('000: the second quote, opened with a stray space after the mark', () => {
    expect(runSeed('000', 'We told them it is impossible. There is no way, legally, nor is there capacity.')).toEqual([
      'agreement/exact …fficials. “ ⟦We told them it is impossible. There is no way, legally, nor is there capacity⟧.”\n\nIn recen…',
    ]);
  });
  it('000: a misquote of the legal-framework quote', () => {
    expect(runSeed('000', 'We told them that our legal framework does not permit this')).toEqual([
      "conflict/similar … request.\n\n“⟦We told them that our legal framework doesn’t allow this⟧,” Osorio Ch… :: we told them that our legal framework [-does not permit-] [+doesn't allow+] this",
    ]);
  });
  it('000: a claim joining both quotes — one altered, the other quoted on', () => {
    expect(runSeed('000', "We told them that our legal framework doesn't allow it. We told them it is impossible.")).toEqual([
      "conflict/similar … request.\n\n“⟦We told them that our legal framework doesn’t allow this⟧,” Osorio Ch… :: we told them that our legal framework doesn't allow [-it-] [+this+]",
      'agreement/partial …fficials. “ ⟦We told them it is impossible⟧. There is n…',
    ]);
  });
  it('002: the Videgaray quote, exact', () => {
    expect(runSeed('002', VIDEGARAY)).toEqual([`agreement/exact …Thursday.\n\n“⟦${VIDEGARAY}⟧,” said Vide…`]);
  });
  it('002: the Videgaray quote without "in a unilateral way" conflicts', () => {
    const { text, body } = seed('002');
    const claim = VIDEGARAY.replace(', in a unilateral way,', '');
    const [m, ...rest] = matchQuote(readQuoteIndex(text, body), claim);
    expect(rest).toEqual([]);
    expect(m!.verdict).toBe('conflict');
    expect(m!.how).toBe('similar');
    expect(m!.similarity).toBeCloseTo(30 / 34, 6);
    expect(renderWordDiff(m!.diff!)).toBe(
      'i want to make clear in the most emphatic way that the government of mexico and the people of mexico will not accept decisions that [+in a unilateral way+] are imposed by another government',
    );
  });
  it('003: partial quotation "accept unilateral decisions imposed by one government on another"', () => {
    expect(runSeed('003', 'Mexico could not accept unilateral decisions imposed by one government on another')).toEqual([
      'agreement/partial … could not "⟦accept unilateral decisions imposed by one government on another⟧".\n\nVictor C…',
    ]);
  });
  it('003: the Videgaray quote of 002 is not similar enough to the paraphrase in 003', () => {
    expect(runSeed('003', VIDEGARAY)).toEqual([]);
  });
  it('004: the elided quote, claimed with its ellipses', () => {
    expect(runSeed('004', 'The relationship ... is at such a historic low …')).toEqual([
      'agreement/exact …c allies.\n\n“⟦The relationship ... is at such a historic low⟧ that it wou…',
    ]);
  });
  it('004: the full quote agrees with the article’s elided version', () => {
    expect(runSeed('004', 'The relationship between Mexico and the United States is at such a historic low that it would be wishful thinking')).toEqual([
      'agreement/partial …c allies.\n\n“⟦The relationship ... is at such a historic low that it would be wishful thinking⟧ to assume t…',
    ]);
  });
  it('004: words dropped from the elided quote without an ellipsis conflict', () => {
    const out = runSeed('004', 'The relationship is at such a historic low that it would be wishful thinking to assume that new agenda items will come at this point');
    expect(out).toEqual([
      'conflict/similar …c allies.\n\n“⟦The relationship ... is at such a historic low that it would be wishful thinking to assume that new concrete agenda items to advance will come at this point⟧,” Atlantic … :: the relationship is at such a historic low that it would be wishful thinking to assume that new [+concrete+] agenda items [+to advance+] will come at this point',
    ]);
  });
  it('001: a quotation split by "he added" agrees as one', () => {
    expect(
      runSeed('001', "They asked us that while their legal process is happening there if they could be here. And we told them that there's no way we can have them here during that process."),
    ).toEqual([
      'agreement/partial …ong said.\n\n“⟦They asked us that while their legal process is happening there if they could be here,” he added. “And we told them that there’s no way we can have them here during that process⟧.”\n\nUS-Mexic…',
    ]);
  });
  it('a header is not article text', () => {
    const { text, body } = seed('000');
    expect(matchQuote(readQuoteIndex(text, body), 'date 2017-02-24 Mexico has informed')).toEqual([]);
    expect(matchQuote(readQuoteIndex(text), 'date 2017-02-24 Mexico has informed')).toHaveLength(1);
  });
});

// --- the index ----------------------------------------------------------------------------

/** Every quoted passage rendered ⟦inside⟧ the text; `+` marks a continuation. */
function passagesOf(text: string, index: QuoteIndex = readQuoteIndex(text)): string[] {
  return index.passages.map((p) => `${p.continues ? '+' : ''}${text.slice(p.start, p.end)}`);
}

describe('readQuoteIndex', () => {
  it('words: offsets, folding and edge punctuation', () => {
    const text = '“Peña Nieto’s  U.S.-Mexico plan—isn’t it…great?” (191,000 people)';
    const { words } = readQuoteIndex(text);
    expect(words.map((w) => w.norm)).toEqual(['pena', "nieto's", 'u.s', 'mexico', 'plan', "isn't", 'it', 'great', '191,000', 'people']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Peña', 'Nieto’s', 'U.S', 'Mexico', 'plan', 'isn’t', 'it', 'great', '191,000', 'people']);
  });
  it('words: the body start skips a header', () => {
    const text = 'date 2017-02-24 Mexico said';
    expect(readQuoteIndex(text, 16).words.map((w) => w.norm)).toEqual(['mexico', 'said']);
  });
  it('word arrays: the same words as `words`, with their hashes', () => {
    const text = '“Peña Nieto’s  U.S.-Mexico PLAN—isn’t it…great?” (191,000 people) Ça va, ÉCOLE';
    const index = readQuoteIndex(text, 2);
    const { norms, starts, ends, hashes } = wordArrays(index);
    expect(norms).toEqual(index.words.map((w) => w.norm));
    expect(starts).toEqual(index.words.map((w) => w.start));
    expect(ends).toEqual(index.words.map((w) => w.end));
    expect([...hashes]).toEqual(norms.map(hashWord));
    expect(norms).toContain('plan');
    expect(norms).toContain('ecole');
  });
  it('a hand-built index (words only) matches as a read one does', () => {
    const text =
      '“We told them it is not possible. There is no way,” he said. “We will never pay for that wall,” Peña Nieto said. ' +
      'Later: “The relationship between the two countries is at such a historic low.”';
    const read = readQuoteIndex(text);
    const hand: QuoteIndex = { words: read.words.map((w) => ({ ...w })), passages: read.passages, flags: read.flags };
    for (const claim of ['We told them it is impossible', 'we will never pay for this wall', 'the two countries', 'relationship between the two countries is at such a historic low, they said']) {
      expect(matchQuote(hand, claim)).toEqual(matchQuote(read, claim));
      expect(matchQuote(hand, claim, { scope: 'anywhere' })).toEqual(matchQuote(read, claim, { scope: 'anywhere' }));
    }
    expect(matchQuote(read, 'We told them it is impossible').map((m) => m.verdict)).toEqual(['conflict']);
  });
  it('flags: ellipses and bracketed words', () => {
    const index = readQuoteIndex('“It [the wall] will … be paid”');
    const flagged = index.words.map((w, i) => `${w.norm}${(index.flags![i]! & WORD_BRACKETED) !== 0 ? '[b]' : ''}${(index.flags![i]! & WORD_ELLIPSIS) !== 0 ? '…' : ''}`);
    expect(flagged).toEqual(['it', 'the[b]', 'wall[b]', 'will…', 'be', 'paid']);
  });
  it.each([
    ['AP straight', '"One two," he said, "three four."', ['One two', '+three four']],
    ['curly', '“One two.” Then a long paragraph of reporting that goes on and on for well more than twelve words before “three four.”', ['One two', 'three four']],
    ['British single with apostrophes', "‘We can’t,’ he said. The officials’ visit. 'It's over,' she said.", ['We can’t', "It's over"]],
    ['guillemets', '« Bonjour, tout le monde » et «merci»', ['Bonjour, tout le monde', '+merci']],
    ['German', '„Nein“, sagte er.', ['Nein']],
    ['nested: only the outer passage', '“He said ‘no’ twice,” she said.', ['He said ‘no’ twice']],
    ['a stray closing mark', 'It is 5” long and “quoted” here.', ['quoted']],
    ['unclosed double quote runs to the paragraph end', '“One two three\n\nNot quoted.', ['One two three']],
    ['reopened on the next paragraph', '“One two\n\n“three four,” he said.', ['One two', '+three four']],
    ['reopened on the next line (single-newline paragraphs)', '“One two\n“three four,” he said.\nNot quoted.', ['One two', '+three four']],
    ['apostrophes only', "Rock 'n' roll in the '90s, the Chargers' coach said.", []],
    ['seed 000 opening mark followed by a space', 'said. “ We told them.”', ['We told them']],
    ['an attribution with an abbreviation still joins', '“One two,” the U.S. envoy said, “three four.”', ['One two', '+three four']],
    ['straight quotes that toggle', '"A" and "B" and "C"', ['A', '+B', '+C']],
  ])('passages: %s', (_name, text, expected) => {
    expect(passagesOf(text)).toEqual(expected);
  });
});

describe('renderWordDiff', () => {
  it('renders deletions, insertions and shared words', () => {
    expect(renderWordDiff([[0, 'we told them it is'], [-1, 'impossible'], [1, 'not possible']])).toBe('we told them it is [-impossible-] [+not possible+]');
    expect(renderWordDiff([[1, 'had'], [0, 'told'], [-1, ''], [0, 'them']])).toBe('[+had+] told them');
  });
});

describe('bounded work', () => {
  it('a 2 MB article and a 2 MB unclosed quotation complete', () => {
    const { text } = seed('000');
    let big = '';
    while (big.length < 2_000_000) big += `${text}\n\n`;
    const index = readQuoteIndex(big);
    expect(matchQuote(index, 'We told them it is impossible').length).toBeGreaterThan(0);
    expect(matchQuote(index, 'We told them it is not possible').every((m) => m.verdict === 'conflict')).toBe(true);
    expect(matchQuote(index, 'the the the the the')).toEqual([]);
    const giant = `“${big.replace(/[“”"\n]/g, ' ')}`;
    const giantIndex = readQuoteIndex(giant);
    expect(giantIndex.passages).toHaveLength(1);
    expect(Array.isArray(matchQuote(giantIndex, 'the relationship between the two countries is at such a historic low'))).toBe(true);
    const same = 'the '.repeat(500_000);
    expect(matchQuote(readQuoteIndex(same), 'the the the').length).toBeLessThanOrEqual(1000);
  });
});

describe('claims with an ellipsis near the start of the article', () => {
  it('does not look before the first word', () => {
    const index = readQuoteIndex('"framework we" we. "we" we.');
    expect(() => matchQuote(index, 'we we framework … we')).not.toThrow();
    expect(matchQuote(index, 'we we framework … we').every((m) => m.start >= 0)).toBe(true);
  });
});
