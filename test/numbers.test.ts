/**
 * The number reader (SPEC §2 "kind: quantity"), table-driven. Each row is the input with
 * every mention the reader finds written in [brackets], so a wrong span shows as a moved
 * bracket; the props are checked on mention `at` (default the first):
 * v value, h high, iv interval ("(220000, inf)"), u unit class, c currency, t time unit,
 * q qualifier, n noun text, cmp comparative, ms measure. `none(s)` asserts that nothing is read.
 */
import { describe, expect, it } from 'vitest';
import { parseNumberValue, readNumbers, type NumberMention } from '../src/extract/numbers.js';

interface Props {
  at?: number;
  v?: number;
  h?: number;
  iv?: string;
  u?: NumberMention['unitClass'];
  c?: string;
  t?: string;
  q?: string | null;
  n?: string;
  cmp?: boolean;
  ms?: string;
}
interface Row {
  input: string;
  rendered: string;
  props?: Props;
}

/** The input with brackets around every mention read in it. */
function render(s: string, mentions: NumberMention[] = readNumbers(s)): string {
  let out = '';
  let p = 0;
  for (const m of mentions) {
    out += `${s.slice(p, m.start)}[${s.slice(m.start, m.end)}]`;
    p = m.end;
  }
  return out + s.slice(p);
}

function fmt(n: number): string {
  return n === Infinity ? 'inf' : n === -Infinity ? '-inf' : String(n);
}

function interval(m: NumberMention): string {
  const iv = m.interval;
  return `${iv.loOpen ? '(' : '['}${fmt(iv.lo)}, ${fmt(iv.hi)}${iv.hiOpen ? ')' : ']'}`;
}

function row(rendered: string, props: Props): Row {
  return { input: rendered.replace(/[[\]]/g, ''), rendered, props };
}

function none(input: string): Row {
  return { input, rendered: input };
}

function check(r: Row): void {
  const ms = readNumbers(r.input);
  expect(render(r.input, ms)).toBe(r.rendered);
  for (const m of ms) expect(m.text).toBe(r.input.slice(m.start, m.end));
  const p = r.props;
  if (!p) {
    expect(ms).toEqual([]);
    return;
  }
  const m = ms[p.at ?? 0]!;
  expect(m).toBeDefined();
  if (p.v !== undefined) expect(m.value).toBeCloseTo(p.v, 9);
  expect(m.high).toBe(p.h);
  if (p.iv !== undefined) expect(interval(m)).toBe(p.iv);
  if (p.u !== undefined) expect(m.unitClass).toBe(p.u);
  expect(m.currency).toBe(p.c);
  expect(m.timeUnit).toBe(p.t);
  if (p.q !== undefined) expect(m.qualifier).toBe(p.q);
  expect(m.noun?.text).toBe(p.n);
  expect(m.comparative ?? false).toBe(p.cmp ?? false);
  expect(m.measure?.text).toBe(p.ms);
}

