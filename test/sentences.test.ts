/**
 * Sentence splitter tests (src/extract/sentences.ts). Table-driven: each row is a passage
 * with the expected sentences in [brackets]; the splitter runs on the passage without
 * brackets and its spans are rendered back as brackets, so an off-by-one shows as a
 * moved bracket. Passages imitate different outlets; the seed articles follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, uax29Boundaries, type SentenceSpan } from '../src/extract/sentences.js';

/** Removes the brackets; returns the plain text. */
function plain(bracketed: string): string {
  return bracketed.replace(/[[\]]/g, '');
}

/** Renders spans as brackets into `text` (from `from` on). */
function render(text: string, spans: SentenceSpan[], from = 0): string {
  let out = '';
  let at = from;
  for (const s of spans) {
    out += text.slice(at, s.start) + '[' + text.slice(s.start, s.end) + ']';
    at = s.end;
  }
  return out + text.slice(at);
}

function bracket(bracketed: string): string {
  const text = plain(bracketed);
  return render(text, splitSentences(text));
}

const cases: Record<string, string[]> = {
  'AP': [
    '[WASHINGTON (AP) — The U.S. Senate voted 52-48 on Tuesday to confirm the nominee.] [Sen. Mitch McConnell, R-Ky., called it a victory.]',
    '[Gov. Andrew Cuomo said the storm would hit at 2 p.m. Thursday.] [He urged residents of St. Lawrence County to stay home.]',
    '[The company, based in Springfield, Mass., said it had hired 1,200 workers.] [Its shares rose 2.5 percent to $41.75.]',
    '[Lt. Gen. H.R. McMaster met Rep. Nancy Pelosi, D-Calif., and Dr. Jill Biden.] [They spoke for an hour.]',
    '[The storm made landfall on Sept. 7 near Key West, Fla.] [Officials said at least 12 people died.]',
    '[“I don’t know,” Mr. Trump said.] [“Maybe.”]',
    '[“Why not?” he asked.] [“Because we can’t.”]',
    '[The meeting ended at 11:30 a.m.] [No agreement was reached.]',
    '[Police said the suspect, 34, was arrested about 9 p.m. Sunday in Washington, D.C.] [He was held without bail.]',
    '[Sgt. First Class Ronald Smith, 45, of St. Petersburg, Fla., was killed.] [The Pentagon confirmed his death on Jan. 4.]',
    '[“This is a historic day,” said Sen. Elizabeth Warren, D-Mass.] [“We won.”]',
    '[The Rev. Al Sharpton and Pres. Obama met Gov. Brown in Sacramento.]',
    '[The case, Roe v. Wade, was decided in 1973.] [It was overturned on June 24, 2022.]',
    '[Calif. Gov. Gavin Newsom signed the bill Friday.] [It takes effect Jan. 1.]',
    '[The fire started about 3:15 a.m. at a home on Elm St. in Fort Worth, Texas.] [Two firefighters were hurt.]',
    '[The hearing is scheduled for 9:30 a.m. Wednesday at the U.S. District Court in Manhattan.]',
    '[The Associated Press reported on Oct. 12 that the agency had lost track of 1,475 children.] [Sen. Rob Portman, R-Ohio, called it unacceptable.]',
  ],
  'Reuters': [
    '[MEXICO CITY (Reuters) - Mexico’s peso weakened 0.8 percent on Friday after U.S. President Donald Trump threatened new tariffs.] [The currency traded at 19.52 per dollar.]',
    '[WASHINGTON, Feb 23 (Reuters) - U.S. Secretary of State Rex Tillerson arrived in Mexico on Wednesday.] [He is due to meet President Enrique Pena Nieto on Thursday.]',
    '[The talks will resume on Jan. 9.]\n\n[Reporting by Dave Graham; Editing by Leslie Adler]',
    '[Exports to the U.S. rose 4.1 percent in the year to Oct. 31, data from the U.K. statistics office showed.]',
    '[Goldman Sachs Group Inc. (GS.N) shares rose 1% in early trading.] [Rivals were flat.]',
    '[The peso MXN= firmed 0.6 percent.] [Mexican stocks .MXX were flat.]',
    '[Toyota Motor Corp. said it would invest $1.3 billion in its Kentucky plant.] [The investment will add 1,400 jobs.]',
    '[(Reporting by Anthony Esposito; Additional reporting by Lizbeth Diaz in Mexico City; Editing by Sandra Maler)]',
  ],
  'BBC': [
    '[Mr Tillerson and Mr Kelly arrived in Mexico City on Wednesday.] [Mexico’s foreign minister said the country would not accept “unilateral” decisions.]',
    '[Mexico rejects US deportation plan]\n\n[By Will Grant]\n\n[BBC News, Mexico City]\n\n[Mexico has said it will not accept deportees from third countries.]',
    '[What happens next?]\n\n[It is not yet clear whether the plan can be implemented...] [Officials say talks will continue.]',
    '[Exports fell to the U.K.] [The decline was sharp.]',
    '[Ms Sturgeon said the result was “a clear mandate”.] [The UK government disagreed.]',
    '[What do we know so far?]\n\n[Police say the attack began at about 22:00 local time (21:00 GMT).] [At least 12 people were injured.]',
  ],
  'Guardian': [
    '[The relationship … is at such a historic low that nobody expects progress, said one official.]',
    '[Theresa May’s spokesman said No 10 was “monitoring the situation”.] [Labour called for an urgent statement.]',
    '[The figure – 2.3% – was the lowest since 2009.] [Economists had expected 2.5%.]',
    '[He said: “We will not be bullied.] [We never have been.”] [The crowd cheered.]',
    '[Prof. Sir John Curtice said the swing was 4.5 points.] [Labour disputed that.]',
    '[“The plan is dead.] [It was never alive,” the aide said.]',
    '[Inflation was 2.9% in Jan., up from 2.5% in Dec.] [The Bank of England had expected 3%.]',
    '[Asked if he would resign, he said: “No.] [Why would I?”]',
  ],
  'tabloid': [
    '[SHOCK!] [Trump’s wall plan in tatters as Mexico says NO WAY!!!] [Read more below.]',
    '[Brit mum-of-two Kerry, 34, said: “I was terrified...] [I thought we were going to die.”]',
    '[EXCLUSIVE: Star’s secret heartache revealed]\n[The telly favourite, 45, was seen in tears on Tuesday.]',
    '[Dr. Phil said it was “the worst thing ever.”] [Fans were stunned.]',
    '[“Are you serious?” asked one reporter.] [Nobody answered.]',
    '[He paused…] [Then he left the room.]',
    '[“Is this a joke?” fumed one viewer.] [Another added: “Unbelievable.”]',
    '[The singer, 29, shared a snap on Instagram.] [She wrote: “Can’t wait to meet you!”] [Fans were thrilled.]',
  ],
  'financial press': [
    '[Shares in Vodafone Group Plc fell 3.2p to 215.4p.] [The FTSE 100 index closed 0.4% lower at 7,263.4.]',
    '[J.P. Morgan Chase & Co. said net income rose to $6.7 billion, or $1.71 a share.] [Analysts had expected $1.58.]',
    '[Revenue at Alphabet Inc.’s Google rose 22% in Q3.] [The results beat estimates.]',
    '[Berkshire Hathaway Inc. Chief Executive Warren E. Buffett said the company had $128 bn in cash.]',
    '[The euro rose to $1.0850 vs. the dollar.] [It closed at 1.2345 vs. 1.2210 on Friday.]',
    '[Shares of Apple Inc. rose 3 percent.] [The company said sales of the iPhone were up.]',
    '[He works for Apple Inc.] [The company declined to comment.]',
    '[Real Madrid vs. Barcelona drew 1.2 million viewers.]',
    '[Morgan Stanley & Co. LLC acted as adviser to the company.] [Terms were not disclosed.]',
    '[The central bank held its benchmark rate at 5.25%.] [Gov. Andrew Bailey said inflation was still too high.]',
  ],
  'names, initials, abbreviations': [
    '[Thousands of migrants travel north to reach the U.S.] [Most of them are from Central America.]',
    '[The U.S. Embassy in Mexico City issued a warning.] [A. Smith, a spokesman, declined to comment.]',
    '[The U. S. Embassy is on Paseo de la Reforma.] [It is heavily guarded.]',
    '[John F. Kennedy Jr. died in 1999.] [His plane crashed off Martha’s Vineyard.]',
    '[The paper was signed by John Smith Jr.] [He declined to comment.]',
    '[He lives at No. 10 Downing St. with his family.] [The prime minister returned on Feb. 23.]',
    '[Tickets cost £45, £60, etc., and sold out.] [They bought bread, milk, eggs etc. and went home.]',
    '[The list included Chile, Peru, Brazil etc.] [The minister said more would follow.]',
    '[He lives on Mulholland Dr.] [The house is worth $5 million.]',
    '[The vote was delayed to Plan B.] [Nobody objected.]',
    '[The U.N. Security Council met on Tuesday.] [She moved to the U.S. in 2001.]',
    '[Mr. and Mrs. Smith declined to comment.] [At 5 p.m. the crowd dispersed.]',
    '[He took a U.S. Army helicopter to the U.K. on Monday.]',
    '[He was born in St. Paul, Minn., and grew up in Ft. Lauderdale, Fla.] [He moved to Washington in 1998.]',
    '[The letter was addressed to Dr. M. L. King Jr. and his wife.]',
    '[The U.S.A. team won gold.] [Canada took silver.]',
    '[He earned a Ph.D. in economics from Harvard.] [He later taught at Yale.]',
    '[The talks are set for Nov. 5 in Geneva.] [Nos. 3 and 4 on the agenda are trade and migration.]',
    '[For more, visit bbc.co.uk/news.] [Comments are closed.]',
    '[The temperature hit 40.5C in Seville.] [It was a record.]',
  ],
  'quotes and ellipses': [
    '[It is not a question of if... but when, she said.]',
    '[The mayor said the city had “no plans … to evacuate” anyone.]',
    '[“We have always said ... Mexico will not pay,” he said.] [“Never.”]',
    '[“I was terrified…] [Everyone was screaming,” she said.]',
    '["We told them it is impossible," he said.] ["There is no way."] [He then left.]',
    '[She said she would "fight to the end".] [The vote is on Thursday.]',
    '[Asked whether Mexico would pay, he said: “No.”] [Then he left.]',
    '[“Who pays?” Trump asked.] [“Mexico.”]',
    '[“Where is the money?” Sen. Warren asked.] [Nobody responded.]',
    '[He said the U.S. “will not back down.”]',
    '[She said.][“Next one.”]',
  ],
  'layout': [
    '[Key points:]\n• [Mexico rejects the plan]\n• [Talks continue on Thursday]\n• [The U.S. has not responded]',
    '# [Mexico rejects plan]\n\n[Mexico said on Friday it would not accept deportees.]\n\n## [Background] ##\n\n- [Talks began in Jan. 2017.]\n- [They stalled in March.]\n\n1. [First point]\n2) [Second point]',
    '* [Mexico will not accept deportees]\n+ [Talks with the U.S. continue]\n> [“We will not pay,” the president said.]\n> > [He repeated it twice.]',
    '[The Border Patrol said it detained more than 220,000\npeople in the fiscal year that ended in September,\nmostly Guatemalans, Hondurans and Salvadorans.] [Officials in\nWashington said the number was rising.]',
    '[He met Secretary of State Rex Tillerson and Homeland Security Secretary John F.\nKelly on Thursday, according to officials who spoke on condition\nof anonymity because they were not authorised to speak.] [The meeting\nlasted two hours.]',
    '[Mexico said no.]\r\n\r\n[The U.S. said yes.]\r\n[Talks continue]',
    '[Mexico said no.]\r[The U.S. said yes.]',
    '[Mexico, U.S. at odds over deportations]\n[MEXICO CITY — Mexico said on Friday it would not take deportees.]',
    '[Now, the bigger problem is a surge of non-Mexicans who travel north to reach the U.S.]\n\n[MORE: Mexicans worry: Will they become the third-wheel Amigo?]',
    '  • [Leroy Wright]',
    '[The stakes are high, since Mexico has warned of a breakdown in relations]\n\n[Talking points show Mexicans plan to seek more information.]',
    '[Q. What did the president say?]\n[A. He said the U.S. would not back down.]',
    '[Updated 3:45 p.m. ET]\n\n[The Senate adjourned without a vote.]',
    '[Key facts]\n[Population: 126 million]\n[Capital: Mexico City]',
    '[Reuters, MEXICO CITY]\n\n   \n\t\n[A bid by US President Donald Trump was to top the agenda.]\n\n',
    '\n\n  [Mexico said no.]  \n\n',
    '[Mexico said no.]\n\n---\n\n[The U.S. said yes.]',
    '[He said. ”] [She left.]',
    '[The president said he would move the embassy to the U.S.]\n[Mexico was furious about the decision, officials said.]\n[Fans were stunned by the news on Tuesday morning.]',
    '[On Thursday the foreign minister met Secretary of State\nRex Tillerson and Homeland Security Secretary John\nKelly at the Foreign Ministry in central Mexico City.]',
    '[Image caption:]\n[Protesters gathered outside the US embassy in Mexico City]',
  ],
};

