/**
 * Choosing the one figure a cue sentence states about a quantity claim's subject
 * (SPEC §2 "Cue sentences"). Each case is a sentence, the claim's cues (found here as
 * whole-word, case-insensitive matches, as the cue matcher does), its unit and content
 * words; the expectation is the sentence with the selected mention in [brackets], or null.
 */
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/extract/numbers.js';
import { selectMention, type QuantityTarget, type Selection } from '../src/kinds/quantity/select.js';

interface Case {
  name: string;
  s: string;
  cues: string[];
  target?: Partial<QuantityTarget>;
  /** The sentence with the selected mention bracketed, or null for no mention. */
  expect: string | null;
  reason?: Selection['reason'];
  tiedBy?: string;
}

function cueSpans(s: string, cues: string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const c of cues) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(s); m; m = re.exec(s)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function run(c: Case): Selection | null {
  const words = c.target?.words ?? c.cues.flatMap((x) => x.toLowerCase().split(/\s+/));
  const target: QuantityTarget = { unitClass: 'count', ...c.target, words };
  return selectMention(c.s, { start: 0, end: c.s.length }, readNumbers(c.s), cueSpans(c.s, c.cues), target);
}

function bracket(s: string, sel: Selection | null): string | null {
  if (!sel) return null;
  return `${s.slice(0, sel.mention.start)}[${sel.mention.text}]${s.slice(sel.mention.end)}`;
}

const SEED_003 =
  'Even with what USA officials say are aggressive interdiction efforts by Mexican authorities, the Border Patrol detained more than 220,000 mainly Guatemalans, Hondurans and Salvadorans crossing from Mexico into the United States in the fiscal year ending last fall, exceeding the number of Mexicans apprehended, which has fallen to a 45-year low.';
const SEED_000_A =
  'In fiscal year 2016, according to U.S. Border Patrol statistics, agents recorded apprehensions of almost 191,000 undocumented Mexican citizens along the Southwest frontier.';
const SEED_000_B =
  'In the same fiscal year, the Border Patrol said it registered 218,000 detentions of non-Mexican nationals, most of them Central Americans.';
const SEED_004 =
  'Tuesday’s guidance also called for the hiring of 15,000 more US immigration agents, while subjecting immigrants who cannot show they have been in the nation for more than two years to “expedited removal.”';