const group1: Row[] = [
    row('In fiscal year 2016, agents recorded apprehensions of [almost 191,000] undocumented Mexican citizens.', { v: 191000, iv: '[181450, 191000]', u: 'count', q: 'almost', n: 'undocumented Mexican citizens' }),
    row('The Border Patrol said it registered [218,000] detentions of non-Mexican nationals, most of them Central Americans.', { v: 218000, iv: '[218000, 218000]', u: 'count', q: null, n: 'detentions of non-Mexican nationals' }),
    row('the Border Patrol detained [more than 220,000] mainly Guatemalans, Hondurans and Salvadorans', { v: 220000, iv: '(220000, inf)', u: 'count', q: 'more than', n: 'Guatemalans, Hondurans and Salvadorans' }),
    row('pull out funding from the [nearly $2.5bn] Mérida Initiative', { v: 2500000000, iv: '[2375000000, 2500000000]', u: 'currency', c: 'USD', q: 'nearly', n: 'Mérida Initiative' }),
    row('build the wall, which could cost [about US$21.6 billion], the first time', { v: 21600000000, iv: '[20520000000, 22680000000]', u: 'currency', c: 'USD', q: 'about' }),
    row('which has fallen to a [45-year] low.', { v: 45, iv: '[45, 45]', u: 'time', t: 'years', q: null, n: 'low' }),
    row('has dropped to a [40-year] low, according to the Wilson Center.', { v: 40, iv: '[40, 40]', u: 'time', t: 'years', q: null, n: 'low' }),
    // Decision: "15,000 more agents" with no "than" is an addition (15,000 new agents), so it is a plain
    // count of agents, not a comparative; "5,000 fewer deaths" and "138,000 more jobs than" are comparatives.
    row('called for the hiring of [15,000] more US immigration agents', { v: 15000, iv: '[15000, 15000]', u: 'count', q: null, n: 'US immigration agents' }),
    row('in the nation for [more than two years] to expedited removal', { v: 2, iv: '(2, inf)', u: 'time', t: 'years', q: 'more than' }),
    row('US employers added [about 138,000] more jobs than in October.', { v: 138000, iv: '[131100, 144900]', u: 'count', q: 'about', n: 'jobs', cmp: true }),
    row('There were [5,000] fewer deaths on the roads last year.', { v: 5000, iv: '[5000, 5000]', u: 'count', q: null, n: 'deaths', cmp: true }),
    row('The economy added [211,000] jobs in November, the Labor Department said.', { v: 211000, iv: '[211000, 211000]', u: 'count', q: null, n: 'jobs' }),
    row('The unemployment rate fell to [4.1%], the lowest since 2000.', { v: 4.1, iv: '[4.1, 4.1]', u: 'percent', q: null }),
    row('Inflation rose [0.3 percentage points] to [2.5 per cent].', { v: 0.3, iv: '[0.3, 0.3]', u: 'percentage-points', q: null }),
    row('The company reported a net loss of [£3m], compared with a profit of [£1.2m] a year earlier.', { v: 3000000, iv: '[3000000, 3000000]', u: 'currency', c: 'GBP', q: null }),
    row('Shares closed down [3.5 percent] at [$41.20].', { v: 3.5, iv: '[3.5, 3.5]', u: 'percent', q: null }),
    row('Revenue rose [12pc] to [£4.5bn].', { v: 12, iv: '[12, 12]', u: 'percent', q: null }),
    row('The deal is worth [€3m].', { v: 3000000, iv: '[3000000, 3000000]', u: 'currency', c: 'EUR', q: null }),
    row('The central bank cut its main rate by [25 basis points] to [0.5%].', { v: 0.25, iv: '[0.25, 0.25]', u: 'percentage-points', q: null }),
    row('The quake killed [at least 2,000] people and injured [10,000] others.', { v: 2000, iv: '[2000, inf)', u: 'count', q: 'at least', n: 'people' }),
    row('Officials said the death toll had risen to [1,200], with [hundreds] still missing.', { v: 1200, iv: '[1200, 1200]', u: 'count', q: null }),
    row('[Tens of thousands] of people marched through London on Saturday.', { v: 20000, iv: '[20000, 99999]', u: 'count', q: 'tens of thousands', n: 'people' }),
    row('[Hundreds of thousands] of refugees have fled since 2011.', { v: 200000, iv: '[200000, 999999]', u: 'count', q: 'hundreds of thousands', n: 'refugees' }),
    row('[Millions of dollars] were spent on the campaign.', { v: 2000000, iv: '[2000000, 999000000]', u: 'currency', c: 'USD', q: 'millions' }),
    row('[Dozens] of protesters were arrested.', { v: 24, iv: '[24, 99]', u: 'count', q: 'dozens', n: 'protesters' }),
    row('[Thousands] gathered in the square.', { v: 2000, iv: '[2000, 9999]', u: 'count', q: 'thousands' }),
    row('The strike lasted [six weeks].', { v: 6, iv: '[6, 6]', u: 'time', t: 'weeks', q: null }),
    row('Rescuers worked for [17 hours] to free the miners.', { v: 17, iv: '[17, 17]', u: 'time', t: 'hours', q: null }),
    row('The [40-day] strike ended on Tuesday.', { v: 40, iv: '[40, 40]', u: 'time', t: 'days', q: null, n: 'strike' }),
    row('[Between 10 and 15] people were hurt.', { v: 10, h: 15, iv: '[10, 15]', u: 'count', q: 'between', n: 'people' }),
    row('Sentences range [from 5 to 10 years] in prison.', { v: 5, h: 10, iv: '[5, 10]', u: 'time', t: 'years', q: 'from' }),
    row('The project will cost [$3-4bn].', { v: 3000000000, h: 4000000000, iv: '[3000000000, 4000000000]', u: 'currency', c: 'USD', q: '-' }),
    row('[About 20-25%] of voters are undecided.', { v: 20, h: 25, iv: '[19, 26.25]', u: 'percent', q: 'about', n: 'voters' }),
    row('The agency will hire [2 to 3 million] temporary workers.', { v: 2000000, h: 3000000, iv: '[2000000, 3000000]', u: 'count', q: 'to', n: 'temporary workers' }),
    row('Police arrested [12] people and seized [500] kilograms of cocaine.', { v: 12, iv: '[12, 12]', u: 'count', q: null, n: 'people' }),
    row('[Some 300] firefighters battled the blaze.', { v: 300, iv: '[285, 315]', u: 'count', q: 'some', n: 'firefighters' }),
    row('[An estimated 1.5 million] people attended.', { v: 1500000, iv: '[1425000, 1575000]', u: 'count', q: 'an estimated', n: 'people' }),
    row('[Roughly half a million] people live in the city.', { v: 500000, iv: '[475000, 525000]', u: 'count', q: 'roughly', n: 'people' }),
    row('[One and a half million] people signed the petition.', { v: 1500000, iv: '[1500000, 1500000]', u: 'count', q: null, n: 'people' }),
    row('The plane carried [two hundred and fifty] passengers.', { v: 250, iv: '[250, 250]', u: 'count', q: null, n: 'passengers' }),
    row('[Twenty-one] people died.', { v: 21, iv: '[21, 21]', u: 'count', q: null, n: 'people' }),
    row('[A dozen] officers were injured.', { v: 12, iv: '[12, 12]', u: 'count', q: null, n: 'officers' }),
    row('The government will spend [Rs 500 crore] on the project.', { v: 5000000000, iv: '[5000000000, 5000000000]', u: 'currency', c: 'INR', q: null }),
    // Changed: money "in" a plural noun counts that noun (eu-summit: "€150 billion in EU-backed loans").
    row('The fund holds [¥500bn] in assets.', { v: 500000000000, iv: '[500000000000, 500000000000]', u: 'currency', c: 'JPY', q: null, n: 'assets' }),
    row('Mexico\'s economy is expected to grow [2.5%] this year, or [about 1.5 trillion pesos].', { v: 2.5, iv: '[2.5, 2.5]', u: 'percent', q: null }),
    row('The bill would cost [C$10 billion].', { v: 10000000000, iv: '[10000000000, 10000000000]', u: 'currency', c: 'CAD', q: null }),
    row('The fine was [A$2.5m].', { v: 2500000, iv: '[2500000, 2500000]', u: 'currency', c: 'AUD', q: null }),
    row('The state paid [Mex$3,000] per family.', { v: 3000, iv: '[3000, 3000]', u: 'currency', c: 'MXN', q: null }),
    row('The tax will raise [USD 5m] a year.', { v: 5000000, iv: '[5000000, 5000000]', u: 'currency', c: 'USD', q: null }),
    row('Profit fell [5%] to [$1.2 billion].', { v: 5, iv: '[5, 5]', u: 'percent', q: null }),
    row('Sales rose from [$3bn] to [$4bn].', { v: 3000000000, iv: '[3000000000, 3000000000]', u: 'currency', c: 'USD', q: null }),
    row('Prices ranged [from $5 to $10].', { v: 5, h: 10, iv: '[5, 10]', u: 'currency', c: 'USD', q: 'from' }),
    row('Turnout was [67 per cent].', { v: 67, iv: '[67, 67]', u: 'percent', q: null }),
    row('Labour\'s lead narrowed to [3] points.', { v: 3, iv: '[3, 3]', u: 'count', q: null, n: 'points' }),
    row('The yield rose [10 bps].', { v: 0.1, iv: '[0.1, 0.1]', u: 'percentage-points', q: null }),
    row('Costs could exceed [$10k] per patient.', { v: 10000, iv: '[10000, 10000]', u: 'currency', c: 'USD', q: null }),
    // An attached m/k followed by a distance word is metres/kilometres, not a million/thousand...
    none('The 100m sprint final was held on Sunday.'),
    // ...otherwise, even without a currency, it is a thousand/million ("10k", "1.2m people").
    row('He earns [10k] a month.', { v: 10000, iv: '[10000, 10000]', u: 'count', q: null }),
    row('The company has [10,000-plus] employees.', { v: 10000, iv: '[10000, inf)', u: 'count', q: 'or more', n: 'employees' }),
    row('There were [220,000 or more] applicants.', { v: 220000, iv: '[220000, inf)', u: 'count', q: 'or more', n: 'applicants' }),
    row('[A dozen or so] people were inside.', { v: 12, iv: '[11.4, 12.6]', u: 'count', q: 'or so', n: 'people' }),
    // Temperatures are not a unit class: "-3.5C" (a letter glued to the digits) is not read.
    none('Temperatures fell to -3.5C.'),
    row('Growth was [-0.3%] in the quarter.', { v: -0.3, iv: '[-0.3, -0.3]', u: 'percent', q: null }),
    row('The index fell [0.3 percentage points].', { v: 0.3, iv: '[0.3, 0.3]', u: 'percentage-points', q: null }),
    row('[Two or three] people were seen running away.', { v: 2, h: 3, iv: '[2, 3]', u: 'count', q: 'or', n: 'people' }),
    none('The measure passed 5-4 on Thursday.'),
    none('Manchester United won 3-1.'),
    none('The Supreme Court ruled 6-3 in favour.'),
    // Second mentions of some rows above.
    row('Mexico\'s economy is expected to grow [2.5%] this year, or [about 1.5 trillion pesos].', { at: 1, v: 1.5e12, iv: '[1425000000000, 1575000000000]', u: 'currency', c: 'MXN', q: 'about' }),
    row('Inflation rose [0.3 percentage points] to [2.5 per cent].', { at: 1, v: 2.5, iv: '[2.5, 2.5]', u: 'percent', q: null }),
    row('The quake killed [at least 2,000] people and injured [10,000] others.', { at: 1, v: 10000, iv: '[10000, 10000]', u: 'count', q: null, n: 'others' }),
    row('Sales rose from [$3bn] to [$4bn].', { at: 1, v: 4e9, iv: '[4000000000, 4000000000]', u: 'currency', c: 'USD', q: null }),
    row('The central bank cut its main rate by [25 basis points] to [0.5%].', { at: 1, v: 0.5, iv: '[0.5, 0.5]', u: 'percent', q: null }),
];

