/**
 * Title phrases attached to a name (src/extract/titles.ts), their comparison with a claim
 * (src/kinds/title/compare.ts), and the role lexicon (src/extract/roles.ts). SPEC §2, kind: title.
 *
 * Attachment cases are written with the name marked `[[…]]` and the expected title phrase
 * marked `{{…}}` (no `{{…}}`: no title). The test strips the marks, reads the title, and
 * renders the result the same way, so an off-by-one shows in the diff.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeRoleLexicon, DEFAULT_ROLES, RANK_MODIFIERS } from '../src/extract/roles.js';
import { readTitle, type TitlePhrase } from '../src/extract/titles.js';
import { compareTitle } from '../src/kinds/title/compare.js';

const lex = makeRoleLexicon();

interface Marked {
  text: string;
  name: { start: number; end: number };
}

function unmark(marked: string): Marked {
  let text = '';
  let nameStart = -1;
  let nameEnd = -1;
  for (let i = 0; i < marked.length; ) {
    const two = marked.slice(i, i + 2);
    if (two === '[[') nameStart = text.length;
    else if (two === ']]') nameEnd = text.length;
    else if (two === '{{' || two === '}}') {
      /* expected title marks: dropped */
    } else {
      text += marked[i];
      i++;
      continue;
    }
    i += 2;
  }
  if (nameStart < 0 || nameEnd < 0) throw new Error(`no [[name]] in ${marked}`);
  return { text, name: { start: nameStart, end: nameEnd } };
}

function render(text: string, name: { start: number; end: number }, title: TitlePhrase | null): string {
  const marks: [number, number, string][] = [
    [name.start, 1, '[['],
    [name.end, 0, ']]'],
  ];
  if (title) marks.push([title.start, 1, '{{'], [title.end, 0, '}}']);
  // closing marks before opening marks at the same offset
  marks.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let at = 0;
  for (const [pos, , m] of marks) {
    out += text.slice(at, pos) + m;
    at = pos;
  }
  return out + text.slice(at);
}

type Shape = TitlePhrase['shape'] | null;

function check(marked: string, shape: Shape, lexicon = lex): void {
  const { text, name } = unmark(marked);
  const title = readTitle(text, { start: 0, end: text.length }, name, lexicon);
  expect(render(text, name, title)).toBe(marked);
  expect(title?.shape ?? null).toBe(shape);
  if (title) expect(title.text).toBe(text.slice(title.start, title.end));
}

// ---------------------------------------------------------------------------------------
// Attachment: [marked sentence, expected shape]

const AP: [string, Shape][] = [
  ['{{Mexican Foreign Minister}} [[Luis Videgaray]] vowed Wednesday that Mexico will not accept the directives.', 'before'],
  ['"It is a step too far," said [[Jorge Guajardo]], Mexico\'s {{former ambassador to China}}.', 'appositive'],
  ['{{Secretary of State}} [[Rex Tillerson]] and Homeland Security Secretary John Kelly will meet Thursday.', 'before'],
  ['Secretary of State Rex Tillerson and {{Homeland Security Secretary}} [[John Kelly]] will meet Thursday.', 'before'],
  ['[[Andrew Selee]], {{executive vice president of the Wilson Center think tank in Washington}}, said the administration risks damaging ties.', 'appositive'],
  ['[[John Kelly]], the {{homeland security secretary}} asked Mexican officials during their visit.', 'appositive'],
  ['The {{interior secretary}}, [[Miguel Angel Osorio Chong]], told a radio interviewer that it was impossible.', 'before-comma'],
  ["Mexico's {{foreign minister}}, [[Luis Videgaray]], said the plan was unacceptable.", 'possessive'],
  ["Mexico's {{foreign minister}} [[Luis Videgaray]] said the plan was unacceptable.", 'possessive'],
  ["Mexico is angry about {{President}} [[Trump]]'s expectation that it would hold migrants.", 'before'],
  ["[[Trump]]'s secretary of state, Rex Tillerson, flew to Mexico City on Wednesday.", null],
  ["President Trump's {{secretary of state}}, [[Rex Tillerson]], flew to Mexico City on Wednesday.", 'possessive'],
  ['[[Videgaray]] said the Mexican government would not hesitate to turn to the United Nations.', null],
  ['Despite [[Videgaray]]\'s pledge to fight the measures, DHS insisted it was working with Mexico.', null],
  ['{{Republican presidential candidate}} [[Donald Trump]] said Mexico would pay for the wall.', 'before'],
  ['{{Department of Homeland Security spokesman}} [[David Lapan]] said the memo was a draft.', 'before'],
  ["Kelly's {{spokesman}}, [[David Lapan]], said the memo was a draft.", 'possessive'],
  ['A bid by {{US President}} [[Donald Trump]] to deport non-Mexican illegal immigrants enraged Mexicans.', 'before'],
  ['[[Warren Buffett]], the billionaire investor, said he was not worried.', null],
  ['[[Jorge Guajardo]], now a {{senior director at McLarty Associates}}, said the talks would be hard.', 'appositive'],
];

