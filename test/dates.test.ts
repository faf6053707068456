/**
 * Date reader tests (SPEC §2 "kind: date"). Table-driven: each row is an input with the
 * expected mention spans in [brackets], the publication date (or null), and one
 * expectation per mention:
 *
 *   `<form> <first>`            a single day
 *   `<form> <first>..<last>`    a range of days
 *   `<form> null [wd=N] [md=M/D | m=M]`   unresolved (no publication date), with the
 *                                weekday / month-day / month the text names
 *
 * The spans are checked by rendering the reader's mentions as brackets into the plain
 * input, so an off-by-one shows as a moved bracket.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateAgrees, isComparable, parseClaimDate, readDates, type DateMention } from '../src/extract/dates.js';
import { findCandidates } from '../src/extract/date-rules.js';

type Case = [input: string, published: string | null, want: string[]];

/** Removes the brackets; returns the plain text. */
function plain(bracketed: string): string {
  return bracketed.replace(/[[\]]/g, '');
}

/** Renders mentions as brackets into `text`. */
function render(text: string, mentions: DateMention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += text.slice(at, m.start) + '[' + text.slice(m.start, m.end) + ']';
    at = m.end;
  }
  return out + text.slice(at);
}

function describeMention(m: DateMention): string {
  let s = `${m.form} `;
  if (m.range) s += m.range.first === m.range.last ? m.range.first : `${m.range.first}..${m.range.last}`;
  else {
    s += 'null';
    if (m.weekday !== undefined) s += ` wd=${m.weekday}`;
    if (m.month !== undefined) s += m.day !== undefined ? ` md=${m.month}/${m.day}` : ` m=${m.month}`;
  }
  return s;
}

function read(text: string, published: string | null): DateMention[] {
  return readDates(text, 0, text.length, published);
}

// Publication dates used below: 2017-02-24 is a Friday, 2017-02-22 a Wednesday,
// 2017-02-27 a Monday.
const FRI = '2017-02-24';
const WED = '2017-02-22';
const MON = '2017-02-27';