const cases: Case[] = [
  // --- Seed articles ---------------------------------------------------------------
  {
    name: 'SPEC: 220,000 counts Guatemalans; the cue Mexicans sits in a figure-less "number of" clause',
    s: SEED_003,
    cues: ['Mexicans'],
    target: { words: ['mexican', 'apprehensions', 'southwest', 'border', 'mexicans'] },
    expect: null,
  },
  {
    name: 'the non-Mexican claim ties 220,000 through its noun',
    s: SEED_003,
    cues: ['non-Mexican', 'Central Americans', 'Guatemalans'],
    target: { words: ['non-mexican', 'apprehensions', 'central', 'americans', 'guatemalans'] },
    expect: SEED_003.replace('more than 220,000', '[more than 220,000]'),
    reason: 'noun',
    tiedBy: '"Guatemalans" (cue), noun "Guatemalans"',
  },
  {
    name: 'a time claim on the same cue takes the 45-year low of the relative clause',
    s: SEED_003,
    cues: ['Mexicans'],
    target: { unitClass: 'time', timeUnit: 'years', words: ['mexicans', 'apprehended'] },
    expect: SEED_003.replace('45-year', '[45-year]'),
  },
  {
    name: 'almost 191,000 undocumented Mexican citizens',
    s: SEED_000_A,
    cues: ['Mexican citizens'],
    expect: SEED_000_A.replace('almost 191,000', '[almost 191,000]'),
    reason: 'noun',
    tiedBy: '"Mexican citizens" (cue), noun "citizens"',
  },
  {
    name: '218,000 detentions of non-Mexican nationals',
    s: SEED_000_B,
    cues: ['non-Mexican nationals'],
    expect: SEED_000_B.replace('218,000', '[218,000]'),
    reason: 'noun',
    tiedBy: '"non-Mexican nationals" (cue), noun "detentions"',
  },
  {
    name: 'the cue in a second clause ("most of them Central Americans") still reaches 218,000',
    s: SEED_000_B,
    cues: ['Central Americans'],
    target: { words: ['central', 'americans', 'apprehensions'] },
    expect: SEED_000_B.replace('218,000', '[218,000]'),
  },
  {
    name: '15,000 more agents is the number of agents to hire',
    s: SEED_004,
    cues: ['immigration agents'],
    target: { unitNoun: 'agents', words: ['immigration', 'agents', 'hiring'] },
    expect: SEED_004.replace('15,000', '[15,000]'),
    reason: 'noun',
  },
  {
    name: 'a time claim in the same sentence',
    s: SEED_004,
    cues: ['expedited removal'],
    target: { unitClass: 'time', timeUnit: 'years', words: ['expedited', 'removal'] },
    expect: SEED_004.replace('more than two years', '[more than two years]'),
    reason: 'nearest-cue',
  },
  {
    name: 'currency claim: nearly $2.5bn Mérida Initiative',
    s: 'On Friday, Osorio Chong said that if the US government tries to force Mexico by threatening to pull out funding from the nearly $2.5bn Mérida Initiative to fight organized crime, Mexico will let that money go.',
    cues: ['Mérida Initiative'],
    target: { unitClass: 'currency', currency: 'USD', words: ['merida', 'initiative', 'funding'] },
    expect: 'On Friday, Osorio Chong said that if the US government tries to force Mexico by threatening to pull out funding from the [nearly $2.5bn] Mérida Initiative to fight organized crime, Mexico will let that money go.',
  },
  {
    name: 'a count claim sees no count in the 40-year-low sentence',
    s: 'The number of Mexicans crossing the border illegally has dropped to a 40-year low, according to the Wilson Center.',
    cues: ['Mexicans'],
    expect: null,
  },
  {
    name: 'vague: tens of thousands of apprehended migrants',
    s: "Mexico is not happy about President Trump's expectation that it would hold tens of thousands of apprehended migrants who can't be immediately deported.",
    cues: ['migrants'],
    expect: "Mexico is not happy about President Trump's expectation that it would hold [tens of thousands] of apprehended migrants who can't be immediately deported.",
  },
  // --- Grammar beyond the floor --------------------------------------------------------
  {
    name: 'figure-less "number of" even when the other number has no noun',
    s: 'Agents detained more than 220,000 crossing from Mexico, exceeding the number of Mexicans apprehended.',
    cues: ['Mexicans'],
    expect: null,
  },
  {
    name: 'a relative clause stays with its "number of" subject',
    s: 'The number of Mexicans apprehended, which has declined for years, fell to 190,000 last year.',
    cues: ['Mexicans'],
    expect: 'The number of Mexicans apprehended, which has declined for years, fell to [190,000] last year.',
  },
  {
    name: 'comparatives are never the total',
    s: 'Employers added 211,000 jobs in November, about 138,000 more jobs than in October.',
    cues: ['jobs'],
    target: { words: ['payrolls', 'jobs', 'november'] },
    expect: 'Employers added [211,000] jobs in November, about 138,000 more jobs than in October.',
  },
  {
    name: 'a sentence whose only figure is a difference gives none',
    s: 'There were 5,000 fewer road deaths than in 2015.',
    cues: ['road deaths'],
    expect: null,
  },
  {
    name: 'noun match beats the nearer number',
    s: 'Police said 120 protesters were arrested among the 5,000 people who marched.',
    cues: ['arrested'],
    target: { words: ['protesters', 'arrested'] },
    expect: 'Police said [120] protesters were arrested among the 5,000 people who marched.',
    reason: 'noun',
    tiedBy: '"arrested" (cue), noun "protesters"',
  },
  {
    name: 'disaster toll: ", bringing the death toll to" starts a new clause',
    s: 'The storm killed 12 people on Monday, bringing the death toll to 300.',
    cues: ['death toll'],
    target: { words: ['storm', 'death', 'toll'] },
    expect: 'The storm killed 12 people on Monday, bringing the death toll to [300].',
  },
  {
    name: 'disaster: killed vs injured; "people" and "others" are neutral nouns, the conjunction decides',
    s: 'The earthquake killed at least 2,000 people and injured 10,000 others, officials said.',
    cues: ['earthquake'],
    target: { unitNoun: 'people', words: ['earthquake', 'deaths'] },
    expect: 'The earthquake killed [at least 2,000] people and injured 10,000 others, officials said.',
    reason: 'nearest-cue',
  },
  {
    name: 'a generic "people" noun does not outrank the number next to the cue',
    s: 'The storm killed 12 on Monday, while 300 people were evacuated from the coast.',
    cues: ['killed'],
    target: { unitNoun: 'people', words: ['storm', 'killed', 'people'] },
    expect: 'The storm killed [12] on Monday, while 300 people were evacuated from the coast.',
  },
  {
    name: 'disaster: the nearest cue picks the injured',
    s: 'The earthquake killed at least 2,000 people and injured 10,000 others, officials said.',
    cues: ['injured'],
    target: { words: ['injured', 'injuries'] },
    expect: 'The earthquake killed at least 2,000 people and injured [10,000] others, officials said.',
    reason: 'nearest-cue',
    tiedBy: '"injured" (cue)',
  },
  {
    name: 'subset after "including": the children',
    s: 'The fire killed 85 people, including 12 children.',
    cues: ['children'],
    expect: 'The fire killed 85 people, including [12] children.',
    reason: 'noun',
  },
  {
    name: 'subset after "including": the total',
    s: 'The fire killed 85 people, including 12 children.',
    cues: ['fire'],
    target: { unitNoun: 'people', words: ['fire', 'deaths'] },
    expect: 'The fire killed [85] people, including 12 children.',
  },
  {
    name: 'jobs report: payrolls vs the unemployment rate (count)',
    s: 'Nonfarm payrolls increased by 138,000 jobs last month, and the unemployment rate fell to 4.3%, the lowest since 2001.',
    cues: ['payrolls'],
    target: { words: ['nonfarm', 'payrolls', 'may'] },
    expect: 'Nonfarm payrolls increased by [138,000] jobs last month, and the unemployment rate fell to 4.3%, the lowest since 2001.',
  },
  {
    name: 'jobs report: the unemployment rate (percent)',
    s: 'Nonfarm payrolls increased by 138,000 jobs last month, and the unemployment rate fell to 4.3%, the lowest since 2001.',
    cues: ['unemployment rate'],
    target: { unitClass: 'percent', words: ['unemployment', 'rate'] },
    expect: 'Nonfarm payrolls increased by 138,000 jobs last month, and the unemployment rate fell to [4.3%], the lowest since 2001.',
  },
  {
    name: 'election: the nearest candidate name',
    s: "Clinton won 48.2% of the vote to Trump's 46.1%.",
    cues: ['Trump'],
    target: { unitClass: 'percent', words: ['trump', 'vote', 'share'] },
    expect: "Clinton won 48.2% of the vote to Trump's [46.1%].",
  },
  {
    name: 'election: the other candidate',
    s: "Clinton won 48.2% of the vote to Trump's 46.1%.",
    cues: ['Clinton'],
    target: { unitClass: 'percent', words: ['clinton', 'share'] },
    expect: "Clinton won [48.2%] of the vote to Trump's 46.1%.",
  },
  {
    name: 'budget: ", up from" is the previous figure',
    s: 'The Pentagon requested $716 billion for fiscal 2019, up from $700 billion the year before.',
    cues: ['Pentagon'],
    target: { unitClass: 'currency', currency: 'USD', words: ['pentagon', 'budget', 'request'] },
    expect: 'The Pentagon requested [$716 billion] for fiscal 2019, up from $700 billion the year before.',
  },
  {
    name: 'currency must match when both are known (GBP)',
    s: 'The EU pledged €1.5 billion, while Britain pledged £250 million.',
    cues: ['pledged'],
    target: { unitClass: 'currency', currency: 'GBP', words: ['britain', 'aid'] },
    expect: 'The EU pledged €1.5 billion, while Britain pledged [£250 million].',
  },
  {
    name: 'currency must match when both are known (EUR)',
    s: 'The EU pledged €1.5 billion, while Britain pledged £250 million.',
    cues: ['Britain'],
    target: { unitClass: 'currency', currency: 'EUR', words: ['eu', 'aid'] },
    expect: 'The EU pledged [€1.5 billion], while Britain pledged £250 million.',
  },
  {
    name: 'no figure in the claimed currency',
    s: 'The wall could cost about US$21.6 billion.',
    cues: ['wall'],
    target: { unitClass: 'currency', currency: 'EUR', words: ['wall'] },
    expect: null,
  },
  {
    name: 'court: prison term (time)',
    s: 'The judge sentenced him to 25 years in prison and fined him $10,000.',
    cues: ['sentenced'],
    target: { unitClass: 'time', timeUnit: 'years', words: ['sentence', 'prison'] },
    expect: 'The judge sentenced him to [25 years] in prison and fined him $10,000.',
  },
  {
    name: 'court: the fine (currency)',
    s: 'The judge sentenced him to 25 years in prison and fined him $10,000.',
    cues: ['fined'],
    target: { unitClass: 'currency', currency: 'USD', words: ['fine'] },
    expect: 'The judge sentenced him to 25 years in prison and fined him [$10,000].',
  },
  {
    name: 'time unit must match (weeks vs days)',
    s: 'The strike lasted six weeks, or 42 days, the longest in its history.',
    cues: ['strike'],
    target: { unitClass: 'time', timeUnit: 'days', words: ['strike'] },
    expect: 'The strike lasted six weeks, or [42 days], the longest in its history.',
  },
  {
    name: 'percent vs percentage points are different classes',
    s: 'Inflation rose 0.3 percentage points to 2.5 per cent in March.',
    cues: ['inflation'],
    target: { unitClass: 'percent', words: ['inflation'] },
    expect: 'Inflation rose 0.3 percentage points to [2.5 per cent] in March.',
  },
  {
    name: 'an age adjective and a year are not counts',
    s: 'In 2008, a 10-year-old girl was among 14 people killed in the attack.',
    cues: ['killed'],
    target: { words: ['attack', 'killed'] },
    expect: 'In 2008, a 10-year-old girl was among [14] people killed in the attack.',
  },
  {
    name: 'nearest cue when no noun helps',
    s: 'Officials said 300 were evacuated and 20 remain in hospital.',
    cues: ['hospital'],
    target: { words: ['hospital', 'patients'] },
    expect: 'Officials said 300 were evacuated and [20] remain in hospital.',
    reason: 'nearest-cue',
  },
  {
    name: 'parenthetical subset',
    s: 'Mexico deported 150,000 people (including 30,000 Central Americans) last year.',
    cues: ['deported'],
    target: { words: ['deportations', 'mexico'] },
    expect: 'Mexico deported [150,000] people (including 30,000 Central Americans) last year.',
  },
  {
    name: 'parenthetical subset, by its own cue',
    s: 'Mexico deported 150,000 people (including 30,000 Central Americans) last year.',
    cues: ['Central Americans'],
    expect: 'Mexico deported 150,000 people (including [30,000] Central Americans) last year.',
    reason: 'noun',
  },
  {
    name: 'a dash parenthetical with the figure of the cue phrase',
    s: 'The plan — which would cost $21.6 billion — was opposed by 52 senators.',
    cues: ['plan'],
    target: { unitClass: 'currency', currency: 'USD', words: ['plan', 'cost'] },
    expect: 'The plan — which would cost [$21.6 billion] — was opposed by 52 senators.',
  },
  {
    name: 'a number attached to another noun in another clause is skipped for the nearer clause',
    s: 'Mexico returned 5,000 Hondurans to their country, while deportations of Guatemalans reached 8,000.',
    cues: ['Guatemalans'],
    target: { words: ['guatemalans', 'deportations'] },
    expect: 'Mexico returned 5,000 Hondurans to their country, while deportations of Guatemalans reached [8,000].',
  },
  {
    name: 'wire: a noun before "of" ties the figure ("a death toll of")',
    s: 'Officials gave a death toll of 1,200 and said 300 people were still missing.',
    cues: ['death toll'],
    target: { words: ['death', 'toll', 'earthquake'] },
    expect: 'Officials gave a death toll of [1,200] and said 300 people were still missing.',
    reason: 'noun',
  },
  {
    name: 'a cue inside "non-Mexicans" is weaker than the cue standing alone',
    s: 'Apprehensions of non-Mexicans rose to 218,000 in fiscal 2016, while those of Mexicans fell to 191,000.',
    cues: ['Mexicans'],
    expect: 'Apprehensions of non-Mexicans rose to 218,000 in fiscal 2016, while those of Mexicans fell to [191,000].',
  },
  {
    name: 'a conjunction between cue and number: the cue verb belongs to the first conjunct',
    s: 'More than 1,000 people have died and 5,000 have been injured since the storm hit on Friday.',
    cues: ['died'],
    target: { words: ['died', 'deaths', 'storm'] },
    expect: '[More than 1,000] people have died and 5,000 have been injured since the storm hit on Friday.',
  },
  {
    name: 'a participle continuing the noun ("people killed") ties the total',
    s: 'Of the 3,000 people killed, 2,600 were civilians.',
    cues: ['killed'],
    target: { words: ['killed', 'deaths'] },
    expect: 'Of the [3,000] people killed, 2,600 were civilians.',
    reason: 'noun',
    tiedBy: '"killed" (cue), noun "people"',
  },
  {
    name: 'an appositive subset ("500 of them") is not the total',
    s: 'A total of 1,200 people died, more than 500 of them children.',
    cues: ['died'],
    target: { words: ['died', 'deaths'] },
    expect: 'A total of [1,200] people died, more than 500 of them children.',
  },
  {
    name: 'partitive: the verb counts the part, not the whole',
    s: 'Only 120 of the 300 passengers survived the crash.',
    cues: ['survived'],
    target: { words: ['survived', 'survivors'] },
    expect: 'Only [120] of the 300 passengers survived the crash.',
  },
  {
    name: 'partitive: the noun ties the whole',
    s: 'Only 120 of the 300 passengers survived the crash.',
    cues: ['passengers'],
    target: { words: ['passengers', 'on', 'board'] },
    expect: 'Only 120 of the [300] passengers survived the crash.',
    reason: 'noun',
  },
  {
    name: 'crowd estimates: police vs organisers (clause at "while")',
    s: 'Police estimated the crowd at 5,000, while organisers said 20,000 attended.',
    cues: ['police'],
    target: { words: ['crowd', 'police', 'estimate'] },
    expect: 'Police estimated the crowd at [5,000], while organisers said 20,000 attended.',
  },
  {
    name: 'crowd estimates: the organisers',
    s: 'Police estimated the crowd at 5,000, while organisers said 20,000 attended.',
    cues: ['organisers'],
    target: { words: ['crowd', 'organisers'] },
    expect: 'Police estimated the crowd at 5,000, while organisers said [20,000] attended.',
  },
  {
    name: 'British statistics: ", down from" the previous year',
    s: 'Net migration was 248,000 in the year to June, the Office for National Statistics said, down from 336,000.',
    cues: ['net migration'],
    target: { words: ['net', 'migration'] },
    expect: 'Net migration was [248,000] in the year to June, the Office for National Statistics said, down from 336,000.',
  },
  {
    name: 'monthly figures: ", compared with" the month before',
    s: 'Inflation was 2.1% in May, compared with 1.9% in April.',
    cues: ['April'],
    target: { unitClass: 'percent', words: ['inflation', 'april'] },
    expect: 'Inflation was 2.1% in May, compared with [1.9%] in April.',
  },
  {
    name: 'forecast vs actual across a semicolon',
    s: 'The economy added 200,000 jobs in January; economists had expected 180,000.',
    cues: ['economists'],
    target: { words: ['forecast', 'economists'] },
    expect: 'The economy added 200,000 jobs in January; economists had expected [180,000].',
  },
  {
    name: 'elections: seats out of a total',
    s: 'Out of 650 seats, the Conservatives won 365.',
    cues: ['Conservatives'],
    target: { words: ['conservatives', 'won'] },
    expect: 'Out of 650 seats, the Conservatives won [365].',
  },
  {
    name: 'a far figure counting another noun is not the subject\'s (seed 004)',
    s: 'A bid by US President Donald Trump to deport non-Mexican illegal immigrants to Mexico that has enraged Mexicans was to top the agenda when officials from both nations met yesterday amid a deepening rift between the two nations.',
    cues: ['non-Mexican', 'Central Americans', 'Guatemalans'],
    target: { words: ['non-mexican', 'apprehensions', 'southwest', 'border', 'central', 'americans', 'guatemalans'] },
    expect: null,
  },
  {
    name: 'a near figure counting another noun is still taken',
    s: 'Mexico deported 5,000 Guatemalans last year.',
    cues: ['Mexico'],
    target: { words: ['mexico', 'deportations'] },
    expect: 'Mexico deported [5,000] Guatemalans last year.',
    reason: 'nearest-cue',
  },
  {
    name: 'an explicit unit noun is a type: citizens are not agents (seed 000)',
    s: SEED_000_A,
    cues: ['agents'],
    target: { unitNoun: 'agents', words: ['agents', 'hiring'] },
    expect: null,
  },
  {
    name: 'a unit noun of people accepts demonyms',
    s: 'Mexico deported 5,000 Guatemalans last year.',
    cues: ['deported'],
    target: { unitNoun: 'people', words: ['deported', 'mexico'] },
    expect: 'Mexico deported [5,000] Guatemalans last year.',
  },
  {
    name: 'no figure of the class at all',
    s: 'Mexico said it would not accept the deportees from third countries.',
    cues: ['deportees'],
    expect: null,
  },
];

describe('selectMention', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const sel = run(c);
    expect(bracket(c.s, sel)).toBe(c.expect);
    if (c.reason) expect(sel?.reason).toBe(c.reason);
    if (c.tiedBy) expect(sel?.tiedBy).toBe(c.tiedBy);
    if (sel) expect(sel.tiedBy.length).toBeGreaterThan(0);
  });

  it('uses absolute offsets inside a longer text', () => {
    const text = `Intro sentence with 5 words. ${SEED_000_B} Outro with 7 more.`;
    const sentence = { start: text.indexOf('In the same'), end: text.indexOf(' Outro') };
    const numbers = readNumbers(text, sentence.start, sentence.end);
    const cue = text.indexOf('non-Mexican');
    const sel = selectMention(text, sentence, numbers, [{ start: cue, end: cue + 'non-Mexican'.length }], { unitClass: 'count', words: ['non-mexican'] });
    expect(sel?.mention.text).toBe('218,000');
    expect(sel?.mention.start).toBe(text.indexOf('218,000'));
    expect(sel?.tiedBy).toBe('"non-Mexican" (cue), noun "detentions"');
  });
});