const group2: Row[] = [
    none('The initiative was started in 2008.'),
    none('Results for fiscal 2016 were strong.'),
    none('The meeting is on February 23.'),
    none('The meeting is on Feb. 23, 2017.'),
    none('The vote was held on 23 February 2017.'),
    none('They will deliver a letter at 2 pm on Thursday.'),
    none('The train leaves at 10:30 and arrives at 2 p.m.'),
    none('The shop opens at 9am.'),
    none('The quake struck at 0136 GMT (9:36 p.m. ET) on Sunday.'),
    none('Voting ends at 1430 local time, or around 1300 UTC.'),
    none('The convoy left base at 0900 hrs.'),
    none('Freight train 62021 derailed near kilometre 312.'),
    row('[Scores] of flights were cancelled.', { v: 40, iv: '[40, 199]', u: 'count', n: 'flights' }),
    row('Test scores of [80 or more] rose.', { v: 80, u: 'count' }),
    row('Airlines cancelled [scores] of flights.', { v: 40, iv: '[40, 199]', u: 'count', n: 'flights' }),
    none('Their scores of students improved.'),
    row('The fund has [3,40,215] members.', { v: 340215, iv: '[340215, 340215]', u: 'count', q: null, n: 'members' }),
    row('The hackers took bank details of [more than 8,000] current and former employees.', { v: 8000, iv: '(8000, inf)', u: 'count', q: 'more than', n: 'current and former employees' }),
    row('It raised the rate by [350 basis points], from [6.50 per cent] to [10.00 per cent].', { at: 2, v: 10, iv: '[10, 10]', u: 'percent', q: null }),
    row('The crowd grew, with police estimating [5,000 to 10,000] people.', { v: 5000, h: 10000, iv: '[5000, 10000]', u: 'count', n: 'people' }),
    row('Winds were [near 140] mph at landfall.', { v: 140, iv: '[133, 147]', u: 'count', q: 'near', n: 'mph' }),
    row('[From 40 to 50] people attended each session.', { v: 40, h: 50, iv: '[40, 50]', u: 'count', n: 'people' }),
    row('He was ordered to serve [1200 hours] of community service.', { v: 1200, iv: '[1200, 1200]', u: 'time', t: 'hours', q: null, n: 'community service' }),
    none('He finished 45th in the race.'),
    none('It was the first time in a decade.'),
    none('Flight MH17 was shot down over Ukraine.'),
    none('The Boeing 737 jets were grounded.'),
    none('The F-16 fighter crashed.'),
    none('COVID-19 cases rose sharply.'),
    none('Traffic on I-95 was backed up.'),
    none('Print it on A4 paper.'),
    none('The app was updated to version 2.3.1.'),
    none('Call 555-123-4567 for details.'),
    none('The prime minister returned to No. 10 on Friday.'),
    none('A 10-year-old girl was rescued.'),
    none('The 45-year-old was arrested on Monday.'),
    none('John Smith, 45, was charged with murder.'),
    none('One of the victims was a child.'),
    none('One day, he said, things would change.'),
    none('No one was hurt.'),
    none('The storm was a Category 4 hurricane.'),
    none('The rise was reported in the 1990s.'),
    none('He served from 2010 to 2015.'),
    none('The 2016-17 season was his best.'),
    none('Officials said it happened 24/7.'),
    none('He was aged 45.'),
    none('It is a 5G network.'),
    row('Sales rose [3-4 percent].', { v: 3, h: 4, iv: '[3, 4]', u: 'percent', q: '-' }),
    row('The stock has a P/E of [12].', { v: 12, iv: '[12, 12]', u: 'count', q: null }),
    none('The 18-year-olds can vote.'),
    row('She spent [two years] in Paris.', { v: 2, iv: '[2, 2]', u: 'time', t: 'years', q: null }),
    row('He was sentenced to [two and a half years] in prison.', { v: 2.5, iv: '[2.5, 2.5]', u: 'time', t: 'years', q: null }),
    none('The US$ rate was stable.'),
    row('Only [one] person survived the crash.', { v: 1, iv: '[1, 1]', u: 'count', q: null, n: 'person' }),
    row('[At least one] person was killed.', { v: 1, iv: '[1, inf)', u: 'count', q: 'at least', n: 'person' }),
    row('It took [one year] to build.', { v: 1, iv: '[1, 1]', u: 'time', t: 'years', q: null }),
    row('The ceasefire lasted [one day].', { v: 1, iv: '[1, 1]', u: 'time', t: 'days', q: null }),
    row('[More than 1,000] migrants crossed in a single day.', { v: 1000, iv: '(1000, inf)', u: 'count', q: 'more than', n: 'migrants' }),
    row('[Nearly 40%] of Americans disapprove.', { v: 40, iv: '[38, 40]', u: 'percent', q: 'nearly', n: 'Americans' }),
    none('Just over half of voters backed the plan.'),
    row('[Fewer than 100] people attended.', { v: 100, iv: '(-inf, 100)', u: 'count', q: 'fewer than', n: 'people' }),
    row('[Up to 5,000] jobs could go.', { v: 5000, iv: '(-inf, 5000]', u: 'count', q: 'up to', n: 'jobs' }),
    row('[As many as 300] people may have died.', { v: 300, iv: '(-inf, 300]', u: 'count', q: 'as many as', n: 'people' }),
    row('[No more than 20] people are allowed inside.', { v: 20, iv: '(-inf, 20]', u: 'count', q: 'no more than', n: 'people' }),
    row('[A maximum of 50] guests can attend.', { v: 50, iv: '(-inf, 50]', u: 'count', q: 'a maximum of', n: 'guests' }),
    row('[In excess of £2m] was raised.', { v: 2000000, iv: '(2000000, inf)', u: 'currency', c: 'GBP', q: 'in excess of' }),
    row('[Upwards of 10,000] fans are expected.', { v: 10000, iv: '(10000, inf)', u: 'count', q: 'upwards of', n: 'fans' }),
    row('[Just under 3 million] viewers tuned in.', { v: 3000000, iv: '[2850000, 3000000]', u: 'count', q: 'just under', n: 'viewers' }),
    row('[Just shy of 50%] voted yes.', { v: 50, iv: '[47.5, 50]', u: 'percent', q: 'just shy of' }),
    row('[Close to 200] people were evacuated.', { v: 200, iv: '[190, 210]', u: 'count', q: 'close to', n: 'people' }),
    row('[Approximately 3.2 million] barrels a day.', { v: 3200000, iv: '[3040000, 3360000]', u: 'count', q: 'approximately', n: 'barrels' }),
    row('[Around 500] troops will be deployed.', { v: 500, iv: '[475, 525]', u: 'count', q: 'around', n: 'troops' }),
    row('[Circa 1,500] homes were destroyed.', { v: 1500, iv: '[1425, 1575]', u: 'count', q: 'circa', n: 'homes' }),
    row('[~300] people showed up.', { v: 300, iv: '[285, 315]', u: 'count', q: '~', n: 'people' }),
    row('[Exceeding 5,000] cases, the outbreak spread.', { v: 5000, iv: '(5000, inf)', u: 'count', q: 'exceeding', n: 'cases' }),
    row('[No fewer than 12] ministers resigned.', { v: 12, iv: '[12, inf)', u: 'count', q: 'no fewer than', n: 'ministers' }),
    row('[A minimum of 30 days]\' notice is required.', { v: 30, iv: '[30, inf)', u: 'time', t: 'days', q: 'a minimum of' }),
    row('[Less than 5%] of the budget went to aid.', { v: 5, iv: '(-inf, 5)', u: 'percent', q: 'less than', n: 'budget' }),
    row('[Under 10,000] tickets remain.', { v: 10000, iv: '(-inf, 10000)', u: 'count', q: 'under', n: 'tickets' }),
    row('[Below 2%] inflation is the target.', { v: 2, iv: '(-inf, 2)', u: 'percent', q: 'below', n: 'inflation' }),
    row('[At most 20] people can fit.', { v: 20, iv: '(-inf, 20]', u: 'count', q: 'at most', n: 'people' }),
    row('[Above 40] degrees, the engine overheats.', { v: 40, iv: '(40, inf)', u: 'count', q: 'above', n: 'degrees' }),
    row('[Over 200] people were injured.', { v: 200, iv: '(200, inf)', u: 'count', q: 'over', n: 'people' }),
    row('[Just above 3%] growth was reported.', { v: 3, iv: '(3, 3.15]', u: 'percent', q: 'just above', n: 'growth' }),
    row('The company employs [1.2m] people in the UK.', { v: 1200000, iv: '[1200000, 1200000]', u: 'count', q: null, n: 'people' }),
    row('The EU will provide [€1.5 billion].', { v: 1500000000, iv: '[1500000000, 1500000000]', u: 'currency', c: 'EUR', q: null }),
    row('Britain pledged [£250 million] in aid.', { v: 250000000, iv: '[250000000, 250000000]', u: 'currency', c: 'GBP', q: null }),
    row('Japan\'s budget totals [¥100 trillion].', { v: 100000000000000, iv: '[100000000000000, 100000000000000]', u: 'currency', c: 'JPY', q: null }),
    row('India allocated [₹1.5 lakh crore].', { v: 1500000000000, iv: '[1500000000000, 1500000000000]', u: 'currency', c: 'INR', q: null }),
    row('The loan was [500 million euros].', { v: 500000000, iv: '[500000000, 500000000]', u: 'currency', c: 'EUR', q: null }),
    row('Mexico approved [2 billion pesos] for the program.', { v: 2000000000, iv: '[2000000000, 2000000000]', u: 'currency', c: 'MXN', q: null }),
    row('Tickets cost [50 cents].', { v: 0.5, iv: '[0.5, 0.5]', u: 'currency', c: 'USD', q: null }),
    row('A pint costs [50p] more.', { v: 0.5, iv: '[0.5, 0.5]', u: 'currency', c: 'GBP', q: null }),
    row('The pound fell [2 per cent] against the dollar.', { v: 2, iv: '[2, 2]', u: 'percent', q: null }),
    row('GDP grew by [0.5 per cent] in the third quarter.', { v: 0.5, iv: '[0.5, 0.5]', u: 'percent', q: null }),
    row('Unemployment fell by [0.2 percentage point].', { v: 0.2, iv: '[0.2, 0.2]', u: 'percentage-points', q: null }),
    row('The rate rose by [a quarter of a percentage point].', { v: 0.25, iv: '[0.25, 0.25]', u: 'percentage-points', q: null }),
    row('The Fed raised rates by [0.25 percentage points].', { v: 0.25, iv: '[0.25, 0.25]', u: 'percentage-points', q: null }),
    row('The company lost [$1.2-billion] last year.', { v: 1200000000, iv: '[1200000000, 1200000000]', u: 'currency', c: 'USD', q: null }),
    row('The war lasted [three decades].', { v: 30, iv: '[30, 30]', u: 'time', t: 'years', q: null }),
    row('The operation took [90 minutes].', { v: 90, iv: '[90, 90]', u: 'time', t: 'minutes', q: null }),
    row('The flight was delayed by [3 hrs].', { v: 3, iv: '[3, 3]', u: 'time', t: 'hours', q: null }),
    none('Voters aged 18 to 24 turned out.'),
];