const cases: Case[] = [
  // --- the seed articles (sources/*.txt) ---
  ['was to top the agenda when officials from both nations met [yesterday] amid a deepening rift', FRI, ['relative 2017-02-23']],
  ['will make that clear to Secretary of State Rex Tillerson and Homeland Security Secretary John Kelly when they meet [Thursday].', WED, ['weekday 2017-02-23']],
  ['asked Mexican officials during their visit on [Thursday] if they would host deportees', null, ['weekday null wd=4']],
  ['we will deliver a letter to the U. S. Embassy at 2 pm on [Thursday, February 23], and will hold a quiet demonstration', null, ['month-day null wd=4 md=2/23']],
  ['[Earlier this week], the Trump administration rolled out a broad immigration crackdown', FRI, ['relative 2017-02-20..2017-02-23']],
  ['after a series of botched meetings [last month] deepened tensions', FRI, ['relative 2017-01-01..2017-01-31']],
  ['Osorio Chong said that the initiative was started in [2008], it’s almost concluded', null, ['year 2008-01-01..2008-12-31']],
  ['the nation’s internal security chief said [Friday].', FRI, ['weekday 2017-02-24']],
  ['In a fact sheet released [Tuesday], the Department of Homeland Security said', FRI, ['weekday 2017-02-21']],
  ['Mexican Foreign Minister Luis Videgaray vowed [Wednesday] that Mexico will not accept', WED, ['weekday 2017-02-22']],
  ['The Trump administration [Tuesday] made public new rules on immigration enforcement', WED, ['weekday 2017-02-21']],
  ['[Tuesday]’s guidance also called for the hiring of 10,000 more agents', FRI, ['weekday 2017-02-21']],
  ['Mike Pence, the vice-president, and Mr Tillerson [last week] reassured Europe', FRI, ['relative 2017-02-13..2017-02-19']],
  ['told Radio Formula, referring to the visit [this week] of the two Trump Cabinet officials', FRI, ['relative 2017-02-20..2017-02-26']],
  ['to meet with Pena Nieto and staff at the US embassy later on [Thursday]', WED, ['weekday 2017-02-23']],
  ['crossing into the United States in the fiscal year ending [last fall], exceeding the number', FRI, ['season 2016-09-01..2016-12-21']],
  ['In [fiscal year 2016], according to U.S. Customs and Border Protection', FRI, ['fiscal-year 2015-10-01..2016-09-30']],
  ['The Department of Homeland Security published a memo by [earlier this week] suggesting', null, ['relative null']],

  // --- wire style (AP, Reuters): weekdays, relative words ---
  ['The nominee said [Monday] he would appear before the committee.', MON, ['weekday 2017-02-27']],
  // Changed: the clause's tense decides (SPEC §2's nearest day would be the coming Monday, 02-27).
  ['Shares fell sharply on [Monday], traders said.', FRI, ['weekday 2017-02-20']],
  ['The two leaders will meet on [Tuesday] in Geneva.', WED, ['weekday 2017-02-28']],
  ['On [Sunday], the hospital said it had found the breach.', FRI, ['weekday 2017-02-19']],
  ['The storm is expected to make landfall [Sunday].', FRI, ['weekday 2017-02-26']],
  ['Voting ended [Sunday] in the first round.', WED, ['weekday 2017-02-19']],
  ['Rescuers will resume the search [Saturday].', WED, ['weekday 2017-02-25']],
  ['The senator said [last Thursday] that she would not run.', FRI, ['weekday 2017-02-23']],
  ['Ministers met [last Friday] in Brussels.', FRI, ['weekday 2017-02-17']],
  ['Talks will resume [next Thursday], diplomats said.', FRI, ['weekday 2017-03-02']],
  ['The deadline is [next Friday].', FRI, ['weekday 2017-03-03']],
  ['The court ruled [last Monday].', MON, ['weekday 2017-02-20']],
  ['He will be sworn in [next Monday].', MON, ['weekday 2017-03-06']],
  ['Police said the attack happened [Tuesday] night.', FRI, ['weekday 2017-02-21']],
  ['The vote was delayed until [Thursday last week].', FRI, ['weekday 2017-02-16']],
  ['The bill passed the House [today].', FRI, ['relative 2017-02-24']],
  ['The president will speak [tomorrow] in Ohio.', FRI, ['relative 2017-02-25']],
  ['Protesters gathered again [tonight] outside the embassy.', FRI, ['relative 2017-02-24']],
  ['The minister resigned [this morning].', FRI, ['relative 2017-02-24']],
  ['Two people were killed [last night] in a shooting.', FRI, ['relative 2017-02-23']],
  ['The agreement was reached [the day before yesterday].', FRI, ['relative 2017-02-22']],
  ['The company will report results [next week].', FRI, ['relative 2017-02-27..2017-03-05']],
  ['Prices rose [last year] by 2 percent.', FRI, ['relative 2016-01-01..2016-12-31']],
  ['Unemployment is expected to fall [this year].', FRI, ['relative 2017-01-01..2017-12-31']],
  ['Elections are due [next year].', FRI, ['relative 2018-01-01..2018-12-31']],
  ['Inflation will pick up [next month], the forecast said.', FRI, ['relative 2017-03-01..2017-03-31']],
  ['The plant closed [two days ago].', FRI, ['relative 2017-02-22']],
  ['Talks collapsed [three weeks ago].', FRI, ['relative 2017-01-31..2017-02-06']],
  ['The firm was founded [two years ago].', FRI, ['relative 2015-01-01..2015-12-31']],
  ['Sales have risen [earlier this month].', FRI, ['relative 2017-02-01..2017-02-23']],
  ['The company cut jobs [earlier this year].', FRI, ['relative 2017-01-01..2017-02-23']],
  ['A decision is expected [later this year].', FRI, ['relative 2017-02-25..2017-12-31']],
  ['Hundreds marched [last weekend] in the capital.', FRI, ['relative 2017-02-17..2017-02-19']],
  ['More protests are planned [this weekend].', FRI, ['relative 2017-02-24..2017-02-26']],
  ['The talks stalled over the [weekend].', MON, ['relative 2017-02-24..2017-02-26']],
  ['Markets have been volatile over the [past week].', FRI, ['relative 2017-02-17..2017-02-24']],
  ['Officials said [yesterday] the inquiry would continue.', null, ['relative null']],

  // --- American absolute dates ---
  ['The meeting took place on [Feb. 23, 2017], in Mexico City.', null, ['absolute 2017-02-23']],
  ['The order was signed [January 25, 2017].', null, ['absolute 2017-01-25']],
  ['On [Feb. 23], the two delegations met.', FRI, ['month-day 2017-02-23']],
  ['On [February 23], the two delegations met.', null, ['month-day null md=2/23']],
  ['Trump was inaugurated on [Jan. 20].', FRI, ['month-day 2017-01-20']],
  ['The agency said on [Sept. 7] that it had finished.', FRI, ['month-day 2016-09-07']],
  ['The lease expires [Sep 7].', '2017-06-01', ['month-day 2017-09-07']],
  ['The results are due by [Dec. 28].', '2017-01-03', ['month-day 2016-12-28']],
  ['The hearing is set for [Jan 5].', '2016-12-30', ['month-day 2017-01-05']],
  ['The new rules take effect [March 1].', FRI, ['month-day 2017-03-01']],
  ['Ahead of the [March 15] deadline, lawmakers scrambled.', FRI, ['month-day 2017-03-15']],
  ['The [Sept. 11, 2001], attacks changed everything.', null, ['absolute 2001-09-11']],
  ['He was born on [December 31st, 2016].', null, ['absolute 2016-12-31']],
  ['It was [Thursday, Feb. 23, 2017], when the letter arrived.', null, ['absolute 2017-02-23']],
  ['The summit runs [Feb. 23-24].', FRI, ['month-day 2017-02-23..2017-02-24']],
  ['The report was dated [02/23/2017].', null, ['absolute 2017-02-23']],
  ['The filing, dated [2017-02-23], shows', null, ['absolute 2017-02-23']],
  ['On [Sun., Feb. 26], the team flies home.', FRI, ['month-day 2017-02-26']],
  ['The quarter ended [Dec. 31].', FRI, ['month-day 2016-12-31']],

  // --- British styles (Guardian, BBC, tabloids) ---
  ['The ministers met on [23 February 2017] in Mexico City.', null, ['absolute 2017-02-23']],
  ['The treaty was signed on [23rd February 2017].', null, ['absolute 2017-02-23']],
  ['It happened on the [23rd of February 2017].', null, ['absolute 2017-02-23']],
  ['The band play Wembley on [Thursday 23 February].', FRI, ['month-day 2017-02-23']],
  ['It was [Friday, 24 February 2017].', null, ['absolute 2017-02-24']],
  ['Tickets go on sale on [1 March 2017].', null, ['absolute 2017-03-01']],
  ['Published [Fri 24 Feb 2017].', null, ['absolute 2017-02-24']],
  ['The letter was dated [23/02/2017].', null, ['absolute 2017-02-23']],
  ['The certificate reads [23.02.2017].', null, ['absolute 2017-02-23']],
  ['The festival takes place on [23-24 February 2017].', null, ['absolute 2017-02-23..2017-02-24']],
  ['The star, 34, was spotted on [Saturday] night leaving a club.', MON, ['weekday 2017-02-25']],
  ['The couple are expected to wed [this autumn].', FRI, ['season 2017-09-01..2017-12-21']],
  ['Her contract ends on the [5th of May].', FRI, ['month-day 2017-05-05']],
  ['Mr Tillerson arrived [yesterday] and left [today].', FRI, ['relative 2017-02-23', 'relative 2017-02-24']],

  // --- months and years ---
  ['Exports have grown since [February 2017].', null, ['month-year 2017-02-01..2017-02-28']],
  ['The figures for [Feb. 2016] were revised.', null, ['month-year 2016-02-01..2016-02-29']],
  ['The bank cut rates in [February of 2016].', null, ['month-year 2016-02-01..2016-02-29']],
  ['The company was sold in [February].', '2017-05-10', ['month-year 2017-02-01..2017-02-28']],
  ['The plant shut in [December].', FRI, ['month-year 2016-12-01..2016-12-31']],
  ['In [May], the company will hold its annual meeting.', FRI, ['month-year 2017-05-01..2017-05-31']],
  ['The deal is expected to close in [June].', null, ['month-year null m=6']],
  ['He gave a speech in [March] on trade.', FRI, ['month-year 2017-03-01..2017-03-31']],
  ['In [May 2016], the company listed its shares.', null, ['month-year 2016-05-01..2016-05-31']],
  ['The rally is set for [May 5].', FRI, ['month-day 2017-05-05']],
  ['The [August 2016] report found no fraud.', null, ['month-year 2016-08-01..2016-08-31']],
  ['[February]’s jobs report beat forecasts.', FRI, ['month-year 2017-02-01..2017-02-28']],
  ['Shipments fell between [January] and [March].', FRI, ['month-year 2017-01-01..2017-01-31', 'month-year 2017-03-01..2017-03-31']],
  ['The bank raised rates [last March].', FRI, ['month-year 2016-03-01..2016-03-31']],
  ['Turnout was high in the [2016] elections.', null, ['year 2016-01-01..2016-12-31']],
  ['Prices peaked in [mid-February].', FRI, ['month-year 2017-02-08..2017-02-22']],
  ['Prices have risen every month since [2008].', null, ['year 2008-01-01..2008-12-31']],
  ['In the wake of [2016]’s election, pollsters', null, ['year 2016-01-01..2016-12-31']],
  ['Output rose between [2008] and [2012].', null, ['year 2008-01-01..2008-12-31', 'year 2012-01-01..2012-12-31']],
  ['Crime fell sharply in the [1990s].', null, ['year 1990-01-01..1999-12-31']],
  ['Growth slowed in [early 2016].', null, ['year 2016-01-01..2016-06-30']],
  ['The factory opens in [late 2018].', null, ['year 2018-07-01..2018-12-31']],
  ['Rates were cut in [mid-2016].', null, ['year 2016-04-01..2016-09-30']],
  ['Debt soared during the [2008-2012] period.', null, ['year 2008-01-01..2012-12-31']],
  ['The club finished third in the [2016-17] season.', null, ['year 2016-01-01..2017-12-31']],
  ['Profit doubled in the third quarter of [2016].', null, ['year 2016-01-01..2016-12-31']],
  ['The factory will be finished by the end of [2016].', null, ['year 2016-01-01..2016-12-31']],

  // --- financial: fiscal years, seasons ---
  ['Revenue in [fiscal 2016] rose 4 percent.', null, ['fiscal-year 2015-10-01..2016-09-30']],
  ['[FY2016] revenue beat forecasts.', null, ['fiscal-year 2015-10-01..2016-09-30']],
  ['The company raised its [FY16] guidance.', null, ['fiscal-year 2015-10-01..2016-09-30']],
  ['Spending in [FY 2016] was flat.', null, ['fiscal-year 2015-10-01..2016-09-30']],
  ['Earnings for [fiscal year 2017] are expected to rise.', null, ['fiscal-year 2016-10-01..2017-09-30']],
  ['The budget for the [2016 fiscal year] was cut.', null, ['fiscal-year 2015-10-01..2016-09-30']],
  ['The Treasury expects a surplus in [financial year 2016/17].', null, ['fiscal-year 2016-04-01..2017-06-30']],
  ['The store will open [this spring].', FRI, ['season 2017-03-01..2017-06-20']],
  ['Sales were weak in [summer 2016].', null, ['season 2016-06-01..2016-09-22']],
  ['The plan was announced [last spring].', FRI, ['season 2016-03-01..2016-06-20']],
  ['Construction starts [next summer].', FRI, ['season 2017-06-01..2017-09-22']],
  ['Snow closed the pass in [winter 2016].', null, ['season 2016-01-01..2017-03-20']],
  ['Shares closed at $21.60 on [Friday].', FRI, ['weekday 2017-02-24']],
  ['The company sees [fy 2016] net sales falling.', null, ['fiscal-year 2015-10-01..2016-09-30']],
  ['Sales have fallen 4 percent over the [last 12 months].', FRI, ['relative 2016-02-24..2017-02-24']],
  ['[Earlier this summer], the bank cut rates.', '2017-08-10', ['season 2017-06-01..2017-08-09']],
  ['Shares rose [a week ago] on the news.', FRI, ['relative 2017-02-14..2017-02-20']],
  ['Fans marched [this past weekend].', MON, ['relative 2017-02-24..2017-02-26']],
  ['The summit runs [Feb.\u00a023\u201324].', FRI, ['month-day 2017-02-23..2017-02-24']],
  ['Results for the year to [March 31, 2017] are due in [May 2018].', null, ['absolute 2017-03-31', 'month-year 2018-05-01..2018-05-31']],

  // --- several mentions in one sentence ---
  ['On [Thursday, February 23], the talks began, and on [Friday] they ended.', FRI, ['month-day 2017-02-23', 'weekday 2017-02-24']],

  // --- not dates ---
  ['The agency counted 2,017 people at the border.', FRI, []],
  ['About 1500 people attended the rally.', FRI, []],
  ['Some 2000 people marched downtown.', FRI, []],
  ['He may go to the talks, or he may not.', FRI, []],
  ['May I ask a question?', FRI, []],
  ['Prime Minister Theresa May said the talks would go on.', FRI, []],
  ['Theresa May’s government faces a vote.', FRI, []],
  ['Thousands joined the march on Washington.', FRI, []],
  ['Thousands joined the Women’s March on Washington.', FRI, []],
  ['April Ryan asked the first question.', FRI, []],
  ['The Mail on Sunday reported the story first.', FRI, []],
  ['The Sunday Times reported the story first.', FRI, []],
  ['He told The Sun newspaper he was innocent.', FRI, []],
  ['Black Friday sales were weak.', FRI, []],
  ['Super Tuesday will decide the race.', FRI, []],
  ['The clinic is open on Tuesdays.', FRI, []],
  ['The Mexicans apprehended, which has fallen to a 45-year low.', FRI, []],
  ['A 10-year-old girl was hurt.', FRI, []],
  ['The meeting starts at 2 pm.', FRI, []],
  ['The report was dated 03/04/2017.', null, []],
  ['Nine in 10 voters, or 2/3 of the sample, agreed.', FRI, []],
  ['The memo went to Room 2017 of the building.', FRI, []],
  ['Prices fall in the autumn sales.', FRI, []],
  ['The government’s spring budget was delayed.', FRI, []],
  ['In the same fiscal year, the Border Patrol said it registered', FRI, []],
  ['It was the fall of the Berlin Wall.', FRI, []],
  ['Fans gathered for Super Bowl Sunday.', FRI, []],
  ['The lobbyist works at 2000 Pennsylvania Avenue.', FRI, []],
  ['The hospital treated 1999 patients.', FRI, []],
  ['Talks resumed at 1800 GMT.', FRI, []],
  ['The plant meets ISO 9001:2015 standards.', FRI, []],
  ['He listens to the Today programme on Radio 4.', FRI, []],
  ['USA Today reported the figures.', FRI, []],
  // --- a year relative to the publication year after a day or a month ---
  ['The bridge collapsed on [September 14 last year] as crowds made their way to the match.', FRI, ['month-day 2016-09-14']],
  ['It collapsed on the afternoon of [Saturday 14 September last year], killing three people.', FRI, ['month-day 2016-09-14']],
  ['The talks began in [November this year] and will run for a month.', FRI, ['month-year 2017-11-01..2017-11-30']],
  ['Elections are due on [May 7 next year].', FRI, ['month-day 2018-05-07']],
  // a day of the month alone, closing its phrase (trade-newsletter style)
  ['When Vandermeer announced the recall on [the 14th], buyers asked one question.', FRI, ['month-day 2017-02-14']],
  ['The board meets on [the 2nd] and on [the 28th].', FRI, ['month-day 2017-03-02', 'month-day 2017-02-28']],
  ['It was the 14th time he had scored on the 14th hole.', FRI, []],
  ['The church dates from the 14th century.', FRI, []],
  // review: future and present clauses are not read as past
  ['A ruling is expected [Thursday].', MON, ['weekday 2017-03-02']],
  ['The long-awaited report is due [Thursday].', MON, ['weekday 2017-03-02']],
  ['The proposed merger vote is [Thursday].', MON, ['weekday 2017-03-02']],
  ["[Sunday]'s derailment was the third on the line.", FRI, ['weekday 2017-02-19']],
  ['TGI Fridays closed two branches.', FRI, []],
  ['The May Day protests turned violent.', FRI, []],
  ['The Sun on Sunday published the photos.', FRI, []],
  ['Jan Smith and June Carter sang.', FRI, []],
  ['They won 2-1 away from home on a wet night.', FRI, []],
  ['It was the last Thursday of the month.', FRI, []],
  ['It was the last week of the campaign.', FRI, []],
  ['The dollar index rose $2016 overnight.', FRI, []],
];