const REUTERS: [string, Shape][] = [
  ['{{U.S. President}} [[Donald Trump]] signed the order on Wednesday.', 'before'],
  ['{{Brazilian Finance Minister}} [[Henrique Meirelles]] told reporters the target would be met.', 'before'],
  ['"We are worried," [[Ildefonso Guajardo]], Mexico\'s {{economy minister}}, told Reuters.', 'appositive'],
  ['{{Former U.S. Treasury Secretary}} [[Lawrence Summers]] said the plan was flawed.', 'before'],
  ['{{Federal Reserve Chair}} [[Janet Yellen]] said on Tuesday that rates would rise.', 'before'],
  ['[[Janet Yellen]], {{chair of the Federal Reserve}}, said on Tuesday that rates would rise.', 'appositive'],
  ['"The risks are balanced," said [[Neil Shearing]], {{chief economist at Capital Economics}}.', 'appositive'],
  ['"The risks are balanced," said {{Capital Economics chief economist}} [[Neil Shearing]].', 'before'],
  ['{{Mexican Secretary of Foreign Affairs}} [[Luis Videgaray]] said new guidelines would top the agenda.', 'before'],
  ['Meetings with {{US Secretary of State}} [[Rex Tillerson]] and US Secretary of Homeland Security John Kelly were planned.', 'before'],
  ['Meetings with US Secretary of State Rex Tillerson and {{US Secretary of Homeland Security}} [[John Kelly]] were planned.', 'before'],
  ['"The relationship is at a historic low," {{Atlantic Council Latin America Economic Growth Initiative director}} [[Jason Marczak]] said.', 'before'],
  ['[[Jason Marczak]] — {{director of the Atlantic Council\'s Latin America Economic Growth Initiative}} — said the talks were tense.', 'appositive'],
];

const BRITISH: [string, Shape][] = [
  ['{{Home Secretary}} [[Amber Rudd]] said the measures were proportionate.', 'before'],
  ['{{Shadow chancellor}} [[John McDonnell]] attacked the budget.', 'before'],
  ['The {{shadow chancellor}}, [[John McDonnell]], attacked the budget.', 'before-comma'],
  ['{{Work and Pensions Secretary}} [[Damian Green]] defended the reforms.', 'before'],
  ['{{Culture, Media and Sport Secretary}} [[Karen Bradley]] announced a review.', 'before'],
  ['{{Chancellor of the Exchequer}} [[Philip Hammond]] delivered his budget.', 'before'],
  ['[[Theresa May]], the {{prime minister}}, said Britain would leave the single market.', 'appositive'],
  ['{{Labour leader}} [[Jeremy Corbyn]] said the government had failed.', 'before'],
  ['[[Keir Starmer]], the {{shadow Brexit secretary}}, said the deal was poor.', 'appositive'],
  ['Mr [[Corbyn]] said the government had failed.', null],
  ['Sir [[Keir Starmer]] said the deal was poor.', null],
  ['{{Lord Chancellor}} [[David Lidington]] defended the judges.', 'before'],
  ['{{Metropolitan Police Commissioner}} [[Cressida Dick]] said officers were stretched.', 'before'],
  ['{{Minister for Women and Equalities}} [[Justine Greening]] said the gap was closing.', 'before'],
  ['The {{Defence Secretary}}, [[Michael Fallon]], and the Foreign Secretary met in Brussels.', 'before-comma'],
  ['{{Vice-President}} [[Mike Pence]] and Defence Secretary Jim Mattis have previously filled the role.', 'before'],
  ['Vice-President Mike Pence and {{Defence Secretary}} [[Jim Mattis]] have previously filled the role.', 'before'],
  ['[[Mike Pence]], the {{vice-president}}, and Mr Tillerson last week reassured Europe.', 'appositive'],
  ['Mike Pence, the vice-president, and Mr [[Tillerson]] last week reassured Europe.', null],
];

const NYT: [string, Shape][] = [
  ['Mr. [[Tillerson]], who arrived Wednesday night, met with officials.', null],
  ['Mr. Tillerson met with {{President}} [[Enrique Peña Nieto]] on Thursday.', 'before'],
  ['Dr. [[Anthony Fauci]], the {{director of the National Institute of Allergy and Infectious Diseases}}, said the risk was low.', 'appositive'],
  ["[[Anthony Fauci]], the nation's top infectious disease expert, said the risk was low.", null],
  ['{{Chief Justice}} [[John G. Roberts Jr.]] wrote for the majority.', 'before'],
  ['{{Lt. Gen.}} [[H.R. McMaster]], the national security adviser, said the review was under way.', 'before'],
  ['[[H.R. McMaster]], the {{national security adviser}}, said the review was under way.', 'appositive'],
  ['{{White House press secretary}} [[Sean Spicer]] said the president was briefed.', 'before'],
  ['{{White House chief of staff}} [[Reince Priebus]] said the president was briefed.', 'before'],
  ['{{Then-Secretary of State}} [[John Kerry]] negotiated the deal.', 'before'],
  ['The plan was criticised by {{ex-Foreign Minister}} [[Jorge Castañeda]].', 'before'],
  ['{{Under Secretary of State for Political Affairs}} [[Thomas Shannon]] said the talks were productive.', 'before'],
  ['"It will not work," said [[Jorge Castañeda]], a {{former foreign minister}}.', 'appositive'],
  ['[[Luis Videgaray]] ({{foreign minister}}) said the plan was unacceptable.', 'appositive'],
];