const group3: Row[] = [
    row('WASHINGTON (Reuters) - U.S. job growth slowed sharply in November, with nonfarm payrolls increasing by [138,000] jobs.', { v: 138000, iv: '[138000, 138000]', u: 'count', q: null, n: 'jobs' }),
    row('The death toll from the earthquake rose to [2,500] on Tuesday, officials said.', { v: 2500, iv: '[2500, 2500]', u: 'count', q: null }),
    row('[At least 17] people were killed and [42] wounded in the blast.', { v: 17, iv: '[17, inf)', u: 'count', q: 'at least', n: 'people' }),
    row('The storm left [1.2 million] homes without power.', { v: 1200000, iv: '[1200000, 1200000]', u: 'count', q: null, n: 'homes' }),
    row('Clinton won [48.2%] of the vote to Trump\'s [46.1%].', { v: 48.2, iv: '[48.2, 48.2]', u: 'percent', q: null, n: 'vote' }),
    row('The bill passed the Senate by [52] votes to [48].', { v: 52, iv: '[52, 52]', u: 'count', q: null, n: 'votes' }),
    row('Turnout was [72.3%], up from [66.4%] in 2015.', { v: 72.3, iv: '[72.3, 72.3]', u: 'percent', q: null }),
    row('The Tories won [365] seats, giving them a majority of [80].', { v: 365, iv: '[365, 365]', u: 'count', q: null, n: 'seats' }),
    row('The judge sentenced him to [25 years] in prison and fined him [$10,000].', { v: 25, iv: '[25, 25]', u: 'time', t: 'years', q: null }),
    row('The jury awarded [$4.7 billion] in damages.', { v: 4700000000, iv: '[4700000000, 4700000000]', u: 'currency', c: 'USD', q: null, n: 'damages' }),
    row('The court ordered the company to pay [£1.2bn].', { v: 1200000000, iv: '[1200000000, 1200000000]', u: 'currency', c: 'GBP', q: null }),
    row('The council faces a [£30m] black hole in its budget.', { v: 30000000, iv: '[30000000, 30000000]', u: 'currency', c: 'GBP', q: null, n: 'black hole' }),
    row('The government will borrow an extra [£12bn] next year.', { v: 12000000000, iv: '[12000000000, 12000000000]', u: 'currency', c: 'GBP', q: null }),
    row('The budget deficit widened to [3.2%] of GDP.', { v: 3.2, iv: '[3.2, 3.2]', u: 'percent', q: null, n: 'GDP' }),
    row('Debt stood at [85.2 per cent] of GDP.', { v: 85.2, iv: '[85.2, 85.2]', u: 'percent', q: null, n: 'GDP' }),
    row('The Pentagon requested [$716 billion] for fiscal 2019.', { v: 716000000000, iv: '[716000000000, 716000000000]', u: 'currency', c: 'USD', q: null }),
    row('The NHS will receive an extra [£20.5bn] a year by 2023-24.', { v: 20500000000, iv: '[20500000000, 20500000000]', u: 'currency', c: 'GBP', q: null }),
    row('The firm axed [1,500] jobs.', { v: 1500, iv: '[1500, 1500]', u: 'count', q: null, n: 'jobs' }),
    row('It employs [45,000] staff worldwide.', { v: 45000, iv: '[45000, 45000]', u: 'count', q: null, n: 'staff' }),
    row('Oil fell [$2.15], or [3.4 percent], to [$61.20] a barrel.', { v: 2.15, iv: '[2.15, 2.15]', u: 'currency', c: 'USD', q: null }),
    row('The Dow Jones industrial average fell [512.4] points, or [1.9%], to [26,031].', { v: 512.4, iv: '[512.4, 512.4]', u: 'count', q: null, n: 'points' }),
    row('The [10-year] Treasury yield rose to [2.85%].', { v: 10, iv: '[10, 10]', u: 'time', t: 'years', q: null, n: 'Treasury yield' }),
    row('Brent crude rose [1.2%] to [$74.35].', { v: 1.2, iv: '[1.2, 1.2]', u: 'percent', q: null }),
    row('Shares in the company plunged [23%] on Thursday.', { v: 23, iv: '[23, 23]', u: 'percent', q: null }),
    row('The pound was down [0.4%] at [$1.2834].', { v: 0.4, iv: '[0.4, 0.4]', u: 'percent', q: null }),
    row('MPs voted [326] to [290] in favour.', { v: 326, iv: '[326, 326]', u: 'count', q: null }),
    row('The flight was carrying [239] passengers and crew.', { v: 239, iv: '[239, 239]', u: 'count', q: null, n: 'passengers' }),
    row('The fire destroyed [more than 1,000] homes and killed [85] people.', { v: 1000, iv: '(1000, inf)', u: 'count', q: 'more than', n: 'homes' }),
    // Changed: a fraction in words is a share, read as a percentage (about, without a qualifier).
    row('[Almost a third] of adults are obese.', { v: 33.3333333333, iv: '[31.6666666666, 33.3333333333]', u: 'percent', q: 'almost' }),
    none('He won a third term in the third quarter.'),
    row('The average household spends [£1,200] a year on energy.', { v: 1200, iv: '[1200, 1200]', u: 'currency', c: 'GBP', q: null }),
    // Changed: a ratio is a share, read as a percentage (about, when no qualifier says otherwise).
    row('[Nine in ten] voters support the measure.', { v: 90, iv: '[85.5, 94.5]', u: 'percent', q: null }),
    row('[More than nine in 10] members backed the strike.', { v: 90, iv: '(90, inf)', u: 'percent', q: 'more than' }),
    row('The number of homeless people rose by [4%] to [320,000].', { v: 4, iv: '[4, 4]', u: 'percent', q: null }),
    row('The company said it expected revenue of [between $1.1 billion and $1.2 billion].', { v: 1100000000, h: 1200000000, iv: '[1100000000, 1200000000]', u: 'currency', c: 'USD', q: 'between' }),
    row('The figure is expected to rise to [about 1.5m] by 2030.', { v: 1500000, iv: '[1425000, 1575000]', u: 'count', q: 'about' }),
];