describe('readDates (SPEC §2 kind: date)', () => {
  it('has at least 80 phrasings', () => {
    expect(cases.filter((c) => c[2].length > 0).length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases)('%s (published %s)', (bracketed, published, want) => {
    const text = plain(bracketed);
    const mentions = read(text, published);
    expect(render(text, mentions)).toBe(bracketed);
    expect(mentions.map(describeMention)).toEqual(want);
    for (const m of mentions) expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe('readDates: the window and the publication date', () => {
  it('scans [start, end) only and reports offsets into the full text', () => {
    const text = 'Talks failed on Tuesday. Officials met again on Thursday.';
    const start = text.indexOf('Officials');
    const got = readDates(text, start, text.length, FRI);
    expect(got.map((m) => [m.text, m.start, m.end])).toEqual([['Thursday', text.indexOf('Thursday'), text.indexOf('Thursday') + 8]]);
  });

  it('takes no context from outside the window', () => {
    // "in" lies before the window: a bare "May" inside it is not a month.
    const text = 'He arrived in May and left.';
    expect(readDates(text, text.indexOf('May'), text.length, FRI)).toEqual([]);
    expect(readDates(text, 0, text.length, FRI).map((m) => m.text)).toEqual(['May']);
  });

  it('treats an invalid publication date as none', () => {
    expect(read('They met yesterday.', '2017-02-30').map(describeMention)).toEqual(['relative null']);
  });

  it('handles an empty or inverted window', () => {
    expect(readDates('on Thursday', 5, 5, FRI)).toEqual([]);
    expect(readDates('on Thursday', 9, 2, FRI)).toEqual([]);
  });
});

describe('parseClaimDate (SPEC §2 kind: date, value)', () => {
  it.each([
    ['2017-02-23', { first: '2017-02-23', last: '2017-02-23' }],
    ['2017-02', { first: '2017-02-01', last: '2017-02-28' }],
    ['2016-02', { first: '2016-02-01', last: '2016-02-29' }],
    ['2017', { first: '2017-01-01', last: '2017-12-31' }],
    ['2016-02-29', { first: '2016-02-29', last: '2016-02-29' }],
    ['2017-02-30', null],
    ['2017-02-29', null],
    ['2017-13', null],
    ['2017-00-10', null],
    ['2017-2-3', null],
    ['17', null],
    ['February 23, 2017', null],
    ['', null],
  ])('%s', (value, want) => {
    expect(parseClaimDate(value)).toEqual(want);
  });
});

describe('dateAgrees (SPEC §2: range intersection; weekday and month-day consistency without a date)', () => {
  const one = (text: string, published: string | null): DateMention => {
    const ms = read(text, published);
    expect(ms).toHaveLength(1);
    return ms[0]!;
  };
  const claim = (v: string) => parseClaimDate(v)!;

  it('seed: "on Thursday" in an undated article is consistent with 2017-02-23, not 2017-02-24', () => {
    const m = one('during their visit on Thursday if they would host deportees', null);
    expect(dateAgrees(m, claim('2017-02-23'))).toBe(true);
    expect(dateAgrees(m, claim('2017-02-24'))).toBe(false);
    expect(dateAgrees(m, claim('2017-02'))).toBe(true); // the month holds Thursdays
    expect(dateAgrees(m, { first: '2017-02-24', last: '2017-02-28' })).toBe(false); // Fri–Tue: no Thursday
  });

  it('seed: "Thursday, February 23" undated checks month, day and weekday', () => {
    const m = one('at 2 pm on Thursday, February 23, and will hold', null);
    expect(dateAgrees(m, claim('2017-02-23'))).toBe(true);
    expect(dateAgrees(m, claim('2017-02'))).toBe(true);
    expect(dateAgrees(m, claim('2017'))).toBe(true);
    expect(dateAgrees(m, claim('2018-02-23'))).toBe(false); // a Friday
    expect(dateAgrees(m, claim('2017-02-24'))).toBe(false);
    expect(dateAgrees(m, claim('2017-03'))).toBe(false);
  });

  it('a month-day without year or date compares month and day', () => {
    const m = one('On February 23, the two delegations met.', null);
    expect(dateAgrees(m, claim('2019-02-23'))).toBe(true);
    expect(dateAgrees(m, claim('2017-02-24'))).toBe(false);
  });

  it('a bare month without a date compares the month', () => {
    const m = one('The deal is expected to close in June.', null);
    expect(dateAgrees(m, claim('2017-06-15'))).toBe(true);
    expect(dateAgrees(m, claim('2017-07'))).toBe(false);
  });

  it('seed: "last month" dated 2017-02-24 is January 2017', () => {
    const m = one('after a series of botched meetings last month deepened tensions', FRI);
    expect(dateAgrees(m, claim('2017-01'))).toBe(true);
    expect(dateAgrees(m, claim('2017-01-15'))).toBe(true);
    expect(dateAgrees(m, claim('2017'))).toBe(true);
    expect(dateAgrees(m, claim('2017-02'))).toBe(false);
    expect(dateAgrees(m, claim('2016-12-31'))).toBe(false);
  });

  it('seed: "met yesterday" dated 2017-02-24 agrees with 2017-02-23 only', () => {
    const m = one('officials from both nations met yesterday', FRI);
    expect(dateAgrees(m, claim('2017-02-23'))).toBe(true);
    expect(dateAgrees(m, claim('2017-02-24'))).toBe(false);
  });

  it('seed: "in 2008" agrees with any day of 2008', () => {
    const m = one('the initiative was started in 2008', null);
    expect(dateAgrees(m, claim('2008-05-01'))).toBe(true);
    expect(dateAgrees(m, claim('2008'))).toBe(true);
    expect(dateAgrees(m, claim('2009'))).toBe(false);
  });

  it('seed: fiscal year 2016 overlaps calendar 2015 and 2016', () => {
    const m = one('In fiscal year 2016, according to U.S. Customs', FRI);
    expect(dateAgrees(m, claim('2015-11'))).toBe(true);
    expect(dateAgrees(m, claim('2016-10-01'))).toBe(false);
  });

  it('a relative date in an undated article is not comparable and never agrees', () => {
    const m = one('Officials met yesterday.', null);
    expect(isComparable(m)).toBe(false);
    expect(dateAgrees(m, claim('2017-02-23'))).toBe(false);
  });
});

describe('readDates invariants (property-based)', () => {
  const words = ['on', 'Thursday', 'last', 'week', 'Feb.', '23,', '2017', 'in', 'May', 'the', '1990s', 'fiscal', 'year', 'since', '2008',
    'earlier', 'this', 'spring', 'yesterday', '23', 'February', '2,017', 'people', 'FY16', '-', '/', '.', ',', '’s', 'Sunday', 'Times', 'ago', 'two', 'days'];
  it('mentions are in order, inside the window, never overlap, and their text is the slice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 30 }),
        fc.option(fc.constantFrom('2017-02-24', '2016-02-29', '2000-01-01', '2017-12-31'), { nil: null }),
        fc.nat(40),
        fc.nat(40),
        (ws, published, a, b) => {
          const text = ws.join(' ');
          const start = Math.min(a, text.length);
          const end = Math.max(start, text.length - b);
          const ms = readDates(text, start, end, published);
          let at = start;
          for (const m of ms) {
            expect(m.start).toBeGreaterThanOrEqual(at);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(end);
            expect(m.text).toBe(text.slice(m.start, m.end));
            if (m.range) expect(m.range.first <= m.range.last).toBe(true);
            if (published !== null && m.range === null) expect(['weekday', 'month-day']).not.toContain(m.form);
            at = m.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('weekday resolution (SPEC §2), checked against JavaScript dates', () => {
  const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2040, 11, 31) / 864e5 });
  const iso = (n: number) => new Date(n * 864e5).toISOString().slice(0, 10);
  const offset = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 864e5;

  it('bare: the nearest occurrence (P-3…P+3), or by the clause’s tense (past P-6…P, future P…P+6); last: P-7…P-1; next: P+1…P+7', () => {
    const forms = [
      ['The meeting is on ', 'nearest'],
      ['They met ', 'past'],
      ['The hospital had discovered the attack around 3 a.m. ', 'past'],
      ['They will meet ', 'future'],
      ['The vote is scheduled for ', 'future'],
      ['He said he would meet them ', 'nearest'],
      ['They met last ', 'last'],
      ['They will meet next ', 'next'],
    ] as const;
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...forms), (p, wd, [lead, kind]) => {
        const published = iso(p);
        const [m] = read(`${lead}${NAMES[wd]}.`, published);
        expect(m?.weekday).toBe(wd);
        const got = m!.range!.first;
        expect(new Date(Date.parse(got)).getUTCDay()).toBe(wd);
        const d = offset(published, got);
        if (kind === 'nearest') expect(Math.abs(d)).toBeLessThanOrEqual(3);
        else if (kind === 'past') expect(d >= -6 && d <= 0).toBe(true);
        else if (kind === 'future') expect(d >= 0 && d <= 6).toBe(true);
        else if (kind === 'last') expect(d >= -7 && d <= -1).toBe(true);
        else expect(d >= 1 && d <= 7).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('undated: agrees with a single-day claim exactly when the claim falls on that weekday', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (n, wd) => {
        const [m] = read(`They met on ${NAMES[wd]}.`, null);
        const c = iso(n);
        expect(dateAgrees(m!, { first: c, last: c })).toBe(new Date(n * 864e5).getUTCDay() === wd);
      }),
      { numRuns: 300 },
    );
  });

  it('a month-day without year resolves to the occurrence nearest P', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (p, mo, dd) => {
        const published = iso(p);
        const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        const [m] = read(`The deadline is ${months[mo - 1]} ${dd}.`, published);
        const got = m!.range!.first;
        const y = Number(published.slice(0, 4));
        const options = [y - 1, y, y + 1].map((yy) => Math.abs(offset(published, `${yy}-${String(mo).padStart(2, '0')}-${String(dd).padStart(2, '0')}`)));
        expect(Math.abs(offset(published, got))).toBe(Math.min(...options));
      }),
      { numRuns: 300 },
    );
  });
});

describe('date rule prefilters (date-rules.ts NEEDS)', () => {
  const same = (s: string): void => {
    expect(findCandidates(s, 0, s.length, true)).toEqual(findCandidates(s, 0, s.length, false));
  };
  it('change nothing on every line of the bundled and scenario articles', () => {
    const files = [
      ...readdirSync('sources').map((f) => `sources/${f}`),
      ...readdirSync('test/scenarios').flatMap((d) => readdirSync(`test/scenarios/${d}/sources`).map((f) => `test/scenarios/${d}/sources/${f}`)),
    ];
    let lines = 0;
    for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) {
      same(line);
      lines++;
    }
    expect(lines).toBeGreaterThan(500);
  });
  it('change nothing on random date-like text', () => {
    const pieces = ['Feb. 23', '23 February 2017', 'Thursday', 'last ', 'next ', 'this ', 'week', 'month', 'year', 'weekend', 'two days ago', 'the day before yesterday', 'fiscal 2016', 'FY17', '2016-17', "the '90s", 'early 2000s', 'last fall', 'summer 2016', 'this morning', 'last night', 'Today', 'tomorrow', 'the past 12 months', ' ', ', ', 'on ', 'in ', 'since ', 'May', '2017-02-23', '23/02/2017', 'mid-', 'Sept', 'a'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')), same), { numRuns: 3000 });
  });
});