const TABLOID_BUSINESS: [string, Shape][] = [
  ['{{Arsenal boss}} [[Arsene Wenger]] blasted the referee.', 'before'],
  ['{{Tory MP}} [[Jacob Rees-Mogg]] said the deal was a betrayal.', 'before'],
  ["{{Chelsea midfielder}} [[N'Golo Kanté]] was injured in training.", 'before'],
  ['{{PM}} [[Theresa May]] faced a revolt last night.', 'before'],
  ['{{Apple chief executive}} [[Tim Cook]] said sales rose.', 'before'],
  ["[[Tim Cook]], Apple's {{chief executive}}, said sales rose.", 'appositive'],
  ['{{JPMorgan Chase Chairman and CEO}} [[Jamie Dimon]] said the economy was strong.', 'before'],
  ['{{General Motors CEO}} [[Mary Barra]] said the plant would close.', 'before'],
  ['[[Elon Musk]], the {{founder and chief executive of Tesla}}, said production would rise.', 'appositive'],
  ['{{Goldman Sachs analyst}} [[Jane Smith]] wrote in a note to clients.', 'before'],
  ['"Margins will fall," said [[Jane Smith]], an {{analyst at Goldman Sachs}}.', 'appositive'],
  ['[[Satya Nadella]], 49, the {{chief executive of Microsoft}}, said the cloud business grew.', 'appositive'],
  ['[[Jane Smith]], a {{non-executive director}}, resigned on Monday.', 'appositive'],
];

const SPORT: [string, Shape][] = [
  ['{{Manchester United manager}} [[Jose Mourinho]] said the title race was over.', 'before'],
  ['{{England captain}} [[Harry Kane]] scored twice.', 'before'],
  ['[[Gareth Southgate]], the {{England manager}}, said the squad was ready.', 'appositive'],
  ['{{Head coach}} [[Bill Belichick]] declined to comment.', 'before'],
  ['{{Patriots quarterback}} [[Tom Brady]] threw three touchdowns.', 'before'],
  ['{{Referee}} [[Mike Dean]] sent off two players.', 'before'],
  ['[[Tom Brady]], who threw three touchdowns, was named the most valuable player.', null],
];

const COURTS: [string, Shape][] = [
  ['{{U.S. District Judge}} [[James Robart]] issued the order.', 'before'],
  ['{{Supreme Court Justice}} [[Neil Gorsuch]] wrote the opinion.', 'before'],
  ['{{Judge}} [[Robart]] said the order applied nationwide.', 'before'],
  ['[[Neal Katyal]], a {{former acting solicitor general}}, argued the case.', 'appositive'],
  ['{{Attorney General}} [[Jeff Sessions]] recused himself.', 'before'],
  ['{{Special counsel}} [[Robert Mueller]] filed new charges.', 'before'],
  ['{{Justices}} [[Scalia]] and Thomas dissented.', 'before'],
  ['{{Justices}} Scalia and [[Thomas]] dissented.', 'before'],
  ['{{Justices}} Antonin Scalia, [[Clarence Thomas]] and Samuel Alito dissented.', 'before'],
  ['{{Justices}} Antonin Scalia, Clarence Thomas and [[Samuel Alito]] dissented.', 'before'],
  ['{{Sens.}} Elizabeth Warren and [[Bernie Sanders]] voted against the bill.', 'before'],
  ['Democrats Chuck Schumer and [[Dick Durbin]] objected.', null],
];

const MILITARY: [string, Shape][] = [
  ['{{Defense Secretary}} [[Jim Mattis]] said the strike was lawful.', 'before'],
  ['{{Adm.}} [[Harry Harris]], head of U.S. Pacific Command, said the carrier would stay.', 'before'],
  ['[[Harry Harris]], {{head of U.S. Pacific Command}}, said the carrier would stay.', 'appositive'],
  ['{{Army Col.}} [[John Thomas]] said the unit was ready.', 'before'],
  ['{{Brig. Gen.}} [[Mark Kimmitt]] told reporters the city was calm.', 'before'],
  ['{{Marine Corps Commandant}} [[Robert Neller]] said the troops would stay.', 'before'],
  ['{{U.S. Ambassador to the United Nations}} [[Nikki Haley]] said the vote was a mistake.', 'before'],
  ["Mexico's {{ambassador to Washington}}, [[Geronimo Gutierrez]], said the talks would continue.", 'possessive'],
];