const group4: Row[] = [
    row('Mum-of-two Sarah, 34, scooped [£1million] on the lottery.', { v: 1000000, iv: '[1000000, 1000000]', u: 'currency', c: 'GBP', q: null }),
    row('The footballer signed a [£50m] deal with Chelsea.', { v: 50000000, iv: '[50000000, 50000000]', u: 'currency', c: 'GBP', q: null, n: 'deal' }),
    row('Boris\'s [£350m]-a-week pledge was misleading.', { v: 350000000, iv: '[350000000, 350000000]', u: 'currency', c: 'GBP', q: null }),
    row('The star, 27, earns [£300,000] a week.', { v: 300000, iv: '[300000, 300000]', u: 'currency', c: 'GBP', q: null }),
    row('Cops seized [2.5] tonnes of cocaine worth [£100m].', { v: 2.5, iv: '[2.5, 2.5]', u: 'count', q: null, n: 'tonnes of cocaine' }),
    row('[Thousands] of Brits face a [£500] hike in bills.', { v: 2000, iv: '[2000, 9999]', u: 'count', q: 'thousands', n: 'Brits' }),
    row('A whopping [80 per cent] of readers agreed.', { v: 80, iv: '[80, 80]', u: 'percent', q: null, n: 'readers' }),
    none('He scored in the 89th minute.'),
    row('The second-largest city has [1.5 million] residents.', { v: 1500000, iv: '[1500000, 1500000]', u: 'count', q: null, n: 'residents' }),
    none('They won the Premier League title for the 20th time.'),
    row('On 11 September 2001, [almost 3,000] people were killed.', { v: 3000, iv: '[2850, 3000]', u: 'count', q: 'almost', n: 'people' }),
    row('The 9/11 attacks killed [almost 3,000] people.', { v: 3000, iv: '[2850, 3000]', u: 'count', q: 'almost', n: 'people' }),
    none('He lives at 10 Downing Street.'),
    none('The suspect was born in 1985 and moved to Texas in 2004.'),
    none('A 3-2 vote in the committee sent the bill to the floor.'),
    none('The phone number is (202) 555-0123.'),
    none('Call +44 20 7946 0958 for details.'),
    none('Article 50 was triggered on 29 March 2017.'),
    none('The G20 summit was held in Hamburg.'),
    none('The iPhone 7 was launched.'),
    none('The event runs from 9 a.m. to 5 p.m. daily.'),
    row('Sales in Q3 rose [5%].', { v: 5, iv: '[5, 5]', u: 'percent', q: null }),
    row('The Covid-19 pandemic killed [6.9 million] people worldwide.', { v: 6900000, iv: '[6900000, 6900000]', u: 'count', q: null, n: 'people' }),
    row('He was jailed for [18 months].', { v: 18, iv: '[18, 18]', u: 'time', t: 'months', q: null }),
    row('The 25-year-old striker joined for [£40m].', { v: 40000000, iv: '[40000000, 40000000]', u: 'currency', c: 'GBP', q: null }),
    none('Police are looking for a man in his 40s.'),
    none('The 1980s saw a boom.'),
    none('They had a 2-1 lead at half-time.'),
    row('The Section 8 housing program serves [2.2 million] families.', { v: 2200000, iv: '[2200000, 2200000]', u: 'count', q: null, n: 'families' }),
    row('The company cut its forecast to [3-3.5%].', { v: 3, h: 3.5, iv: '[3, 3.5]', u: 'percent', q: '-' }),
    row('Inflation hit [10.1%] in the [12 months] to July.', { v: 10.1, iv: '[10.1, 10.1]', u: 'percent', q: null }),
    row('The plane crashed [15 minutes] after take-off, killing all [157] people on board.', { v: 15, iv: '[15, 15]', u: 'time', t: 'minutes', q: null }),
    row('[Around 1 in 5] children live in poverty.', { v: 20, iv: '[19, 21]', u: 'percent' }),
    row('[Nearly two-thirds] of voters backed the plan.', { v: 66.6666666667, u: 'percent', q: 'nearly' }),
    row('He won by a margin of [3] to [1].', { v: 3, iv: '[3, 3]', u: 'count', q: null }),
    none('The team finished with a 10-6 record.'),
    row('He paid [$1,000,000] in cash.', { v: 1000000, iv: '[1000000, 1000000]', u: 'currency', c: 'USD', q: null }),
    row('The population is [8,336,817].', { v: 8336817, iv: '[8336817, 8336817]', u: 'count', q: null }),
    row('The ship was [300] metres long.', { v: 300, iv: '[300, 300]', u: 'count', q: null, n: 'metres' }),
    none('The bridge is 1.7km long.'),
    row('He ran the 10k race in [40 minutes].', { v: 40, iv: '[40, 40]', u: 'time', t: 'minutes', q: null }),
    none('Prices have risen 1.5-fold.'),
    row('Water levels rose [three] feet.', { v: 3, iv: '[3, 3]', u: 'count', q: null, n: 'feet' }),
    row('The virus has infected [more than 3.5 million] people in [180] countries.', { v: 3500000, iv: '(3500000, inf)', u: 'count', q: 'more than', n: 'people' }),
    none('The ruling, by a 7-2 majority, overturned the law.'),
];