describe('splitSentences: passages in the styles of different outlets', () => {
  for (const [outlet, rows] of Object.entries(cases)) {
    describe(outlet, () => {
      it.each(rows)('%s', (want) => {
        expect(bracket(want)).toBe(want);
      });
    });
  }
});

describe('splitSentences: the region and its offsets', () => {
  it('segments text.slice(start, end) only and returns absolute offsets', () => {
    const text = ' date 2017-02-24 Mexico said no. The U.S. said yes. Talks go on.';
    const start = text.indexOf('Mexico');
    const end = text.indexOf(' Talks');
    const spans = splitSentences(text, start, end);
    expect(render(text, spans, start)).toBe('[Mexico said no.] [The U.S. said yes.] Talks go on.');
    expect(spans[0]).toEqual({ start, end: start + 'Mexico said no.'.length });
  });

  it('treats the header line as outside the text (start after a header line)', () => {
    const text = 'date 2017-02-24\nReuters, MEXICO CITY\n\nMexico said no.';
    const spans = splitSentences(text, text.indexOf('Reuters'));
    expect(render(text, spans, text.indexOf('Reuters'))).toBe('[Reuters, MEXICO CITY]\n\n[Mexico said no.]');
  });

  it('returns nothing for an empty, blank or inverted region, and clamps out-of-range bounds', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\r\n\t ')).toEqual([]);
    expect(splitSentences('He left.', 5, 2)).toEqual([]);
    expect(splitSentences('He left.', -10, 99)).toEqual([{ start: 0, end: 8 }]);
  });

  it('keeps a sentence cut by the region end (it ends where the region ends)', () => {
    const text = 'Mexico said no to the U.S. request.';
    expect(render(text, splitSentences(text, 0, 17))).toBe('[Mexico said no to] the U.S. request.');
  });

  it('ends a region that stops inside a CRLF', () => {
    const text = 'He left.\r\nShe stayed.';
    expect(render(text, splitSentences(text, 0, 9))).toBe('[He left.]\r\nShe stayed.');
    expect(render(text, splitSentences(text, 9), 9)).toBe('\n[She stayed.]');
  });

  it('gives the same sentences for CRLF and LF text', () => {
    const lf = 'Mexico said no.\nThe U.S. said yes.\n\nA strained relationship\n\nTalks\ncontinue.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end).replace(/\r\n/g, '\n'));
    expect(texts(crlf)).toEqual(texts(lf));
  });

  it('counts offsets in UTF-16 code units (astral characters take two)', () => {
    const want = '[Le 𝔐onde 😀 said no.] [The U.S. said yes.]';
    expect(bracket(want)).toBe(want);
  });

  it('gives the same boundaries in a very long paragraph as in short ones (windowed segmenter)', () => {
    const parts = [
      'Mr. Smith met Gen. Kelly at the U.S. Embassy.',
      '“Why not?” he asked.',
      'It rose 2.5 percent to $41.75 on Feb. 23.',
      'The U. S. Embassy is at No. 10 Downing St. in London.',
      'He paused… Then he left.',
    ];
    for (const pad of [0, 1, 7, 100, 333]) {
      const sentences = [(pad > 0 ? 'x'.repeat(pad) + ' ' : '') + parts[0]!];
      for (let i = 1; i < 2000; i++) sentences.push(parts[i % parts.length]!.replace('He paused… Then', 'He paused…] [Then'));
      const want = '[' + sentences.join('] [') + ']';
      expect(bracket(want)).toBe(want);
    }
  });

  it('is linear enough for one huge paragraph without any boundary', () => {
    const text = 'word '.repeat(200_000);
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length - 1 }]);
  });
});

