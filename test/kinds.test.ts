/**
 * The kinds end to end on small texts: claim YAML in, verdict, finding code and span out
 * (spans rendered as brackets in the text, so off-by-ones show).
 */
import { describe, expect, it } from 'vitest';
import { kindEnv } from '../src/check.js';
import { parseClaims } from '../src/claims/load.js';
import { SourceFile } from '../src/core/source-file.js';
import { AnalyzedSource } from '../src/extract/analyzed-source.js';
import { kindOf } from '../src/kinds/registry.js';
import { toResult } from '../src/report/build.js';

const env = kindEnv();

function judge(claimYaml: string, text: string, date: string | null = null) {
  const { claims, problems } = parseClaims([{ file: 'c.yaml', text: `claims:\n  - ${claimYaml}\n` }], env);
  expect(problems).toEqual([]);
  const claim = claims[0]!;
  const source = new SourceFile('s', 's.txt', text, 0, { date, title: null, outlet: null, url: null, author: null });
  const result = toResult({ claim, source, judgement: kindOf(claim.kind).judge(claim, new AnalyzedSource(source), env) });
  const marked = result.mentions.length
    ? result.mentions.reduceRight((t, m) => `${t.slice(0, m.offset)}[${t.slice(m.offset, m.offset + m.length)}]${t.slice(m.offset + m.length)}`, text)
    : text;
  return { verdict: result.verdict, codes: result.mentions.map((m) => m.code), marked, reason: result.reason, result };
}

describe('quantity', () => {
  const claim = '{ id: q, kind: quantity, value: 218000, cues: [non-Mexican, Guatemalans] }';
  it.each([
    ['the Border Patrol registered 218,000 detentions of non-Mexican nationals.', 'agreement', 'the Border Patrol registered [218,000] detentions of non-Mexican nationals.'],
    ['the Border Patrol detained more than 220,000 mainly Guatemalans, Hondurans and Salvadorans.', 'conflict', 'the Border Patrol detained [more than 220,000] mainly Guatemalans, Hondurans and Salvadorans.'],
    ['Roughly 210,000 non-Mexican migrants were caught.', 'agreement', '[Roughly 210,000] non-Mexican migrants were caught.'],
    ['Agents caught fewer than 200,000 non-Mexican migrants.', 'conflict', 'Agents caught [fewer than 200,000] non-Mexican migrants.'],
    ['Hundreds of thousands of non-Mexican migrants were caught.', 'agreement', '[Hundreds of thousands] of non-Mexican migrants were caught.'],
  ])('%s', (text, verdict, marked) => {
    const r = judge(claim, text);
    expect(r.verdict).toBe(verdict);
    expect(r.codes).toEqual([`quantity/${verdict}`]);
    expect(r.marked).toBe(marked);
  });

  it('is unreadable where a cue sentence states no figure, and lists the sentence', () => {
    const r = judge(claim, 'Non-Mexican migrants were caught in large numbers.');
    expect([r.verdict, r.reason]).toEqual(['omission', 'unreadable']);
    expect(r.result.context?.map((c) => c.text)).toEqual(['Non-Mexican migrants were caught in large numbers.']);
  });

  it('is absent without a cue, and ignores excluded sentences', () => {
    expect(judge(claim, 'Mexican citizens: 191,000 were caught.').reason).toBe('absent');
    const ex = judge('{ id: q, kind: quantity, value: 191000, cues: [Mexican], exclude: [non-Mexican] }', '218,000 non-Mexican nationals were caught.');
    expect(ex.reason).toBe('absent');
  });

  it('compares money only with money of the same currency', () => {
    const c = '{ id: m, kind: quantity, value: 2.5 billion, unit: USD, tolerance: 5%, cues: [Mérida Initiative] }';
    expect(judge(c, 'the nearly $2.5bn Mérida Initiative to fight organized crime').marked).toBe('the [nearly $2.5bn] Mérida Initiative to fight organized crime');
    expect(judge(c, 'the nearly $2.5bn Merida Initiative').verdict).toBe('agreement');
    expect(judge(c, 'the €3bn Mérida Initiative').verdict).toBe('omission');
    expect(judge(c, 'the $3bn Mérida Initiative').verdict).toBe('conflict');
  });

  it('reads durations as time, apart from counts', () => {
    const c = '{ id: t, kind: quantity, value: 45, unit: years, cues: [Mexicans] }';
    expect(judge(c, 'The number of Mexicans crossing has dropped to a 40-year low.').verdict).toBe('conflict');
    expect(judge(c, 'Apprehensions of Mexicans have fallen to a 45-year low.').verdict).toBe('agreement');
    expect(judge(c, '45,000 Mexicans were caught.').verdict).toBe('omission');
  });

  it('reads regular-expression cues', () => {
    expect(judge('{ id: r, kind: quantity, value: 15000, cues: ["/immigration (agents|officers)/"] }', 'the hiring of 15,000 more US immigration agents').verdict).toBe('agreement');
  });
});