const TRAPS: [string, Shape][] = [
  ['Secretary of State Rex Tillerson and [[John Kelly]] will meet Thursday.', null],
  // spans that leave out given names the article writes
  ['{{President}} Enrique [[Peña Nieto]] will make that clear.', 'before'],
  ['{{Secretary of State}} Rex [[Tillerson]] will make that clear.', 'before'],
  ['{{President of the European Commission}} [[Jean-Claude Juncker]] said the talks would resume.', 'before'],
  ['[[Rex Tillerson]], who met Foreign Minister Luis Videgaray on Thursday, said the talks went well.', null],
  ['Rex Tillerson, who met {{Foreign Minister}} [[Luis Videgaray]] on Thursday, said the talks went well.', 'before'],
  ['[[John Kelly]], who was sworn in as homeland security secretary in January, said the rules were clear.', null],
  ['The minister, who is also a senator, [[Luis Videgaray]] said nothing.', null],
  ['After meeting the foreign minister, [[Tillerson]] said the talks went well.', null],
  ['Rex Tillerson, the secretary of state, [[John Kelly]], the {{homeland security secretary}}, and Jim Mattis flew in.', 'appositive'],
  ['The {{secretary of state}}, [[Rex Tillerson]], and the homeland security secretary, John Kelly, arrived.', 'before-comma'],
  ['The secretary of state, Rex Tillerson, and the {{homeland security secretary}}, [[John Kelly]], arrived.', 'before-comma'],
  ['In Washington, the {{foreign minister}}, [[Luis Videgaray]], said the plan was unacceptable.', 'before-comma'],
  ['Members of the party said that both [[Tillerson]] and Kelly were not welcome.', null],
  ['Members of the party said that both Tillerson and [[Kelly]] were not welcome.', null],
  ['[[Videgaray]], speaking to reporters in Mexico City, said the plan was unacceptable.', null],
  ['[[Kelly]], asked about the plan, said the guidelines were clear.', null],
  ['Osorio Chong spoke with Foreign Minister Luis Videgaray, [[Tillerson]] said.', null],
  ['[[Tillerson]], Homeland Security Secretary John Kelly and Defense Secretary Jim Mattis met in the capital.', null],
  ['[[Cecilia Sanchez]] of The Times\' Mexico City bureau contributed to this report.', null],
  ['"We told them it is impossible," [[Osorio Chong]] told Radio Formula.', null],
  ['[[Richard Durbin]], the {{senator from Illinois}}, objected.', 'appositive'],
  ['[[Dick Durbin]], a Democrat from Illinois, objected.', null],
  ['[[Rex Tillerson]], who was accompanied by Homeland Security Secretary John Kelly, said the talks went well.', null],
  ['Rex Tillerson, who was accompanied by {{Homeland Security Secretary}} [[John Kelly]], said the talks went well.', 'before'],
  ['When the {{foreign minister}}, [[Luis Videgaray]], arrived, he said little.', 'before-comma'],
  ['The {{foreign minister}} — [[Luis Videgaray]] — said no.', 'before-comma'],
  ['[[Videgaray]], the prime minister and the president met on Thursday.', null],
  ['[[John Kelly]], the {{homeland security secretary}} and a retired general, said the rules were clear.', 'appositive'],
  ['[[Luis Videgaray]], {{foreign minister}} since January 2017, said the plan was unacceptable.', 'appositive'],
  ['{{President-elect}} [[Donald Trump]] said the wall would be built.', 'before'],
  ['{{Amazon founder and CEO}} [[Jeff Bezos]] bought the paper.', 'before'],
  ["Klopp's {{assistant}}, [[Pep Lijnders]], took training.", 'possessive'],
  ['Speaking to Foreign Minister Luis Videgaray, [[Tillerson]] said the talks went well.', null],
  ['The meeting between Foreign Minister Luis Videgaray and [[Rex Tillerson]] was tense.', null],
  ['{{Presidents}} Trump and [[Peña Nieto]] spoke by phone.', 'before'],
  ['The two {{ministers}}, [[Videgaray]] and Guajardo, met.', 'before-comma'],
  ['The two {{ministers}}, Videgaray and [[Guajardo]], met.', 'before-comma'],
  // Found on whole articles (test/scenarios): "under" before a title is a preposition.
  ['Northbridge are unbeaten in 13 games under {{interim boss}} [[Dermot Kavanagh]].', 'before'],
  ['The economy grew under {{President}} [[Joe Biden]].', 'before'],
  ['The office was run by {{Under Secretary of State}} [[Wendy Sherman]].', 'before'],
  ['The {{under-secretary}} [[Jane Smith]] resigned.', 'before'],
];