describe('splitSentences: invariants on arbitrary text', () => {
  const token = fc.constantFrom(
    'Mr.', 'U.S.', 'U.', 'S.', 'F.', 'Inc.', 'No.', '10', '2.5', 'the', 'The', 'He', 'said', 'Kelly', '...', '…',
    '.', '?', '!', '“', '”', '"', "'", '(', ')', '•', '-', '#', '>', '1.', ' ', ' ', ' ', '\n', '\r\n', '\n\n', '\t',
    '\u00a0', '😀', 'é', '',
  );
  const text = fc.array(token, { maxLength: 60 }).map((t) => t.join(''));

  it('returns sorted, disjoint, trimmed, non-empty spans inside the region', () => {
    fc.assert(
      fc.property(text, fc.nat(80), fc.nat(80), (t, a, b) => {
        const start = Math.min(a, t.length);
        const end = Math.max(start, Math.min(b + start, t.length));
        const spans = splitSentences(t, start, end);
        let prevEnd = start;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(end);
          const body = t.slice(s.start, s.end);
          expect(body).toBe(body.trim());
          expect(body).toMatch(/[\p{L}\p{N}]/u);
          prevEnd = s.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitSentences: seed articles', () => {
  const read = (id: string) => readFileSync(new URL(`../sources/${id}.txt`, import.meta.url), 'utf8');
  /** The article body starts after a `date YYYY-MM-DD` header (SPEC §1), if any. */
  const bodyStart = (text: string) => /^\s*date \d{4}-\d{2}-\d{2}[ \t]*/.exec(text)?.[0].length ?? 0;
  const sentencesOf = (id: string) => {
    const text = read(id);
    return splitSentences(text, bodyStart(text)).map((s) => text.slice(s.start, s.end));
  };
  /** The one sentence containing `fragment`. */
  const sentenceWith = (id: string, fragment: string) => {
    const found = sentencesOf(id).filter((s) => s.includes(fragment));
    expect(found, fragment).toHaveLength(1);
    return found[0]!;
  };

  it('finds the number of sentences a careful reader finds', () => {
    const counts = ['000_3c302dad8eeff72e', '001_0ca91ca90f8e624f', '002_9a19631d379c6a94', '003_108a14b737e811cf', '004_a2dce47529cea698'].map(
      (id) => sentencesOf(id).length,
    );
    expect(counts).toEqual([16, 17, 22, 24, 15]);
  });

  it('000: keeps "John F. Kelly" and both "U.S." inside the interior secretary sentence', () => {
    const s = sentenceWith('000_3c302dad8eeff72e', 'John F. Kelly');
    expect(s.startsWith('On Friday, Mexico’s interior secretary')).toBe(true);
    expect(s.endsWith(
      'Secretary of State Rex Tillerson and Homeland Security Secretary John F. Kelly — that Mexico could not oblige the U.S. request.',
    )).toBe(true);
  });

  it('000: starts after the date header and splits a quotation that spans sentences', () => {
    const text = read('000_3c302dad8eeff72e');
    const first = splitSentences(text, bodyStart(text))[0]!;
    expect(first.start).toBe(text.indexOf('Mexico has informed'));
    const all = sentencesOf('000_3c302dad8eeff72e');
    expect(all).toContain(
      '“We told them that our legal framework doesn’t allow this,” Osorio Chung told Radio Formula, referring to the visit this week of the two Trump Cabinet officials.',
    );
    expect(all).toContain('“ We told them it is impossible.');
    expect(all).toContain('There is no way, legally, nor is there capacity.”');
  });

  it('001: headlines without a full stop are sentences of their own', () => {
    const all = sentencesOf('001_0ca91ca90f8e624f');
    expect(all).toContain('A strained relationship');
    expect(all).toContain('Pressure cards');
    expect(sentenceWith('001_0ca91ca90f8e624f', '$2.5bn')).toMatch(/^On Friday, Osorio Chong said .* let that money go\.$/);
  });

  it('002: a closing quote after the full stop belongs to the sentence before it', () => {
    const all = sentencesOf('002_9a19631d379c6a94');
    expect(all).toContain(
      'Despite Videgaray\'s pledge to fight the measures, DHS insisted that it is working with the Mexican government and the Department of State “to determine how to best implement the guidance.”',
    );
    expect(all).toContain('And things once taken for granted are going to be a lot more difficult.”');
  });

  it('003: "U. S. Embassy", `"...".`, a sentence ending in "U.S.", "MORE:" and a bullet', () => {
    const all = sentencesOf('003_108a14b737e811cf');
    expect(all[0]).toBe('U.S. official tells Mexico there will be \'no mass deportations\'');
    expect(sentenceWith('003_108a14b737e811cf', 'U. S. Embassy')).toMatch(/^"If we are not given .* in front of the embassy"\.$/);
    expect(all).toContain(
      'Now, the bigger problem is a surge of non-Mexicans from the Western Hemisphere who enter Mexico then travel north to reach the U.S.',
    );
    expect(all).toContain('MORE: Mexicans worry: Will they become the third-wheel Amigo?');
    expect(all[all.length - 1]).toBe('Leroy Wright');
  });

  it('004: a dateline line, an ellipsis inside a quote, a paragraph without a full stop', () => {
    const all = sentencesOf('004_a2dce47529cea698');
    expect(all[0]).toBe('Reuters, MEXICO CITY');
    expect(sentenceWith('004_a2dce47529cea698', 'The relationship ... is at such a historic low')).toMatch(
      /^“The relationship \.\.\. is at such a historic low .* Jason Marczak said\.$/,
    );
    expect(all).toContain(
      'The stakes are high for the US, since Mexico has warned that a breakdown in relations could affect its extensive cooperation in the fight against narcotics and stemming the flow of Central American migrants that reach the US border',
    );
    expect(sentenceWith('004_a2dce47529cea698', 'US$21.6 billion')).toMatch(/^Pena Nieto abruptly canceled .* last month\.$/);
  });

  it('gives the same sentences for a seed article saved with CRLF line ends', () => {
    const text = read('003_108a14b737e811cf');
    const crlf = text.replace(/\n/g, '\r\n');
    const a = splitSentences(text).map((s) => text.slice(s.start, s.end));
    const b = splitSentences(crlf).map((s) => crlf.slice(s.start, s.end));
    expect(b).toEqual(a);
  });
});

describe('uax29Boundaries (the rule-based fast path for known characters)', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const icu = (s: string): number[] => [...segmenter.segment(s)].map((x) => x.index).filter((i) => i > 0);
  const pieces: string[] = [];
  for (let c = 0x09; c < 0x250; c++) pieces.push(String.fromCharCode(c));
  pieces.push(...'«»“”‘’„‚–—…€\u2009\u202f\u200a\u2028\u0301\u00ad', 'Mr', 'U.S.', 'He', 'she', '3.5', '. ', '? ', '." ', '.” ', ' ', 'a', 'T');

  it('gives the boundaries Intl.Segmenter gives, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')), (s) => {
        expect(uax29Boundaries(s)).toEqual(icu(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the boundaries Intl.Segmenter gives, on every line of the seed articles', () => {
    for (const file of readdirSync('sources')) {
      for (const line of readFileSync(`sources/${file}`, 'utf8').split('\n')) expect(uax29Boundaries(line)).toEqual(icu(line));
    }
  });
});