describe('date', () => {
  const claim = '{ id: d, kind: date, value: 2017-02-23, cues: [met, meet] }';
  it.each([
    ['officials from both nations met yesterday amid a deepening rift', '2017-02-24', 'agreement', 'officials from both nations met [yesterday] amid a deepening rift'],
    ['when they meet Thursday', '2017-02-22', 'agreement', 'when they meet [Thursday]'],
    ['when they meet Thursday', '2017-02-17', 'conflict', 'when they meet [Thursday]'],
    ['they met on Thursday', null, 'agreement', 'they met on [Thursday]'],
    ['they met on Friday', null, 'conflict', 'they met on [Friday]'],
    ['they met on Thursday, February 23', null, 'agreement', 'they met on [Thursday, February 23]'],
    ['they met on Feb. 24, 2017', null, 'conflict', 'they met on [Feb. 24, 2017]'],
    ['they met earlier this week', '2017-02-24', 'agreement', 'they met [earlier this week]'],
  ])('%s (%s)', (text, date, verdict, marked) => {
    const r = judge(claim, text, date);
    expect(r.verdict).toBe(verdict);
    expect(r.marked).toBe(marked);
  });

  it('gives no mention for a relative date without a publication date', () => {
    const r = judge(claim, 'they met yesterday');
    expect([r.verdict, r.reason]).toEqual(['omission', 'unreadable']);
  });

  it('treats a month or a year as its whole range', () => {
    expect(judge('{ id: y, kind: date, value: "2008", cues: [started] }', 'the initiative was started in 2008').verdict).toBe('agreement');
    expect(judge('{ id: m, kind: date, value: 2017-01, cues: [meetings] }', 'botched meetings last month', '2017-02-24').verdict).toBe('agreement');
  });
});

describe('name', () => {
  const claim = '{ id: n, kind: name, value: Miguel Ángel Osorio Chong, variants: [Miguel Angel Osorio Chong] }';
  it.each([
    ['Miguel Angel Osorio Chong said no.', 'agreement', ['name/match'], '[Miguel Angel Osorio Chong] said no.'],
    ['Mexico’s interior secretary, Miguel Angel Osorio Chung, told a radio interviewer', 'conflict', ['name/near-miss'], 'Mexico’s interior secretary, [Miguel Angel Osorio Chung], told a radio interviewer'],
    ['“No way,” Osorio Chung told Radio Formula.', 'conflict', ['name/near-miss'], '“No way,” [Osorio Chung] told Radio Formula.'],
    ['Osorio Chong’s office said', 'agreement', ['name/match'], '[Osorio Chong]’s office said'],
    ['The minister said no.', 'omission', [], 'The minister said no.'],
  ])('%s', (text, verdict, codes, marked) => {
    const r = judge(claim, text);
    expect(r.verdict).toBe(verdict);
    expect(r.codes).toEqual(codes);
    expect(r.marked).toBe(marked);
  });

  it('shows the misspelling as a character diff', () => {
    const r = judge('{ id: p, kind: name, value: Enrique Peña Nieto }', 'They are to meet Pena Nieto.');
    expect(r.result.mentions[0]!.diff).toEqual([[0, 'Pe'], [-1, 'ñ'], [1, 'n'], [0, 'a Nieto']]);
  });
});

describe('title', () => {
  it.each([
    ['{ id: t, kind: title, person: Jorge Guajardo, value: ambassador to China }', 'But Jorge Guajardo, Mexico\'s former ambassador to China, said', 'conflict', ['title/modifier'], 'But Jorge Guajardo, Mexico\'s [former ambassador to China], said'],
    ['{ id: t, kind: title, person: Miguel Ángel Osorio Chong, value: interior secretary }', 'Mexico’s interior secretary, Miguel Angel Osorio Chung, told', 'agreement', ['title/agreement'], 'Mexico’s [interior secretary], Miguel Angel Osorio Chung, told'],
    ['{ id: t, kind: title, person: Rex Tillerson, value: Secretary of State }', 'Mr Tillerson and Secretary Tillerson met.', 'agreement', ['title/agreement'], 'Mr Tillerson and [Secretary] Tillerson met.'],
    ['{ id: t, kind: title, person: John F. Kelly, value: Homeland Security Secretary }', 'Secretary of State Rex Tillerson and Homeland Security Secretary John Kelly', 'agreement', ['title/agreement'], 'Secretary of State Rex Tillerson and [Homeland Security Secretary] John Kelly'],
  ])('%s', (claim, text, verdict, codes, marked) => {
    const r = judge(claim, text);
    expect(r.verdict).toBe(verdict);
    expect(r.codes).toEqual(codes);
    expect(r.marked).toBe(marked);
  });

  it('agrees through variants with every wording', () => {
    const c = '{ id: v, kind: title, person: Luis Videgaray, value: Foreign Minister, variants: [Secretary of Foreign Affairs, foreign secretary] }';
    for (const text of ['Mexican Foreign Minister Luis Videgaray vowed', 'Mexican Secretary of Foreign Affairs Luis Videgaray said', 'Luis Videgaray, Mexico’s foreign secretary, said']) {
      expect(judge(c, text).verdict, text).toBe('agreement');
    }
  });

  it('is unreadable when the person is named without a title', () => {
    const r = judge('{ id: t, kind: title, person: Luis Videgaray, value: Foreign Minister }', 'Videgaray said the government would not hesitate.');
    expect([r.verdict, r.reason]).toEqual(['omission', 'unreadable']);
  });
});

describe('quote', () => {
  const claim = '{ id: q, kind: quote, value: "We told them that our legal framework doesn\'t allow this" }';
  it.each([
    ['“We told them that our legal framework doesn’t allow this,” Osorio Chung told Radio Formula.', 'agreement', ['quote/exact'], '“[We told them that our legal framework doesn’t allow this],” Osorio Chung told Radio Formula.'],
    ['He said: "our legal framework doesn\'t allow this".', 'agreement', ['quote/partial'], 'He said: "[our legal framework doesn\'t allow this]".'],
    ['“We told them that our legal system doesn’t allow this,” he said.', 'conflict', ['quote/altered'], '“[We told them that our legal system doesn’t allow this],” he said.'],
    ['He spoke about the weather.', 'omission', [], 'He spoke about the weather.'],
  ])('%s', (text, verdict, codes, marked) => {
    const r = judge(claim, text);
    expect(r.verdict).toBe(verdict);
    expect(r.codes).toEqual(codes);
    expect(r.marked).toBe(marked);
  });
});