/** Diacritics, typographic characters, astral and lone surrogate units (the reader folds and scans code units). */
const NON_ASCII: [string, Shape][] = [
  ['[[Niklas Eriksen]], the club’s {{sporting director}}, led the search.', 'appositive'],
  // Lower-case bodies in front of the post (live-blog and wire styles).
  ['{{Ex-council leader}} [[Gareth Pryce]] says he is "deeply sorry".', 'before'],
  ['The FBI’s {{cyber unit chief}}, [[Dana Kim]], said so.', 'possessive'],
  ['Police met {{union leader}} [[Sam Ortiz]] on Monday.', 'before'],
  // A capitalised title after a possessive owner, closing the sentence (press-release style).
  ['"No patient data was lost," said [[Tomasz Wiśniewski]], Ridgeview’s {{Chief Information Security Officer}}.', 'appositive'],
  ['[[Ana Ruiz]], Acme’s {{Chief Financial Officer}}, said so.', 'appositive'],
  ['[[Rex Tillerson]], Secretary of State John Kelly said.', null],
  ['Perú’s {{foreign minister}}, [[Néstor Popolizio]], said so.', 'possessive'],
  ['{{ÉLYSÉE spokesman}} [[Benjamin Griveaux]] said so.', 'before'],
  ['[[Søren Pind]], Denmark’s {{justice minister}}, said so.', 'appositive'],
  ['The U.S.’s {{ambassador to México}}, [[Roberta Jacobson]], said so.', 'possessive'],
  ['Ministra de Relaciones Exteriores [[Néstor Popolizio]] said so.', null],
  ['[[Zoë Ågren]], the {{\uD835\uDC00 minister}}, said so.', 'appositive'],
  ['{{Vice\u2011President}} [[Ólafur Grímsson]] said so.', 'before'],
  ['Sec.\u00A0of State [[Rex Tillerson]] said so.', null],
  // A lone high surrogate takes the letter after it into one word character ("\uD800m").
  ['the \uD800minister [[Rex Tillerson]] said so.', null],
];

const groups: [string, [string, Shape][]][] = [
  ['AP style', AP],
  ['Reuters style', REUTERS],
  ['British style (BBC, Guardian)', BRITISH],
  ['NYT style', NYT],
  ['tabloids and business press', TABLOID_BUSINESS],
  ['sport', SPORT],
  ['courts', COURTS],
  ['military and diplomacy', MILITARY],
  ['traps', TRAPS],
  ['non-ASCII text', NON_ASCII],
];

describe('readTitle: attachment', () => {
  for (const [group, cases] of groups) {
    describe(group, () => {
      it.each(cases)('%s', (marked, shape) => check(marked, shape));
    });
  }

  it('has at least 80 attachment cases', () => {
    expect(groups.reduce((n, [, c]) => n + c.length, 0)).toBeGreaterThanOrEqual(80);
  });

  it('reads only inside the given sentence and returns offsets into the full text', () => {
    const text = 'Prices rose. Foreign Minister Luis Videgaray said so.';
    const start = text.indexOf('Luis');
    const t = readTitle(text, { start: 13, end: text.length }, { start, end: start + 'Luis Videgaray'.length }, lex);
    expect(t).toEqual({ start: 13, end: 29, text: 'Foreign Minister', shape: 'before' });
    // A sentence boundary stops the title: "rose." is not part of it.
    const text2 = 'He was the minister. Luis Videgaray said so.';
    const s2 = text2.indexOf('Luis');
    expect(readTitle(text2, { start: 0, end: text2.length }, { start: s2, end: s2 + 14 }, lex)).toBeNull();
  });

  it('is extensible with extra role words (config `roles`)', () => {
    const marked = '{{United gaffer}} [[Erik ten Hag]] praised the youngsters.';
    const { text, name } = unmark(marked);
    expect(readTitle(text, { start: 0, end: text.length }, name, lex)).toBeNull();
    check(marked, 'before', makeRoleLexicon(['gaffer']));
    check('[[Erik ten Hag]], the {{Old Trafford gaffer}}, praised the youngsters.', 'appositive', makeRoleLexicon(['Gaffer']));
    check("{{French chargé d'affaires}} [[Anne Leclerc]] was summoned.", 'before', makeRoleLexicon(["chargé d'affaires"]));
  });
});

// ---------------------------------------------------------------------------------------
// Comparison: [phrase, value, variants, verdict, modifier?]

const VIDEGARAY = ['Secretary of Foreign Affairs', 'foreign minister'];