const group5: Row[] = [
    // Decision: "15,000 more agents" with no "than" is an addition (15,000 new agents), so it is a plain
    // count of agents, not a comparative; "5,000 fewer deaths" and "138,000 more jobs than" are comparatives.
    row('Tuesday’s guidance also called for the hiring of [15,000] more US immigration agents, while subjecting immigrants who cannot show they have been in the nation for [more than two years] to “expedited removal.”', { v: 15000, iv: '[15000, 15000]', u: 'count', q: null, n: 'US immigration agents' }),
    row('Mexico would hold [tens of thousands] of apprehended migrants who can\'t be immediately deported.', { v: 20000, iv: '[20000, 99999]', u: 'count', q: 'tens of thousands', n: 'apprehended migrants' }),
    row('It\'s the biggest flare up between the [two] longtime allies since Trump promised a wall.', { v: 2, iv: '[2, 2]', u: 'count', q: null, n: 'longtime allies' }),
    none('The crew of Apollo 11 landed on the Moon in 1969.'),
    none('Britain triggered Article 50 on 29 March 2017.'),
    none('He installed Windows 10 on the laptop.'),
    row('The toll rose to [10–15] people.', { v: 10, h: 15, iv: '[10, 15]', u: 'count', q: '-', n: 'people' }),
    row('Growth slowed to [−0.2%] in the quarter.', { v: -0.2, iv: '[-0.2, -0.2]', u: 'percent', q: null }),
    row('The company lost [5 million US dollars].', { v: 5000000, iv: '[5000000, 5000000]', u: 'currency', c: 'USD', q: null }),
    row('Canada will spend [3 billion Canadian dollars] on defence.', { v: 3000000000, iv: '[3000000000, 3000000000]', u: 'currency', c: 'CAD', q: null }),
    row('The fine was [2.5 million Swiss francs].', { v: 2500000, iv: '[2500000, 2500000]', u: 'currency', c: 'CHF', q: null }),
    row('Exports rose [4.2%] year-on-year.', { v: 4.2, iv: '[4.2, 4.2]', u: 'percent', q: null }),
    row('Parents paid [as much as $5,000] for tutoring.', { v: 5000, iv: '(-inf, 5000]', u: 'currency', c: 'USD', q: 'as much as' }),
    row('Officials expect [more than 100,000] visitors over the [five-day] festival.', { v: 100000, iv: '(100000, inf)', u: 'count', q: 'more than', n: 'visitors' }),
    row('The [five-day] festival drew [100,000] visitors.', { v: 5, iv: '[5, 5]', u: 'time', t: 'days', q: null, n: 'festival' }),
    row('It was a [one-year] ban.', { v: 1, iv: '[1, 1]', u: 'time', t: 'years', q: null, n: 'ban' }),
    row('The mayor spent [three hours] at the scene.', { v: 3, iv: '[3, 3]', u: 'time', t: 'hours', q: null }),
    row('Police said [14] people were injured, [four] of them seriously.', { v: 14, iv: '[14, 14]', u: 'count', q: null, n: 'people' }),
    row('[Twenty-five years] ago, the wall fell.', { v: 25, iv: '[25, 25]', u: 'time', t: 'years', q: null }),
    row('[A few hundred] protesters gathered outside.', { v: 200, iv: '[200, 999]', u: 'count', q: 'a few hundred', n: 'protesters' }),
    row('[Several thousand] people signed the petition.', { v: 2000, iv: '[2000, 9999]', u: 'count', q: 'several thousand', n: 'people' }),
    row('[Hundreds of millions of dollars] were lost.', { v: 200000000, iv: '[200000000, 999999999]', u: 'currency', c: 'USD', q: 'hundreds of millions' }),
    row('A crowd of [about 5,000] gathered outside the embassy.', { v: 5000, iv: '[4750, 5250]', u: 'count', q: 'about' }),
    row('The airline carried [42.6m] passengers last year.', { v: 42600000, iv: '[42600000, 42600000]', u: 'count', q: null, n: 'passengers' }),
    row('Rents rose [3.1%] in the year to March.', { v: 3.1, iv: '[3.1, 3.1]', u: 'percent', q: null }),
    row('Debt rose to [$21.5 trillion].', { v: 21500000000000, iv: '[21500000000000, 21500000000000]', u: 'currency', c: 'USD', q: null }),
    row('The firm raised [$250mn] from investors.', { v: 250000000, iv: '[250000000, 250000000]', u: 'currency', c: 'USD', q: null }),
    row('The state will receive [Rs 2,000 crore].', { v: 20000000000, iv: '[20000000000, 20000000000]', u: 'currency', c: 'INR', q: null }),
    row('Sales were [12 per cent] higher than a year earlier.', { v: 12, iv: '[12, 12]', u: 'percent', q: null, cmp: true }),
    row('House prices are [5%] lower than last year.', { v: 5, iv: '[5, 5]', u: 'percent', q: null, cmp: true }),
    row('Only [3] people voted against.', { v: 3, iv: '[3, 3]', u: 'count', q: null, n: 'people' }),
    row('Just [12%] of respondents agreed.', { v: 12, iv: '[12, 12]', u: 'percent', q: null, n: 'respondents' }),
    row('They expect [2,000 to 3,000] more jobs.', { v: 2000, h: 3000, iv: '[2000, 3000]', u: 'count', q: 'to', n: 'jobs' }),
];

