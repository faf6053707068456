/**
 * Which date of a cue sentence is the claim's (SPEC §2 "Cue sentences"; src/kinds/date/select.ts).
 * Each row marks cue occurrences with {braces} and the expected date with [brackets];
 * a row without brackets expects no date (`null`).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../src/extract/dates.js';
import { selectDate } from '../src/kinds/date/select.js';

type Row = [input: string, published: string | null, note: string];

interface Parsed {
  text: string;
  cues: { start: number; end: number }[];
  want: { start: number; end: number } | null;
}

function parse(marked: string): Parsed {
  let text = '';
  const cues: { start: number; end: number }[] = [];
  let want: { start: number; end: number } | null = null;
  let cueStart = -1;
  let wantStart = -1;
  for (const ch of marked) {
    if (ch === '{') cueStart = text.length;
    else if (ch === '}') cues.push({ start: cueStart, end: text.length });
    else if (ch === '[') wantStart = text.length;
    else if (ch === ']') want = { start: wantStart, end: text.length };
    else text += ch;
  }
  return { text, cues, want };
}

const FRI = '2017-02-24';
const WED = '2017-02-22';

const rows: Row[] = [
  // the floor: nearest to a cue
  ['Videgaray vowed Wednesday that Peña Nieto will make that clear to Secretary of State Rex {Tillerson} and Homeland Security Secretary John Kelly when they meet [Thursday].', WED, 'seed 002: nearest; a "when" clause shares the main time'],
  ['A bid by Trump was to top the agenda when {officials} from both nations met [yesterday] amid a deepening rift.', FRI, 'seed 004'],
  ['Osorio Chong said that the {initiative} was started in [2008], it’s almost concluded.', null, 'seed 001: the cue is in the date’s clause'],
  ['Kelly {arrived} on [Wednesday] and left on Friday.', FRI, 'nearest of two main-clause dates'],
  ['[Tuesday]’s {guidance} also called for the hiring of 10,000 more agents, the memo said Thursday.', FRI, 'possessive weekday next to the cue'],
  // Changed: the cue is in the reported clause, the date in the reporting clause (rule 3: it dates the telling).
  ['On Friday, Mexico’s interior secretary told a radio interviewer that Mexico could not oblige the U.S. {request}.', FRI, 'the lead-in dates the telling, not the request'],
  ['On [Friday], the two {ministers} met in Mexico City.', FRI, 'a verbless lead-in is not a separate clause'],
  ['Exports have {fallen} since [2008].', null, '"since" + date is the event’s own start'],
  ['The {rules} take effect after [March 1].', FRI, 'an "after" bound is a last resort, but taken when alone'],
  ['{Kelly} and {Tillerson} met Videgaray in Mexico City on [Thursday].', FRI, 'several cue occurrences'],

  // "announced <object>" is the event, not a report of it (Bloomberg style); a forecast is no event
  ['Vandermeer announced the {recall} late [Wednesday].', FRI, '"announced" with an object dates the announcement'],
  ['Vandermeer announced on Wednesday that the {recall} covers 42 lots.', FRI, '"announced that" still reports: its date is the saying’s'],
  ['We expect {approval} in September.', FRI, 'a forecast (bare "expect")'],
  // a schedule that was not kept is not the event's date (BBC, AP styles)
  ['The report, which was due to be {published} on 14 May but was delayed by legal challenges, found the council at fault.', FRI, 'a broken schedule'],
  ['The vote, originally {scheduled} for March 3, was postponed after the flooding.', FRI, 'originally scheduled, then postponed'],
  ['The report is due to be {published} on [Thursday].', WED, 'a schedule with nothing against it is still the date'],
  ['Police initially {arrested} him on [4 March] but released him without charge.', FRI, '"initially … but" is no broken schedule'],
  ['The {ruling}, originally expected by Sept. 19, was delayed by a late filing.', FRI, 'a broken schedule between the cue and the date'],
  ['The firm was set to {report} results on [14 May], but analysts expected little.', FRI, 'a schedule with "but" but nothing not kept'],
  ['The {report}, published on [Tuesday], found that the council had deferred repairs in 2021.', FRI, '"found that" opens a reported clause: its date is the finding’s'],

  // grammar: dates of other events
  ['Two days after the rules were published on Tuesday, Tillerson {met} Videgaray in Mexico City on [Thursday].', FRI, 'nearer date is in an "after" clause'],
  ['Two days after the {rules} were published on [Tuesday], Tillerson met Videgaray in Mexico City on Thursday.', FRI, 'the cue is inside the "after" clause'],
  ['The {visit} comes a week after Trump signed the executive orders on Jan. 25.', FRI, 'the only date belongs to the "after" clause'],
  ['Kelly left Mexico City on Friday after the {meeting} with Peña Nieto.', FRI, 'the cue is the other event of an "after" clause'],
  ['Osorio Chong said that the initiative was started in 2008, it’s almost {concluded}.', null, 'comma splice: the date is the other clause’s'],
  ['Talks began in 2015; the {agreement} was finally signed on [March 3, 2017].', null, 'semicolon: nearer date is in another clause'],
  ['Though the policy changed in February, {arrests} rose in [March].', FRI, '"though" clause dispreferred'],
  ['Kelly {met} the governor, who took office in January, on [Thursday].', FRI, 'relative clause about another noun dispreferred'],

  ['On Friday, the interior secretary told a radio interviewer that Mexican authorities had informed Secretary of State Rex {Tillerson} that Mexico could not oblige.', FRI, 'seed 000: the date of the report of an earlier (had …) event'],
  ['The interior secretary said Friday that Mexican officials had told {Tillerson} about their objections.', FRI, '"said Friday that … had": the report’s date'],
  // Changed (rule 3, "whatever the tense"): the date attached to "said" dates the saying.
  ['Mexico will not accept the {deportees}, the interior secretary said Friday.', FRI, 'quote-first: the cue is reported, the date is the report’s'],
  ['Mexico will not accept the deportees, the interior {secretary} said [Friday].', FRI, 'quote-first: the cue is the reporter, its own date'],
  ['On Friday, he said the {meeting} had been held on [Thursday].', FRI, 'report date skipped for the earlier event'],
  // Changed (rule 3, "whatever the tense"): "said Friday that …" dates the saying.
  ['The secretary said Friday that Mexico would not accept {deportees} who had crossed from Guatemala.', FRI, 'said Friday that: the report’s date, whatever the tense'],

  // rule 3 both ways (seed 001, found running the bundled corpus)
  ['In an interview with {Radio Formula}, Miguel Angel Osorio Chong said that Rex Tillerson, the US secretary of state, and John Kelly, the homeland security secretary asked Mexican officials during their visit on Thursday if they would host deportees from other countries while their immigration cases are processed in the US.', FRI, 'seed 001: the date is in the reported clause, the cue in the reporting clause'],
  ['In an interview with Radio Formula, Miguel Angel Osorio Chong said that Rex Tillerson, the US secretary of state, and John Kelly, the homeland security secretary asked Mexican officials during their {visit} on [Thursday] if they would host deportees.', FRI, 'seed 001: cue and date both in the reported clause'],
  ['On Friday, the interior secretary said that the Mexican government made clear to {visiting} US emissaries that it will not accept deportees from third countries under any circumstances.', FRI, 'seed 001: the date is in the reporting clause, the cue in the reported clause'],
  ['The {quake} struck early on [Monday], officials said.', FRI, 'quote-first: cue and date both reported'],
  ['Officials said Tuesday the {quake} struck on [Monday].', FRI, 'said without "that": the verb’s own date is the report’s'],
  ['Eleven people survived the {crash}, the minister said, adding that the aircraft had been inspected in September.', FRI, 'plane-crash: the date is in the reported clause of "adding that"'],
  ['Nonfarm payrolls rose 227,000, the Labor Department’s {Bureau of Labor Statistics} said in its employment report on [Friday].', FRI, 'an adjunct after "said" is the reporting clause’s'],
  ['Kelly {met} Videgaray on [Thursday], the ministry said in a statement on Friday.', FRI, 'quote-first with an adjunct: the statement’s date is the report’s'],
  ['Kelly {met} Videgaray, the ministry said in a statement on Friday.', FRI, 'quote-first: only the report’s date, none for the meeting'],

  // comparisons, deadlines, times of day, datelines (found on whole articles)
  ['Turnout was 58.2%, the highest for a {runoff} since 1998, the registrar said.', FRI, 'election: "since" after a superlative is a comparison'],
  ['It was Peru’s deadliest air disaster since 1996, when 70 people died in the {crash} of a Boeing 737.', FRI, 'plane-crash: the cue inside the comparison names the other event'],
  ['Exports have {fallen} since [2008].', null, 'without a superlative "since" stays the event’s own start'],
  ['Pemberton [yesterday] promised to close every asylum hotel by March 2027, telling the {Commons} that the era of hotels was ending.', '2017-02-24', 'uk-politics: "by" + date is a deadline'],
  ['The hotels will {close} by [March 2027].', FRI, 'a deadline is taken when it is the only date'],
  ['A powerful earthquake {struck} eastern Turkey before dawn [Monday], killing at least 38 people.', FRI, 'quake: "before dawn" is a time of day, not another event'],
  ['Halvorsen reported {results} after the bell on [Wednesday].', FRI, 'earnings: "after the bell" is a time of day'],
  ['The {results}, released after the US market closed on [Wednesday], beat forecasts.', FRI, 'earnings: "after the market closed"'],
  ['Oct 22 (Reuters) - Halvorsen Systems {reported} third-quarter revenue above estimates on [Wednesday].', '2017-10-22', 'a wire dateline dates the dispatch'],
  ['Members today voted to {ratify} the agreement, ending a strike that began on January 22.', null, 'teachers-strike: a relative clause with its own verb dates its own event'],
  ['Kelly {met} the governor, who took office in January.', FRI, 'a relative clause about another noun, with a verb: never'],
  ['The Federal Reserve {cut} its key interest rate by a quarter-point [Wednesday] to about 3.6%.', FRI, 'fed-decision: "by a quarter-point" is no deadline'],
  ['Fed officials projected just one rate {cut} in 2026, down from two.', FRI, 'fed-decision: a forecast event has no date of fact'],
  ['Rates were {cut} on [Wednesday], as expected.', FRI, '"as expected" is not a forecast'],
  ['Payrolls increased 227,000 after an upwardly revised 36,000 advance in October, a Bureau of Labor Statistics {report} showed [Friday].', FRI, 'jobs: a thousands comma does not end the "after" clause'],
  ['On [Friday], the {interior secretary} told a radio interviewer that Mexican authorities had informed Tillerson.', FRI, 'the cue is the reporter: its own date'],

  // undated articles: relative dates give no mention
  ['The {memo}, published earlier this week, was signed on [Feb. 23].', null, 'non-comparable relative date skipped'],
  ['The {memo} was published earlier this week.', null, 'only a non-comparable date: none'],
  ['Officials from both nations {met} on [Thursday].', null, 'weekday kept for the consistency check'],
  ['The {wall} will be finished soon, officials said.', FRI, 'no date at all'],
];

describe('selectDate (SPEC §2 cue sentences, kind: date)', () => {
  it('has at least 15 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows)('%s (published %s) — %s', (marked, published, _note) => {
    const { text, cues, want } = parse(marked);
    const sentence = { start: 0, end: text.length };
    const dates = readDates(text, 0, text.length, published);
    const got = selectDate(text, sentence, dates, cues);
    if (want === null) {
      expect(got).toBeNull();
    } else {
      expect(got).not.toBeNull();
      expect(text.slice(got!.mention.start, got!.mention.end)).toBe(text.slice(want.start, want.end));
      expect(got!.mention.start).toBe(want.start);
      expect(got!.tiedBy).toMatch(/^nearest date to "/);
    }
  });

  it('names the cue and the date it passed over', () => {
    const { text, cues } = parse('Two days after the rules were published on Tuesday, Tillerson {met} Videgaray in Mexico City on Thursday.');
    const got = selectDate(text, { start: 0, end: text.length }, readDates(text, 0, text.length, FRI), cues);
    expect(got?.tiedBy).toBe('nearest date to "met" ("Tuesday" belongs to the "after" clause)');
  });

  it('looks only inside the sentence', () => {
    const { text, cues } = parse('It rained on Monday. The {vote} was held on [Thursday].');
    const s = { start: text.indexOf('The'), end: text.length };
    const got = selectDate(text, s, readDates(text, 0, text.length, FRI), cues);
    expect(got?.mention.text).toBe('Thursday');
  });

  it('returns null without cue occurrences', () => {
    const text = 'The vote was held on Thursday.';
    expect(selectDate(text, { start: 0, end: text.length }, readDates(text, 0, text.length, FRI), [])).toBeNull();
  });
});