const COMPARE: [string, string, string[], 'agreement' | 'conflict' | 'past', string?][] = [
  ['former ambassador to China', 'ambassador to China', [], 'conflict', 'former'],
  // "ex-" is "former"; a past post that is not the claim's says nothing of the title now.
  ['Ex-council leader', 'former council leader', [], 'agreement'],
  ['then-chairman', 'former chairman', [], 'agreement'],
  ['former ambassador', 'ambassador to China', [], 'conflict', 'former'],
  ['Ex-Im Bank president', 'Ex-Im Bank president', [], 'agreement'],
  ['ex-leader', 'leader', [], 'conflict', 'ex-'],
  ['retired high court judge', 'inquiry chair', ['chair of the inquiry'], 'past'],
  ['former finance minister', 'foreign minister', [], 'past'],
  ['finance minister', 'foreign minister', [], 'conflict'],
  ["Mexico's former ambassador to China", 'ambassador to China', [], 'conflict', 'former'],
  ['ambassador to China', 'Ambassador to China', [], 'agreement'],
  ['Mexican Foreign Minister', 'Foreign Minister', [], 'agreement'],
  ['Foreign Minister', 'Foreign Minister', VIDEGARAY, 'agreement'],
  ['Mexican Secretary of Foreign Affairs', 'Foreign Minister', VIDEGARAY, 'agreement'],
  ['foreign minister', 'Foreign Minister', VIDEGARAY, 'agreement'],
  ['Secretary of Foreign Affairs', 'Foreign Minister', [], 'conflict'],
  ['Secretary', 'Secretary of State', [], 'agreement'],
  ['Secretary', 'Foreign Minister', [], 'conflict'],
  ['US Secretary of Homeland Security', 'Homeland Security Secretary', [], 'agreement'],
  ['Homeland Security Secretary', 'Secretary of Homeland Security', [], 'agreement'],
  ['interior secretary', 'Secretary of the Interior', [], 'agreement'],
  ['executive vice president of the Wilson Center', 'executive vice president', [], 'agreement'],
  ['executive vice president of the Wilson Center', 'president', [], 'conflict', 'vice'],
  ['Vice-President', 'Vice President', [], 'agreement'],
  ['President', 'Vice President', [], 'conflict'],
  ['deputy director', 'director', [], 'conflict', 'deputy'],
  ['ex-foreign minister', 'foreign minister', [], 'conflict', 'ex-'],
  ['acting attorney general', 'Attorney General', [], 'conflict', 'acting'],
  ['Acting Attorney General', 'Attorney General', ['acting attorney general'], 'agreement'],
  ['Under Secretary of State', 'Secretary of State', [], 'conflict', 'under'],
  // A post not yet held: the bare role is not a short form of "President-elect" (election scenario).
  ['President', 'President-elect', [], 'conflict'],
  ['President', 'President-elect', ['senator'], 'conflict'],
  ['President-elect', 'President-elect', [], 'agreement'],
  ['Secretary', 'Secretary-designate', [], 'conflict'],
  ['Undersecretary of State', 'Secretary of State', [], 'conflict', 'under'],
  ['Under Secretary of State for Political Affairs', 'Under Secretary of State', [], 'agreement'],
  ['interim chief executive', 'chief executive', [], 'conflict', 'interim'],
  ['assistant coach', 'coach', [], 'conflict', 'assistant'],
  ['Associate Justice', 'Justice', [], 'conflict', 'associate'],
  ['Justices', 'Associate Justice', [], 'agreement'],
  ['shadow chancellor', 'Chancellor', [], 'conflict', 'shadow'],
  ['Gen.', 'Lieutenant General', [], 'agreement'],
  ['Lt. Gen.', 'Lieutenant General', [], 'agreement'],
  ['CEO', 'chief executive officer', [], 'agreement'],
  ['Apple chief executive', 'CEO', [], 'agreement'],
  ['Sen.', 'Senator', [], 'agreement'],
  ['former ambassador to China, now foreign minister', 'foreign minister', [], 'agreement'],
  ['SECRETARY-OF-STATE', 'secretary of state', [], 'agreement'],
  ['U.S. Ambassador to the United Nations', 'US ambassador', [], 'agreement'],
  ['Mexican Foreign Minister', 'Minister of Foreign Affairs', [], 'conflict'],
  ['Deputy Secretary of State', 'Deputy Secretary of State', [], 'agreement'],
  ['Deputy Secretary of State', 'Secretary of State', [], 'conflict', 'deputy'],
  ['Secretaries', 'Secretary of State', [], 'agreement'],
  ['former deputy foreign minister', 'Deputy Foreign Minister', [], 'conflict', 'former'],
  ['Home Secretary', 'Foreign Secretary', [], 'conflict'],
  ['President-elect', 'President', [], 'conflict', '-elect'],
  ['President-elect', 'President-elect', [], 'agreement'],
  ['Minister of State for Trade Policy', 'Minister of State', [], 'agreement'],
  ['the Foreign Minister', 'the foreign minister', [], 'agreement'],
  ['Mexico\u2019s foreign minister', 'Foreign Minister', [], 'agreement'],
];