const group6: Row[] = [
    none('The Supreme Court ruled 5-4 that the law was unconstitutional, striking down a 1965 provision.'),
    row('The appeals court upheld a [$1.3 million] verdict against the city.', { v: 1300000, iv: '[1300000, 1300000]', u: 'currency', c: 'USD', q: null, n: 'verdict' }),
    row('Prosecutors are seeking a sentence of [10 to 15 years].', { v: 10, h: 15, iv: '[10, 15]', u: 'time', t: 'years', q: 'to' }),
    row('The defendant faces [up to 20 years] in prison if convicted on all [12] counts.', { v: 20, iv: '(-inf, 20]', u: 'time', t: 'years', q: 'up to' }),
    row('Biden won [306] electoral votes to Trump\'s [232].', { v: 306, iv: '[306, 306]', u: 'count', q: null, n: 'electoral votes' }),
    row('With [98%] of precincts reporting, Smith led by [4,321] votes.', { v: 98, iv: '[98, 98]', u: 'percent', q: null, n: 'precincts' }),
    row('The referendum passed with [52 percent] of the vote, with turnout of [72.2 percent].', { v: 52, iv: '[52, 52]', u: 'percent', q: null, n: 'vote' }),
    row('The party\'s share of the vote fell by [5.3] points to [28.1%].', { v: 5.3, iv: '[5.3, 5.3]', u: 'count', q: null, n: 'points' }),
    row('The city council approved a [$4.2 billion] budget for fiscal year 2024, a [3%] increase.', { v: 4200000000, iv: '[4200000000, 4200000000]', u: 'currency', c: 'USD', q: null, n: 'budget' }),
    row('The plan includes [$1.2tn] in new spending over a decade.', { v: 1200000000000, iv: '[1200000000000, 1200000000000]', u: 'currency', c: 'USD', q: null }),
    row('Officials said [1 million] doses would arrive by the end of March.', { v: 1000000, iv: '[1000000, 1000000]', u: 'count', q: null, n: 'doses' }),
    row('The hurricane, a Category 4 storm with winds of [130] mph, killed [at least 45] people.', { v: 130, iv: '[130, 130]', u: 'count', q: null, n: 'mph' }),
    row('Wildfires have burned [more than 2.5 million] acres this year.', { v: 2500000, iv: '(2500000, inf)', u: 'count', q: 'more than', n: 'acres' }),
    // Changed: a magnitude is a measurement, not an identifier (SPEC §2 "never counts" names
    // identifiers); it is read with its measure word, and only a claim about that measure takes it.
    row('The magnitude [7.8] earthquake struck at 4:17 a.m. local time.', { v: 7.8, u: 'count', q: null, n: 'earthquake', ms: 'magnitude' }),
    row('The company\'s stock has lost [two-thirds] of its value.', { v: 66.6666666667, iv: '[63.3333333334, 70]', u: 'percent', q: null }),
    row('The council cut its budget by [two-fifths] since 2015.', { v: 40, iv: '[38, 42]', u: 'percent', q: null }),
    row('A spokesman said [some 40 to 50] people had been detained.', { v: 40, h: 50, iv: '[38, 52.5]', u: 'count', q: 'some', n: 'people' }),
    row('[Roughly 60 per cent] of Britons support the plan, according to a YouGov poll of [1,700] adults.', { v: 60, iv: '[57, 63]', u: 'percent', q: 'roughly', n: 'Britons' }),
    row('Germany\'s DAX rose [0.8 per cent] to [15,432] points.', { v: 0.8, iv: '[0.8, 0.8]', u: 'percent', q: null }),
    row('The government raised [£1.2bn] through the sale of a [5.5%] stake.', { v: 1200000000, iv: '[1200000000, 1200000000]', u: 'currency', c: 'GBP', q: null }),
    row('The airline will cut [4,000] jobs, or [about 10%] of its workforce.', { v: 4000, iv: '[4000, 4000]', u: 'count', q: null, n: 'jobs' }),
];

/** Found running whole articles (test/scenarios): verbs, identifiers, compounds, remainders. */
const group7: Row[] = [
    // "up to" after a verb of change is its particle, not "at most" (jobs-report).
    row('The unemployment rate ticked up to [4.2%] from [4.1%].', { v: 4.2, iv: '[4.2, 4.2]', u: 'percent', q: null }),
    row('The jobless rate crept up to [4.2 per cent], the feds said.', { v: 4.2, iv: '[4.2, 4.2]', u: 'percent', q: null }),
    row('October’s figure was revised up to [36,000].', { v: 36000, iv: '[36000, 36000]', u: 'count', q: null }),
    row('Shares were edging up to [3%] in late trading.', { v: 3, iv: '[3, 3]', u: 'percent', q: null }),
    row('The quake killed [up to 300] people.', { v: 300, iv: '(-inf, 300]', u: 'count', q: 'up to', n: 'people' }),
    row('The airline will cut [up to 500] jobs.', { v: 500, iv: '(-inf, 500]', u: 'count', q: 'up to', n: 'jobs' }),
    // Model numbers written with a dash are identifiers, not ranges (plane-crash).
    none('The SkyAndes ATR 72-600 hit a hillside.'),
    row('A Boeing 737-800 with [162] passengers landed safely.', { v: 162, u: 'count', q: null, n: 'passengers' }),
    row('Officials expect [10-15] more days of rain.', { v: 10, h: 15, iv: '[10, 15]', u: 'count', q: '-', n: 'days of rain' }),
    // "All but 11 of the 72": the rest, 61; the whole is read on its own (plane-crash).
    row('[All but 11] of the [72] people on board were killed.', { v: 61, iv: '[61, 61]', u: 'count', q: 'all but' }),
    row('[All but 11] of the [72] people on board were killed.', { at: 1, v: 72, u: 'count', q: null, n: 'people' }),
    row('The jury convicted him on [all but one] of the [12] counts.', { v: 11, iv: '[11, 11]', u: 'count', q: 'all but' }),
    // Compound modifiers measure their own noun (quake-toll, football-match).
    row('[More than 130] people were killed by Monday’s [6.9]-magnitude earthquake.', { at: 1, v: 6.9, u: 'count', q: null, n: 'earthquake', ms: 'magnitude' }),
    row('Rescuers pulled a man from a [four]-storey block.', { v: 4, u: 'count', q: null, n: 'block', ms: 'storey' }),
    row('Northbridge extended their [12]-match unbeaten run.', { v: 12, u: 'count', q: null, n: 'unbeaten run', ms: 'match' }),
    row('The Fed delivered a [25-basis-point] cut.', { v: 0.25, iv: '[0.25, 0.25]', u: 'percentage-points', q: null, n: 'cut' }),
    // Ages after "ages of" (measles-outbreak).
    row('Most cases are in children between the ages of 5 and 17, and [18] were hospitalized.', { v: 18, u: 'count', q: null }),
    none('He died at the age of 45.'),
    // Durations of work and calendars (plane-crash).
    row('The captain had [more than 11,000 flight hours].', { v: 11000, iv: '(11000, inf)', u: 'time', t: 'hours', q: 'more than' }),
    row('The audit took [300 man-hours] in [ten working days].', { v: 300, u: 'time', t: 'hours', q: null }),
    // Money "in" what it counts; not "in" a month, a place or a determiner phrase.
    row('Von der Leyen proposed [€150 billion] in EU-backed loans.', { v: 150e9, u: 'currency', c: 'EUR', q: null, n: 'EU-backed loans' }),
    row('Revenue was [$21.6bn] in the quarter.', { v: 21.6e9, u: 'currency', c: 'USD', q: null }),
    row('Sales reached [$3bn] in March.', { v: 3e9, u: 'currency', c: 'USD', q: null }),
];

