/**
 * Choosing the one figure a cue sentence states about a quantity claim's subject
 * (SPEC §2 "Cue sentences"). Each case is a sentence, the claim's cues (found here as
 * whole-word, case-insensitive matches, as the cue matcher does), its unit and content
 * words; the expectation is the sentence with the selected mention in [brackets], or null.
 */
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/extract/numbers.js';
import { selectMention, type QuantityTarget, type Selection } from '../src/kinds/quantity/select.js';
import { subjectHead, subjectTime } from '../src/kinds/quantity/index.js';

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
    name: 'comparison inside the clause: "compares with net income of …" is not the charge (Bloomberg style)',
    s: 'The charge compares with net income of 412 million euros last year.',
    cues: ['charge'],
    target: { unitClass: 'currency', currency: 'EUR' },
    expect: null,
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
  // --- Found running whole articles (test/scenarios) ----------------------------------
  {
    name: 'jobs-report: a forecast is not the figure stated',
    s: 'Economists polled by Reuters had forecast payrolls increasing by 200,000 jobs, with estimates ranging from 150,000 to 275,000.',
    cues: ['payrolls'],
    expect: null,
  },
  {
    name: 'jobs-report: the fact beats the forecast in the same sentence',
    s: 'Bosses added 277,000 jobs last month, smashing Wall Street forecasts of 200,000.',
    cues: ['jobs last month'],
    expect: 'Bosses added [277,000] jobs last month, smashing Wall Street forecasts of 200,000.',
  },
  {
    name: 'earnings: analysts’ expectation of a per-share profit',
    s: 'Analysts had expected a profit of $1.35 per share.',
    cues: ['per share'],
    target: { unitClass: 'currency', currency: 'USD' },
    expect: null,
  },
  {
    name: 'earnings: "compared with analysts’ average estimate" is a baseline and a forecast',
    s: "Revenue rose 12% to $21.6 billion, compared with analysts' average estimate of $21.1 billion.",
    cues: ['revenue'],
    target: { unitClass: 'currency', currency: 'USD' },
    expect: "Revenue rose 12% to [$21.6 billion], compared with analysts' average estimate of $21.1 billion.",
  },
  {
    name: 'court-ruling: what a fine "should be" is not the fine',
    s: 'Brightline had argued that the fine should be capped at $500,000.',
    cues: ['fine'],
    target: { unitClass: 'currency', currency: 'USD' },
    expect: null,
  },
  {
    name: 'hedge: what a toll "could" reach is not the toll (AP style)',
    s: 'Officials warned the death toll could rise to 300 as rescuers reach remote villages.',
    cues: ['death toll'],
    expect: null,
  },
  {
    name: 'hedge: "may have" and "might" (Reuters, Guardian styles)',
    s: 'The storm may have destroyed as many as 5,000 homes, and insurers said losses might top $2 billion.',
    cues: ['homes'],
    expect: null,
  },
  {
    name: 'hedge: the stated figure is kept when the hedge is in another clause',
    s: 'The quake killed 241 people, and officials said the toll could rise.',
    cues: ['killed'],
    expect: 'The quake killed [241] people, and officials said the toll could rise.',
  },
  {
    name: 'hedge: "May" the month is no hedge; "would" (a plan) is none either',
    s: 'In May the council said the new wall would cost $21.6 billion.',
    cues: ['wall'],
    target: { unitClass: 'currency', currency: 'USD' },
    expect: 'In May the council said the new wall would cost [$21.6 billion].',
  },
  {
    name: 'hedge: a negated modal states the figure (opinion column)',
    s: "Even a 350-point rise could not stop the forint's 6.2% plunge.",
    cues: ['forint'],
    target: { unitClass: 'percent' },
    expect: "Even a 350-point rise could not stop the forint's [6.2%] plunge.",
  },
  {
    name: 'change: the figure a change starts from is not the figure (BBC, Guardian, central-bank styles)',
    s: 'The central bank lifted its base rate from 6.5% to 10% on Tuesday.',
    cues: ['base rate'],
    target: { unitClass: 'percent' },
    expect: 'The central bank lifted its base rate from 6.5% to [10%] on Tuesday.',
  },
  {
    name: 'change: ", from X to Y" after the change amount gives Y',
    s: 'The council raised the rate by 350 basis points, from 6.50 per cent to 10.00 per cent.',
    cues: ['rate'],
    target: { unitClass: 'percent' },
    expect: 'The council raised the rate by 350 basis points, from 6.50 per cent to [10.00 per cent].',
  },
  {
    name: 'change: "had risen from £1.2m" without the new figure gives nothing',
    s: 'The cost of those repairs had risen from £1.2m, the report said.',
    cues: ['repairs'],
    target: { unitClass: 'currency', currency: 'GBP' },
    expect: null,
  },
  {
    name: 'change: "from" before a count that is no change is the count',
    s: 'The charity received donations from 5,000 people in its first week.',
    cues: ['donations'],
    expect: 'The charity received donations from [5,000] people in its first week.',
  },
  {
    name: 'another verb’s object: "killing … and injuring 11 people" gives the dead no 11 (Guardian style)',
    s: 'The bridge collapsed, killing a 14-year-old boy, his grandmother and a delivery driver and injuring 11 people.',
    cues: ['killing'],
    target: { unitNoun: 'people', words: ['people', 'killed'] },
    expect: null,
  },
  {
    name: 'another verb’s object: the injured are read where the dead are not',
    s: 'The blast killed 11 and injured 20, police said.',
    cues: ['injured'],
    expect: 'The blast killed 11 and injured [20], police said.',
  },
  {
    name: 'another verb’s object: a count of people killed is no count of warnings (BBC style)',
    s: 'A council ignored warnings that a bridge was unsafe before it collapsed, killing three people, an inquiry found.',
    cues: ['warnings'],
    expect: null,
  },
  {
    name: 'a measure is no count: "fell about 12 metres" is not a death toll',
    s: 'Three people died when their vehicles fell about 12 metres into the river.',
    cues: ['died'],
    target: { unitNoun: 'people', words: ['people', 'died'] },
    expect: '[Three] people died when their vehicles fell about 12 metres into the river.',
  },
  {
    name: 'a measure the claim is about is kept',
    s: 'The wave reached a height of 12 metres.',
    cues: ['wave'],
    target: { unitNoun: 'metres', words: ['wave', 'height', 'metres'] },
    expect: 'The wave reached a height of [12] metres.',
  },
  // Review: real sentences the new rules must leave alone.
  { name: 'review: "orders from 300 new customers" is a count, no earlier value', s: 'Revenue jumped 12% on orders from 300 new customers.', cues: ['customers'], expect: 'Revenue jumped 12% on orders from [300] new customers.' },
  { name: 'review: "picked up survivors from 12 villages"', s: 'Rescuers picked up survivors from 12 villages.', cues: ['villages'], expect: 'Rescuers picked up survivors from [12] villages.' },
  {
    name: 'review: the quake’s toll after a noun cue ("struck at dawn, killing 300 people")',
    s: 'The earthquake struck at dawn, killing 300 people.',
    cues: ['earthquake'],
    target: { unitNoun: 'people', words: ['people', 'earthquake'] },
    expect: 'The earthquake struck at dawn, killing [300] people.',
  },
  { name: 'review: ability "could reach just 40 villages" is no hedge', s: 'Rescuers could reach just 40 villages by Tuesday.', cues: ['villages'], expect: 'Rescuers could reach just [40] villages by Tuesday.' },
  { name: 'review: a hedge does not reach into a relative clause', s: 'Officials warned the storm could bring flooding to areas where 2,000 people live.', cues: ['people'], expect: 'Officials warned the storm could bring flooding to areas where [2,000] people live.' },
  { name: 'hedge after the figure: "more than 900,000 customers could lose power"', s: 'Entergy warned that more than 900,000 customers could lose power.', cues: ['customers'], expect: null },
  { name: 'no hedge: "1,342,117 individuals may have been accessed" states the count', s: 'Information relating to 1,342,117 individuals may have been accessed.', cues: ['individuals'], expect: 'Information relating to [1,342,117] individuals may have been accessed.' },
  {
    name: 'the noun before "of" belongs to the figure before it ("40 members of 3 gangs")',
    s: 'Police detained 40 members of 3 rival gangs.',
    cues: ['detained'],
    target: { words: ['members', 'detained'] },
    expect: 'Police detained [40] members of 3 rival gangs.',
  },
  {
    name: 'a speed written out: "125 miles per hour" for a claim in mph (AFP, NPR styles)',
    s: 'The storm made landfall with winds of 125 miles per hour.',
    cues: ['winds'],
    target: { unitNoun: 'mph', words: ['winds', 'mph'] },
    expect: 'The storm made landfall with winds of [125] miles per hour.',
  },
  {
    name: '"by X, to Y": the level, for a claim about the level (AP, Al Jazeera styles)',
    s: 'The court cut her four-year doping ban by 18 months, to 30 months.',
    cues: ['ban'],
    target: { unitClass: 'time', timeUnit: 'months', words: ['ban', 'length'] },
    expect: 'The court cut her four-year doping ban by 18 months, to [30 months].',
  },
  {
    name: '"by X, to Y": the change, for a claim about the change',
    s: 'The court cut her four-year doping ban by 18 months, to 30 months.',
    cues: ['ban'],
    target: { unitClass: 'time', timeUnit: 'months', words: ['ban', 'cut'] },
    expect: 'The court cut her four-year doping ban by [18 months], to 30 months.',
  },
  {
    name: 'partitive with an owner: "Nineteen of the train’s 34 wagons" (Reuters style)',
    s: "Nineteen of the train's 34 wagons came off the tracks on a curve.",
    cues: ['came off the tracks'],
    target: { unitNoun: 'wagons', words: ['wagons', 'train'], head: 'wagons' },
    expect: "[Nineteen] of the train's 34 wagons came off the tracks on a curve.",
  },
  {
    name: 'a part listed with "including" is not the total (AP style)',
    s: 'The film earned $112.5 million worldwide, including $64.3 million from 52 international markets.',
    cues: ['earned'],
    target: { unitClass: 'currency', currency: 'USD', words: ['global', 'opening'] },
    expect: 'The film earned [$112.5 million] worldwide, including $64.3 million from 52 international markets.',
  },
  {
    name: 'a part whose noun is the cue is the claim’s',
    s: 'Airlines cancelled 84 flights, including 44 international flights.',
    cues: ['international flights'],
    expect: 'Airlines cancelled 84 flights, including [44] international flights.',
  },
  {
    name: 'a unit of measure in another spelling: "10 kilometers" for a claim in kilometres (AP style)',
    s: 'The ash column rose 10 kilometers above the summit.',
    cues: ['ash column'],
    target: { unitNoun: 'kilometres', words: ['ash', 'column', 'kilometres'] },
    expect: 'The ash column rose [10] kilometers above the summit.',
  },
  {
    name: 'a fronted cue and a finite verb: "Globally, the film earned $112.5 million" (AP style)',
    s: 'Globally, the film earned $112.5 million, including $64.3 million from 52 international markets.',
    cues: ['Globally'],
    target: { unitClass: 'currency', currency: 'USD', words: ['worldwide', 'opening', 'gross'] },
    expect: 'Globally, the film earned [$112.5 million], including $64.3 million from 52 international markets.',
  },
  {
    name: 'a cue inside a relative clause ties no figure after it ("which opened in 4,125 theaters, earned nearly $9 million")',
    s: 'The release, which opened in 4,125 theaters, earned nearly $9 million from previews.',
    cues: ['opened'],
    target: { unitClass: 'currency', currency: 'USD', words: ['opening', 'weekend'] },
    expect: null,
  },
  {
    name: '…but its antecedent’s figure is the claim’s ("the three people who lost their lives")',
    s: 'The families of the three people who lost their lives when the bridge collapsed called for charges.',
    cues: ['lost their lives'],
    target: { unitNoun: 'people', words: ['people', 'killed'] },
    expect: 'The families of the [three] people who lost their lives when the bridge collapsed called for charges.',
  },
  {
    name: 'the part of a partitive whose whole’s noun is the cue ("replaced seven of his 22 ministers", AP style)',
    s: 'The prime minister replaced seven of his 22 ministers on Monday.',
    cues: ['ministers'],
    target: { words: ['ministers', 'replaced'] },
    expect: 'The prime minister replaced [seven] of his 22 ministers on Monday.',
  },
  {
    name: 'a claim about a demand keeps the sought figure ("prosecutors sought a six-year term")',
    s: 'Prosecutors sought a six-year term for van der Wiel.',
    cues: ['term'],
    target: { unitClass: 'time', timeUnit: 'years', words: ['prosecutors', 'demand', 'term'] },
    expect: 'Prosecutors sought a [six-year] term for van der Wiel.',
  },
  {
    name: 'hedge: a claim about a possible figure keeps it',
    s: 'The death toll could rise to 300.',
    cues: ['death toll'],
    target: { words: ['potential', 'death', 'toll'] },
    expect: 'The death toll could rise to [300].',
  },
  {
    name: 'a claim about a forecast keeps forecast figures',
    s: 'Economists had forecast a 200,000 gain.',
    cues: ['forecast'],
    target: { words: ['economists', 'forecast'] },
    expect: 'Economists had forecast a [200,000] gain.',
  },
  {
    name: 'election: a figure in a relative clause about another name',
    s: 'Ibáñez received 11,284,917 votes, a margin of 739,615 over Ospina, who had led the first round on May 31 with 41.3%.',
    cues: ['Ibáñez'],
    target: { unitClass: 'percent' },
    expect: null,
  },
  {
    name: 'plane-crash: "that killed 61" describes the crash, not the survivors',
    s: 'Survivors of a plane crash in southern Peru that killed 61 people described the impact.',
    cues: ['Survivors'],
    target: { unitNoun: 'people', words: ['survivors'] },
    expect: null,
  },
  {
    name: 'court-ruling: a relative clause holding the cue keeps its figure (thousands comma)',
    s: 'The penalty, which covered 1,612 violations over three years, was upheld.',
    cues: ['violations'],
    expect: 'The penalty, which covered [1,612] violations over three years, was upheld.',
  },
  {
    name: 'uk-politics: ", down from" gives an earlier value',
    s: 'Some 32,345 asylum seekers were living in hotels at the end of June, down from a peak of more than 56,000 in 2023.',
    cues: ['hotels'],
    target: { unitNoun: 'hotels', words: ['hotels'] },
    expect: null,
  },
  {
    name: 'earnings: ", from $2.9 billion a year earlier" is the baseline',
    s: 'Net income rose to $3.4 billion, or $1.42 per share, from $2.9 billion a year earlier.',
    cues: ['net income'],
    target: { unitClass: 'currency', currency: 'USD' },
    expect: 'Net income rose to [$3.4 billion], or $1.42 per share, from $2.9 billion a year earlier.',
  },
  {
    name: 'plane-crash: a comparison window ("deadliest … since 1996, when …") is another event',
    s: 'It was Peru’s deadliest air disaster since 1996, when 70 people died in the crash of a Boeing 737 near Arequipa.',
    cues: ['died'],
    expect: null,
  },
  {
    name: 'a comparison window ends with its clause',
    s: 'It was the deadliest quake since 2023, and 127 people were killed.',
    cues: ['killed'],
    expect: 'It was the deadliest quake since 2023, and [127] people were killed.',
  },
  {
    name: 'football: "since" without another time opens no comparison',
    s: "It was Northbridge's first home match since a 40-day strike by stadium staff ended this month, and a crowd of 41,228 turned out.",
    cues: ['crowd'],
    expect: "It was Northbridge's first home match since a 40-day strike by stadium staff ended this month, and a crowd of [41,228] turned out.",
  },
  {
    name: 'plane-crash: "Among the dead" names a subset',
    s: 'Among the dead were a family of five from Arequipa and a 4-year-old boy.',
    cues: ['dead'],
    expect: null,
  },
  {
    name: 'plane-crash: "Eight of the survivors" is a subset of the survivors',
    s: 'Eight of the survivors are in critical condition.',
    cues: ['survivors'],
    expect: null,
  },
  {
    name: 'election: the part of a partitive counts the whole’s noun',
    s: 'Her coalition holds 48 of the 108 seats in the Senate.',
    cues: ['Senate'],
    target: { unitNoun: 'seats', words: ['senate', 'seats'] },
    expect: 'Her coalition holds [48] of the 108 seats in the Senate.',
  },
  {
    name: 'plane-crash: "All but 11 of the 72" — the killed',
    s: 'All but 11 of the 72 people on board were killed.',
    cues: ['killed'],
    target: { unitNoun: 'people' },
    expect: '[All but 11] of the 72 people on board were killed.',
  },
  {
    name: 'plane-crash: "All but 11 of the 72 people on board" — those aboard',
    s: 'All but 11 of the 72 people on board were killed.',
    cues: ['on board'],
    target: { unitNoun: 'people' },
    expect: 'All but 11 of the [72] people on board were killed.',
  },
  {
    name: 'jobs-report: a cue in a figure-less "rebound from October" ties nothing',
    s: 'Employers added 227,000 jobs in November, a sharp rebound from October, when hurricanes hit.',
    cues: ['October'],
    expect: null,
  },
  {
    name: 'jobs-report: "4% from a year earlier" — the from-phrase is the figure’s own',
    s: 'Average hourly pay rose 0.4% from October and 4% from a year earlier.',
    cues: ['a year earlier'],
    target: { unitClass: 'percent' },
    expect: 'Average hourly pay rose 0.4% from October and [4%] from a year earlier.',
  },
  {
    name: 'quake: a compound modifier ("6.9-magnitude") is not a count of the injured',
    s: 'More than 1,000 people were injured in the 6.9-magnitude quake.',
    cues: ['injured'],
    target: { unitNoun: 'people' },
    expect: '[More than 1,000] people were injured in the 6.9-magnitude quake.',
  },
  {
    name: 'quake: a magnitude claim takes the magnitude',
    s: 'The death toll from a magnitude 6.9 earthquake rose to 112 on Tuesday.',
    cues: ['magnitude'],
    target: { words: ['magnitude'] },
    expect: 'The death toll from a magnitude [6.9] earthquake rose to 112 on Tuesday.',
  },
  {
    name: 'quake: a toll claim does not take the magnitude',
    s: 'The death toll from a magnitude 6.9 earthquake rose to 112 on Tuesday.',
    cues: ['death toll'],
    target: { unitNoun: 'people' },
    expect: 'The death toll from a magnitude 6.9 earthquake rose to [112] on Tuesday.',
  },
  {
    name: 'earnings: "its shares up 6%" is the shares’ change, in another clause',
    s: 'Halvorsen reported revenue above estimates on Wednesday, sending its shares up 6% in extended trading.',
    cues: ['revenue'],
    target: { unitClass: 'percent' },
    expect: null,
  },
  {
    name: 'uk-politics: a cue that is a counted noun does not lend itself to a count of another noun',
    s: 'All 120 hotels still used to house asylum seekers in England will close by March 2027.',
    cues: ['asylum seekers'],
    target: { words: ['asylum', 'seekers', 'housed', 'hotels'], head: 'seekers', cueWords: ['asylum', 'seekers'] },
    expect: null,
  },
  {
    name: 'election: a cue naming the subject beats the unit noun ("a margin of" over "votes")',
    s: 'Ibáñez received 11,284,917 votes, a margin of 739,615 over Ospina.',
    cues: ['margin', 'votes'],
    target: { unitNoun: 'votes', words: ['margin', 'votes'] },
    expect: 'Ibáñez received 11,284,917 votes, a margin of [739,615] over Ospina.',
  },
  {
    name: 'election: a possessive cue owns the figure after it, not the one before',
    s: "Ms Ibáñez won 50.4% to Mr Ospina's 47.1% in Saturday's runoff.",
    cues: ['Ospina'],
    target: { unitClass: 'percent' },
    expect: "Ms Ibáñez won 50.4% to Mr Ospina's [47.1%] in Saturday's runoff.",
  },
  {
    name: 'election: "47.1% for Joaquín Ospina" (given name before the surname cue)',
    s: 'Ibáñez won 50.7% of the vote against 47.1% for Joaquín Ospina.',
    cues: ['Ospina'],
    target: { unitClass: 'percent', words: ['ospina', 'share', 'runoff', 'vote'] },
    expect: 'Ibáñez won 50.7% of the vote against [47.1%] for Joaquín Ospina.',
  },
  {
    name: 'election: "of the vote" is every share’s base, not a tie to the claim',
    s: 'Mariana Ibáñez won with 50.4% of the vote, narrowly beating Joaquín Ospina, who took 47.1%.',
    cues: ['Ospina'],
    target: { unitClass: 'percent', words: ['ospina', 'share', 'runoff', 'vote'] },
    expect: 'Mariana Ibáñez won with 50.4% of the vote, narrowly beating Joaquín Ospina, who took [47.1%].',
  },
  {
    name: 'jobs-report: a figure stated for another month than the claim’s',
    s: 'In Ohio, the unemployment rate was 4.4% in October.',
    cues: ['unemployment rate'],
    target: { unitClass: 'percent', months: [11], years: [2024] },
    expect: null,
  },
  {
    name: 'football: the subject’s head, not its other words, ties a noun',
    s: 'The Ghana star now has 22 league goals and Northbridge are unbeaten in 13 games.',
    cues: ['unbeaten'],
    target: { words: ['northbridge', 'unbeaten', 'run', 'league', 'matches'], head: 'run', cueWords: ['unbeaten'] },
    expect: 'The Ghana star now has 22 league goals and Northbridge are unbeaten in [13] games.',
  },
  {
    name: 'teachers-strike: a verb "estimates" gives the figure (the district’s estimate is the claim’s)',
    s: 'The district estimates it will cost $41.7 million over two years.',
    cues: ['cost'],
    target: { unitClass: 'currency', currency: 'USD' },
    expect: 'The district estimates it will cost [$41.7 million] over two years.',
  },
  {
    name: 'teachers-strike: a cap ("caps class sizes at 28 students") is a limit, not a count',
    s: 'The deal caps class sizes at 28 students in most grades.',
    cues: ['students'],
    expect: null,
  },
  {
    name: 'fed-decision: a dissenter’s preferred cut is not the cut',
    s: 'Governor Stephen Miran dissented in favor of a 50-basis-point cut.',
    cues: ['cut'],
    target: { unitClass: 'percentage-points' },
    expect: null,
  },
  {
    name: 'fed-decision: "Three of the Fed’s 12 policymakers dissented" — the part, not the whole',
    s: 'Three of the Fed’s 12 policymakers dissented, the most since 2019.',
    cues: ['dissented'],
    expect: '[Three] of the Fed’s 12 policymakers dissented, the most since 2019.',
  },
  {
    name: 'fed-decision: a projected range (a target range is not a forecast claim)',
    s: 'New projections showed the median policymaker expects the policy rate to end 2026 in the 3.25%-3.50% range.',
    cues: ['range'],
    target: { unitClass: 'percent', words: ['upper', 'bound', 'federal', 'funds', 'target', 'range'] },
    expect: null,
  },
  {
    name: 'eu-summit: a cue deep in the complement of another noun describes that noun',
    s: 'Von der Leyen has proposed €150 billion in EU-backed loans for joint procurement of air defence, drones and ammunition.',
    cues: ['defence'],
    target: { unitClass: 'currency', currency: 'EUR', words: ['defence', 'spending'], head: 'spending', cueWords: ['defence'] },
    expect: null,
  },
  {
    name: 'eu-summit: the loans claim takes the loans ("proposed" is a plan, not a forecast)',
    s: 'Von der Leyen has proposed €150 billion in EU-backed loans for joint procurement of air defence.',
    cues: ['loans'],
    target: { unitClass: 'currency', currency: 'EUR' },
    expect: 'Von der Leyen has proposed [€150 billion] in EU-backed loans for joint procurement of air defence.',
  },
  {
    name: 'a cue one preposition after the noun still ties ("migrants in Texas")',
    s: 'Officials counted 218,000 migrants in Texas.',
    cues: ['Texas'],
    target: { words: ['texas', 'apprehensions'] },
    expect: 'Officials counted [218,000] migrants in Texas.',
  },
  {
    name: 'a later cue after a verb is the clause’s ("were deported by Mexico")',
    s: 'Last year 5,000 Guatemalans were deported by Mexico.',
    cues: ['Mexico'],
    target: { words: ['mexico', 'deportations'] },
    expect: 'Last year [5,000] Guatemalans were deported by Mexico.',
  },
  {
    name: 'earnings: "a 12 per cent rise in quarterly revenue" — a change noun names what changed',
    s: 'Shares in Halvorsen Systems closed up 4.8 per cent on Thursday after the software group reported a 12 per cent rise in quarterly revenue to $21.6bn.',
    cues: ['revenue'],
    target: { unitClass: 'percent' },
    expect: 'Shares in Halvorsen Systems closed up 4.8 per cent on Thursday after the software group reported a [12 per cent] rise in quarterly revenue to $21.6bn.',
  },
  {
    name: 'jobs-report: "an upwardly revised 36,000 advance in October"',
    s: 'Nonfarm payrolls increased 227,000 last month after an upwardly revised 36,000 advance in October.',
    cues: ['October'],
    expect: 'Nonfarm payrolls increased 227,000 last month after an upwardly revised [36,000] advance in October.',
  },
  {
    name: 'measles: "most of the cases" is a figure-less quantifier phrase',
    s: 'Eighteen people have been hospitalized, and most of the cases are in children between the ages of 5 and 17.',
    cues: ['cases'],
    expect: null,
  },
  {
    name: 'football: a cue right after the figure',
    s: 'His two goals took him to 22 in the league.',
    cues: ['in the league'],
    expect: 'His two goals took him to [22] in the league.',
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

describe('the claim subject’s head and period (kinds/quantity/index.ts)', () => {
  it.each([
    ['Asylum seekers housed in hotels at end of June', 'seekers'],
    ['Third-quarter revenue', 'revenue'],
    ['People killed in the crash', 'People'],
    ["Northbridge's unbeaten run, in league matches", 'run'],
    ['Size of the rate cut', 'Size'],
    ['The emergency summit is held', 'summit'],
    ['Non-Mexican apprehensions at the Southwest border, fiscal 2016', 'apprehensions'],
  ])('%s → %s', (subject, head) => {
    expect(subjectHead(subject)).toBe(head);
  });

  it('reads the months and years a subject names', () => {
    expect(subjectTime('Nonfarm payrolls, November 2024')).toEqual({ months: [11], years: [2024] });
    expect(subjectTime('Measles cases in the outbreak')).toEqual({});
    expect(subjectTime(undefined)).toEqual({});
  });
});