describe('compareTitle', () => {
  it.each(COMPARE)('%s vs %s %j → %s %s', (phrase, value, variants, verdict, modifier) => {
    const r = compareTitle(phrase, value, variants, lex);
    expect(r.verdict).toBe(verdict);
    expect(r.modifier).toBe(modifier);
  });

  it('reports the matched wording as written in the phrase, and which claim wording and rule', () => {
    expect(compareTitle('Mexican Secretary of Foreign Affairs', 'Foreign Minister', VIDEGARAY, lex)).toEqual({
      verdict: 'agreement',
      matched: 'Secretary of Foreign Affairs',
      wording: 'Secretary of Foreign Affairs',
      rule: 'exact',
    });
    expect(compareTitle("Mexico's former ambassador to China", 'ambassador to China', [], lex)).toEqual({
      verdict: 'conflict',
      matched: 'ambassador to China',
      modifier: 'former',
      wording: 'ambassador to China',
    });
    expect(compareTitle('US Secretary of Homeland Security', 'Homeland Security Secretary', [], lex)).toMatchObject({
      verdict: 'agreement',
      matched: 'Secretary of Homeland Security',
      rule: 'inverted',
    });
    expect(compareTitle('Secretary', 'Secretary of State', [], lex)).toMatchObject({ verdict: 'agreement', rule: 'short-form' });
    expect(compareTitle('Home Secretary', 'Foreign Secretary', [], lex)).toEqual({ verdict: 'conflict' });
  });

  it('inversion can be turned off', () => {
    const strict = makeRoleLexicon([], { invert: false });
    expect(compareTitle('US Secretary of Homeland Security', 'Homeland Security Secretary', [], strict).verdict).toBe('conflict');
    expect(compareTitle('US Secretary of Homeland Security', 'Homeland Security Secretary', ['Secretary of Homeland Security'], strict).verdict).toBe('agreement');
  });

  it('short forms use extra roles too', () => {
    expect(compareTitle('Gaffer', 'Manchester United gaffer', [], lex).verdict).toBe('conflict');
    expect(compareTitle('Gaffer', 'Manchester United gaffer', [], makeRoleLexicon(['gaffer'])).verdict).toBe('agreement');
  });
});