const groups: Array<[string, Row[]]> = [
  ['seed articles, jobs reports, finance, disasters, ranges, vague quantities, currencies', group1],
  ['never counts (years, dates, times, ordinals, identifiers, ages) and the qualifier table', group2],
  ['wire copy: jobs, disasters, elections, courts, budgets, markets', group3],
  ['British and tabloid style; more things that are not counts', group4],
  ['more styles: word numbers, compounds, comparatives, Indian and foreign currencies', group5],
  ['courts, elections, budgets, disasters, markets', group6],
  ['found on whole articles: verb particles, model numbers, remainders, compound modifiers', group7],
];

describe('readNumbers', () => {
  it('has at least 150 phrasings', () => {
    expect(groups.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(150);
  });
  for (const [name, rows] of groups) {
    describe(name, () => {
      it.each(rows.map((r) => [r.rendered, r] as const))('%s', (_, r) => check(r));
    });
  }
});

describe('readNumbers: offsets and scanning a slice', () => {
  it('returns absolute UTF-16 offsets when scanning one sentence of a longer text', () => {
    // An astral emoji (2 code units) and "ß" (folds to 2 letters) before the sentence must not shift spans.
    const text = 'Straße 😀 notes. Tuesday’s guidance called for 15,000 more agents. Later, 3,000 more.';
    const start = text.indexOf('Tuesday');
    const end = text.indexOf(' Later');
    const ms = readNumbers(text, start, end);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.start).toBe(text.indexOf('15,000'));
    expect(ms[0]!.end).toBe(text.indexOf('15,000') + '15,000'.length);
    expect(ms[0]!.text).toBe('15,000');
    expect(ms[0]!.noun?.text).toBe('agents');
    expect(text.slice(ms[0]!.noun!.start, ms[0]!.noun!.end)).toBe('agents');
  });

  it('reads the second figure of the seed sentence with its own unit class', () => {
    const s = 'Tuesday’s guidance also called for the hiring of 15,000 more US immigration agents, while subjecting immigrants who cannot show they have been in the nation for more than two years to “expedited removal.”';
    const [agents, years] = readNumbers(s);
    expect(agents!.unitClass).toBe('count');
    expect(agents!.comparative).toBeUndefined();
    expect(years!.text).toBe('more than two years');
    expect(years!.unitClass).toBe('time');
    expect(years!.timeUnit).toBe('years');
    expect(interval(years!)).toBe('(2, inf)');
  });

  it('skips a date-style header and reads nothing outside [start, end)', () => {
    const text = ' date 2017-02-24 Mexico has 218,000 of them.';
    expect(render(text)).toBe(' date 2017-02-24 Mexico has [218,000] of them.');
    expect(readNumbers(text, 0, text.indexOf('218'))).toEqual([]);
    expect(readNumbers(text, 5, 5)).toEqual([]);
  });

  it('keeps CRLF line breaks out of spans', () => {
    const text = 'More than\r\n220,000 people.\r\n';
    expect(render(text)).toBe('[More than\r\n220,000] people.\r\n');
  });
});

describe('parseNumberValue (claim values)', () => {
  it.each([
    ['218,000', 218000, 'count', undefined],
    ['218000', 218000, 'count', undefined],
    ['2.5 billion', 2.5e9, 'count', undefined],
    ['$21.6bn', 21.6e9, 'currency', 'USD'],
    ['US$21.6 billion', 21.6e9, 'currency', 'USD'],
    ['45%', 45, 'percent', undefined],
    ['-3.5%', -3.5, 'percent', undefined],
    ['€3m', 3e6, 'currency', 'EUR'],
    ['£1.2bn', 1.2e9, 'currency', 'GBP'],
    ['0.3 percentage points', 0.3, 'percentage-points', undefined],
    ['two years', 2, 'time', undefined],
    ['fifteen', 15, 'count', undefined],
    ['2016', 2016, 'count', undefined],
    ['1.5e6', 1.5e6, 'count', undefined],
    ['500 million pesos', 5e8, 'currency', 'MXN'],
  ] as const)('%s', (s, value, unitClass, currency) => {
    const r = parseNumberValue(s);
    expect(r).not.toBeNull();
    expect(r!.value).toBeCloseTo(value, 6);
    expect(r!.unitClass).toBe(unitClass);
    expect(r!.currency).toBe(currency);
  });

  it('keeps the time unit of a duration', () => {
    expect(parseNumberValue('six weeks')).toEqual({ value: 6, unitClass: 'time', timeUnit: 'weeks' });
  });

  it.each(['', 'about 200', 'more than 220,000', '10 to 15', 'many', '218,000 people', 'MH17', '2 pm'])('rejects %j', (s) => {
    expect(parseNumberValue(s)).toBeNull();
  });
});

describe('readNumbers: properties', () => {
  const pieces = [
    '220,000', '2.5', '$', 'US$', '£', '€', 'bn', 'm', 'k', '%', ' per cent', ' percent', 'more than ', 'about ', 'almost ',
    'between ', ' and ', ' to ', '-', '–', '—', ' ', ', ', '. ', 'two', 'twenty', '-one', ' hundred', ' million', ' years',
    '-year', '-old', ' people', ' of ', 'February ', '23', '2016', '10:30', ' pm', 'MH17', 'No. ', '45th', '(', ')', 'a ',
    'dozen', 'tens of thousands', ' or more', 'Mexicans', 'non-', '½', '😀', 'ß', '\r\n',
  ];
  it('never throws, and spans are ordered, disjoint, inside [start, end) and match their text', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(10), fc.nat(10), (parts, a, b) => {
        const text = parts.join('');
        const start = Math.min(a, text.length);
        const end = Math.max(start, text.length - b);
        const ms = readNumbers(text, start, end);
        let last = start;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(end);
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.interval.lo).toBeLessThanOrEqual(m.interval.hi);
          expect(Number.isNaN(m.value)).toBe(false);
          if (m.noun) {
            expect(m.noun.start).toBeGreaterThanOrEqual(m.end);
            expect(m.noun.end).toBeLessThanOrEqual(end);
            expect(m.noun.text).toBe(text.slice(m.noun.start, m.noun.end));
          }
          last = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readNumbers: bounds', () => {
  it('clamps [start, end) to the text', () => {
    expect(render('about 5 people', readNumbers('about 5 people', -3, 99))).toBe('[about 5] people');
  });
});