describe('role lexicon', () => {
  it('ships the common posts and SPEC rank modifiers', () => {
    for (const r of ['secretary', 'minister', 'president', 'director', 'ambassador', 'chief', 'spokesperson', 'governor', 'senator', 'mayor', 'chairman', 'head', 'commissioner', 'attorney general', 'chancellor', 'prime minister', 'ceo', 'judge', 'justice', 'general', 'admiral', 'coach', 'captain', 'manager']) {
      expect(DEFAULT_ROLES).toContain(r);
    }
    for (const m of ['former', 'ex', 'deputy', 'vice', 'acting', 'assistant', 'under', 'interim', 'associate']) expect(RANK_MODIFIERS).toContain(m);
  });

  it('folds extra roles and ignores blank ones', () => {
    const l = makeRoleLexicon(['  Chief-Whip ', '', 'Señor Ministro']);
    expect(l.isRole(['chief', 'whip'])).toBe(true);
    expect(l.isRole(['senor', 'ministro'])).toBe(true);
    expect(l.singular('justices')).toBe('justice');
    expect(l.singular('secretaries')).toBe('secretary');
    expect(l.singular('sens')).toBe('senator');
    expect(l.singular('democrats')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------
// Seed articles

const sourcesDir = fileURLToPath(new URL('../sources/', import.meta.url));
const SEEDS: Record<string, string> = {
  '000': '000_3c302dad8eeff72e.txt',
  '001': '001_0ca91ca90f8e624f.txt',
  '002': '002_9a19631d379c6a94.txt',
  '003': '003_108a14b737e811cf.txt',
  '004': '004_a2dce47529cea698.txt',
};

/** The title attached to the `nth` occurrence of `name` in a seed, read in the sentence around it. */
function seedTitle(seed: string, name: string, nth = 0): TitlePhrase | null {
  const text = readFileSync(sourcesDir + SEEDS[seed], 'utf8');
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(name, at + 1);
    if (at < 0) throw new Error(`${name} #${nth} not in ${seed}`);
  }
  // The sentence: from after the previous ". " or line break to the next one.
  const before = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const nl = text.indexOf('\n', at);
  const dot = text.indexOf('. ', at + name.length);
  const end = Math.min(nl < 0 ? text.length : nl, dot < 0 ? text.length : dot + 1);
  return readTitle(text, { start: before, end }, { start: at, end: at + name.length }, lex);
}

describe('seed articles', () => {
  it('002: Guajardo, "Mexico\'s former ambassador to China", conflicts with the claim "ambassador to China"', () => {
    const t = seedTitle('002', 'Jorge Guajardo');
    expect(t).toMatchObject({ text: 'former ambassador to China', shape: 'appositive' });
    expect(compareTitle(t!.text, 'ambassador to China', [], lex)).toMatchObject({ verdict: 'conflict', modifier: 'former' });
  });

  it("000: Mexico's interior secretary, Miguel Angel Osorio Chung, told", () => {
    expect(seedTitle('000', 'Miguel Angel Osorio Chung')).toMatchObject({ text: 'interior secretary', shape: 'possessive' });
    expect(compareTitle('interior secretary', 'Interior Secretary', [], lex).verdict).toBe('agreement');
  });

  it('000: Secretary of State Rex Tillerson and Homeland Security Secretary John F. Kelly', () => {
    expect(seedTitle('000', 'Rex Tillerson')).toMatchObject({ text: 'Secretary of State', shape: 'before' });
    expect(seedTitle('000', 'John F. Kelly')).toMatchObject({ text: 'Homeland Security Secretary', shape: 'before' });
    expect(seedTitle('000', 'Osorio Chung', 1)).toBeNull(); // "… ,” Osorio Chung told Radio Formula"
  });

  it('004: Mexican Secretary of Foreign Affairs Luis Videgaray; US Secretary of Homeland Security John Kelly', () => {
    const t = seedTitle('004', 'Luis Videgaray');
    expect(t).toMatchObject({ text: 'Mexican Secretary of Foreign Affairs', shape: 'before' });
    expect(compareTitle(t!.text, 'Foreign Minister', VIDEGARAY, lex).verdict).toBe('agreement');
    expect(seedTitle('004', 'Rex Tillerson')).toMatchObject({ text: 'US Secretary of State' });
    expect(seedTitle('004', 'John Kelly')).toMatchObject({ text: 'US Secretary of Homeland Security' });
    expect(seedTitle('004', 'Enrique Pena Nieto')).toMatchObject({ text: 'Mexican President' });
    expect(seedTitle('004', 'Donald Trump')).toMatchObject({ text: 'US President' });
  });

  it('002: Mexican Foreign Minister Luis Videgaray, and the other people in 002', () => {
    const t = seedTitle('002', 'Luis Videgaray');
    expect(t).toMatchObject({ text: 'Mexican Foreign Minister', shape: 'before' });
    expect(compareTitle(t!.text, 'Foreign Minister', VIDEGARAY, lex).verdict).toBe('agreement');
    expect(seedTitle('002', 'Enrique Peña Nieto')).toMatchObject({ text: 'President' });
    expect(seedTitle('002', 'Rex Tillerson')).toMatchObject({ text: 'Secretary of State' });
    expect(seedTitle('002', 'John Kelly')).toMatchObject({ text: 'Homeland Security Secretary' });
    expect(seedTitle('002', 'Trump')).toMatchObject({ text: 'President' }); // "President Trump's expectation"
    expect(seedTitle('002', 'Andrew Selee')).toMatchObject({
      text: 'executive vice president of the Wilson Center think tank in Washington',
      shape: 'appositive',
    });
    expect(seedTitle('002', 'Videgaray', 1)).toBeNull(); // "…,” said Videgaray."
  });

  it('004: Atlantic Council Latin America Economic Growth Initiative director Jason Marczak', () => {
    expect(seedTitle('004', 'Jason Marczak')).toMatchObject({
      text: 'Atlantic Council Latin America Economic Growth Initiative director',
      shape: 'before',
    });
  });

  it("001: Miguel Angel Osorio Chong, Mexico's interior secretary says; Tillerson and Kelly's appositives", () => {
    expect(seedTitle('001', 'Miguel Angel Osorio Chong')).toMatchObject({ text: 'interior secretary', shape: 'appositive' });
    expect(seedTitle('001', 'Rex Tillerson')).toMatchObject({ text: 'US secretary of state', shape: 'appositive' });
    const kelly = seedTitle('001', 'John Kelly');
    expect(kelly).toMatchObject({ text: 'homeland security secretary', shape: 'appositive' });
    expect(compareTitle(kelly!.text, 'Homeland Security Secretary', [], lex).verdict).toBe('agreement');
    expect(seedTitle('001', 'Miguel Angel Osorio Chong', 1)).toBeNull(); // "In an interview with Radio Formula, Miguel …"
  });

  it('003: Victor Clark, Secretary Tillerson, Pence and Mattis, Mr Tillerson', () => {
    expect(seedTitle('003', 'Victor Clark')).toMatchObject({ text: "director of Tijuana's Binational Center for Human Rights", shape: 'appositive' });
    expect(seedTitle('003', 'Tillerson')).toMatchObject({ text: 'Secretary' });
    expect(compareTitle('Secretary', 'Secretary of State', [], lex).verdict).toBe('agreement');
    expect(seedTitle('003', 'Mike Pence')).toMatchObject({ text: 'Vice-President' });
    expect(seedTitle('003', 'Jim Mattis')).toMatchObject({ text: 'Defence Secretary' });
    expect(seedTitle('003', 'Mike Pence', 1)).toMatchObject({ text: 'vice-president', shape: 'appositive' });
    expect(seedTitle('003', 'Tillerson', 1)).toMatchObject({ text: 'Secretary of State' });
    expect(seedTitle('003', 'Tillerson', 2)).toBeNull(); // "both Tillerson and Kelly"
    expect(seedTitle('003', 'Kelly', 1)).toBeNull();
    expect(seedTitle('003', 'Peña Nieto')).toMatchObject({ text: 'President' });
    expect(seedTitle('003', 'Tillerson', 3)).toBeNull(); // "and Mr Tillerson last week"
  });
});
