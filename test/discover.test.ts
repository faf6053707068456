import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindEnv } from '../src/check.js';
import type { SourceFile } from '../src/core/source-file.js';
import { claimFile } from '../src/discover/claims.js';
import { discover, type Proposal } from '../src/discover/index.js';
import { renderDiff, renderJson } from '../src/discover/render.js';
import { loadSources, parseSource } from '../src/sources/load.js';
import { captureIo, ROOT } from './helpers/io.js';

async function bundled(): Promise<SourceFile[]> {
  const { sources, problems } = await loadSources(captureIo(ROOT).io, ['sources']);
  expect(problems).toEqual([]);
  return sources;
}

/** Articles from text: `date YYYY-MM-DD` headers work as in files. */
function articles(files: Record<string, string>): SourceFile[] {
  return Object.entries(files).map(([id, text]) => {
    const { source, problems } = parseSource(id, `${id}.txt`, new TextEncoder().encode(text));
    expect(problems).toEqual([]);
    return source!;
  });
}

const disagreements = (ps: readonly Proposal[]): Proposal[] => ps.filter((p) => p.status === 'disagreement');
const labels = (p: Proposal): string[] => p.readings.map((r) => r.label);
const value = (p: Proposal): unknown => p.claim.fields.find(([k]) => k === 'value')?.[1];

describe('discover on the bundled corpus', () => {
  it('lists the four real discrepancies first, and nothing else as a disagreement', async () => {
    const d = discover(await bundled());
    const dis = disagreements(d.proposals);
    expect(d.proposals.slice(0, 4)).toEqual(dis);
    const find = (pred: (p: Proposal) => boolean): Proposal => {
      const p = dis.find(pred);
      expect(p, JSON.stringify(dis.map((x) => x.summary))).toBeDefined();
      return p!;
    };
    const chong = find((p) => p.kind === 'name' && labels(p).includes('Osorio Chung'));
    expect(labels(chong)).toEqual(['Osorio Chong', 'Osorio Chung']);
    expect(value(chong)).toBe('Miguel Angel Osorio Chong');
    expect(renderDiff(chong.diff!, false)).toBe('Osorio Ch[-o-][+u+]ng');
    expect(chong.readings[1]!.sources).toEqual(['000_3c302dad8eeff72e']);

    const pena = find((p) => p.kind === 'name' && labels(p).includes('Pena Nieto'));
    expect(labels(pena)).toEqual(['Peña Nieto', 'Pena Nieto']); // the accented form, though a minority
    expect(value(pena)).toBe('Enrique Peña Nieto');
    expect(pena.readings[1]!.sources).toEqual(['003_108a14b737e811cf', '004_a2dce47529cea698']);

    const detentions = find((p) => p.kind === 'quantity' && labels(p).some((l) => l.startsWith('218,000')));
    expect(labels(detentions)).toEqual(['218,000 (= 218,000)', 'more than 220,000 (> 220,000)']);
    expect(detentions.readings.map((r) => r.agrees)).toEqual([true, false]);
    expect(value(detentions)).toBe(218000);
    expect(detentions.tiedBy).toEqual(['detentions', 'detained']);
    expect(detentions.claim.confirm).toBe('confirm: articles say 218,000 and more than 220,000');

    const low = find((p) => p.kind === 'quantity' && labels(p).some((l) => l.startsWith('45-year')));
    expect(labels(low)).toEqual(['45-year (= 45)', '40-year (= 40)']);
    expect(low.claim.fields).toContainEqual(['unit', 'years']);
    expect(low.sources).toEqual(['003_108a14b737e811cf']); // one article contradicting itself

    expect(dis).toHaveLength(4);
    for (const p of dis) expect(p.reproduced).toBe(true);
  });

  it('gives evidence whose file:line:column and offsets point at the words', async () => {
    const d = discover(await bundled());
    for (const p of d.proposals) {
      for (const r of p.readings) {
        for (const e of r.evidence) {
          const text = readFileSync(path.join(ROOT, e.path), 'utf8');
          expect(text.slice(e.offset, e.offset + e.length)).toBe(e.text);
          const line = text.split('\n')[e.line - 1]!;
          expect(line.slice(e.column - 1, e.column - 1 + e.length)).toBe(e.text);
          expect(e.sentence).toContain(e.text.replace(/\s+/gu, ' '));
        }
      }
    }
    const chung = d.proposals[0]!.readings.flatMap((r) => r.evidence).concat(d.proposals[1]!.readings.flatMap((r) => r.evidence));
    expect(chung.map((e) => `${e.path}:${e.line}:${e.column}`)).toContain('sources/000_3c302dad8eeff72e.txt:11:41');
  });

  it('is deterministic', async () => {
    const tool = { name: 'crosscheck', version: '0' };
    expect(renderJson(discover(await bundled()), tool)).toBe(renderJson(discover(await bundled()), tool));
  });

  it('writes claims that validate, with the confirm comment and examples from the articles', async () => {
    const d = discover(await bundled());
    const file = claimFile(d, kindEnv(), 'claims/discovered.yaml');
    expect(file.problems).toEqual([]);
    expect(file.claims).toBe(d.proposals.length);
    expect(file.text).toContain('value: 218000  # confirm: articles say 218,000 and more than 220,000');
    expect(file.text).toContain('value: Enrique Peña Nieto  # confirm the spelling (the accented form)');
    expect(file.text).toContain('text: They\'re scheduled to meet with Pena Nieto and staff at the US embassy later on Thursday.\n        verdict: conflict');
  });

  it('keeps ids unique and clear of the ids it is told are taken', async () => {
    const d = discover(await bundled(), { takenIds: new Set(['name-miguel-angel-osorio-chong']) });
    const ids = d.proposals.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('name-miguel-angel-osorio-chong-2');
    for (const p of d.proposals) expect(p.claim.id).toBe(p.id);
  });

  it('--min-articles: every proposal draws on that many articles; agreements need two anyway', async () => {
    const sources = await bundled();
    for (const n of [1, 2, 3]) {
      const d = discover(sources, { minArticles: n });
      for (const p of d.proposals) {
        expect(p.sources.length).toBeGreaterThanOrEqual(p.status === 'agreement' ? Math.max(2, n) : n);
      }
    }
    expect(discover(sources, { minArticles: 2 }).proposals.some((p) => p.subject.includes('low'))).toBe(false);
  });
});

describe('names', () => {
  it('finds a swap in one article among agreeing ones, and picks the majority', () => {
    const d = discover(
      articles({
        a: 'date 2016-08-25 Mayor Giulia Ferraro said the town was gone. Ferraro wept.',
        b: 'date 2016-08-25 The mayor, Giulia Ferraro, spoke to reporters.',
        c: 'date 2016-08-25 Heartbroken mayor Guilia Ferraro told reporters the town was gone.',
      }),
    );
    const [p] = disagreements(d.proposals);
    expect(labels(p!)).toEqual(['Giulia Ferraro', 'Guilia Ferraro']);
    expect(renderDiff(p!.diff!, false)).toBe('G[-i-]u[+i+]lia Ferraro');
    expect(p!.readings.map((r) => r.sources)).toEqual([['a', 'b'], ['c']]);
  });

  it('leaves inflections and unrelated short names alone', () => {
    const d = discover(
      articles({
        a: 'Central American migrants cross Mexico. Iran and Iraq sent envoys. Guatemala said no.',
        b: 'Most are Central Americans. Iraq and Iran agreed. Guatemalan officials said no.',
      }),
    );
    expect(disagreements(d.proposals).filter((p) => p.kind === 'name')).toEqual([]);
  });

  it('takes a one-word near miss only for a swap or an accent', () => {
    const d = discover(
      articles({
        a: 'Maria Okonkwo won. Okonkwo thanked voters. Okonkwo, 47, spoke.',
        b: 'The winner, Okonkow, spoke at the hall after Okonkwo arrived.',
        c: 'Patrick Hartley lost. Hartley conceded. Hartlee was not there.',
      }),
    );
    const names = disagreements(d.proposals).filter((p) => p.kind === 'name');
    expect(names.map((p) => p.subject)).toEqual(['Maria Okonkwo']);
  });
});

describe('figures', () => {
  it('groups figures that count the same thing, whatever the word, and ranks the disagreement first', () => {
    const d = discover(
      articles({
        a: 'date 2016-08-25 The quake killed at least 247 people. The agency said 368 people were injured.',
        b: 'date 2016-08-25 A total of 241 people have died. Another 368 people were hurt.',
        c: 'date 2016-08-25 The death toll hit 247. More than 400 people were treated for injuries.',
      }),
    );
    const dis = disagreements(d.proposals);
    expect(dis.map((p) => p.subject).sort()).toEqual(['deaths (count)', 'injured (count)']);
    const deaths = dis.find((p) => p.subject === 'deaths (count)')!;
    // The value: the number inside most articles' intervals, an exact figure first.
    expect(labels(deaths)).toEqual(['247 (= 247)', 'at least 247 (≥ 247)', '241 (= 241)']);
    expect(value(deaths)).toBe(247);
    expect(deaths.readings.map((r) => r.agrees)).toEqual([true, true, false]);
  });

  it('keeps apart expectations, previous values, other periods and other people', () => {
    const d = discover(
      articles({
        a: 'date 2016-12-02 Employers added 178,000 jobs in November. Economists had expected 175,000 jobs. The rate fell from 4.9 percent in October to 4.6 percent.',
        b: 'date 2016-12-02 Payrolls rose by 178,000 jobs last month. The unemployment rate fell to 4.6 percent.',
        c: 'date 2017-05-03 Okonkwo won 52.4 percent of the vote to Hartley\'s 44.1 percent. Maria Okonkwo is mayor. Daniel Hartley lost.',
        d: 'date 2017-05-03 Okonkwo took 52.4% of the vote, while Hartley finished with 44.1%.',
        e: 'date 2016-08-25 The 2009 L\'Aquila quake killed 309 people. This week\'s quake killed 247 people.',
        f: 'date 2016-08-25 The earthquake has killed 247 people.',
      }),
    );
    expect(disagreements(d.proposals)).toEqual([]);
  });

  it('sees a transposition however far apart the numbers are', () => {
    const d = discover(
      articles({
        a: 'date 2020-09-26 Police said 14 people were arrested.',
        b: 'date 2020-09-27 Forty-one people were arrested, police said Sunday.',
        c: 'date 2020-09-26 Fourteen people were arrested.',
      }),
    );
    const dis = disagreements(d.proposals);
    expect(dis.map((p) => labels(p))).toEqual([['14 (= 14)', 'Forty-one (= 41)']]); // "14" and "Fourteen" are one reading
    expect(dis[0]!.readings.map((r) => r.sources)).toEqual([['a', 'c'], ['b']]);
  });
});

describe('dates', () => {
  it('resolves each article against its own date and finds one event dated two ways', () => {
    const d = discover(
      articles({
        a: 'date 2016-08-25 A state funeral for the victims will be held Saturday in Rieti, officials said.',
        b: 'date 2016-08-26 The state funeral, planned for Sunday in Rieti, will be attended by the president.',
      }),
    );
    const [p] = disagreements(d.proposals);
    expect(labels(p!)).toEqual(['Saturday (2016-08-27)', 'Sunday (2016-08-28)']);
    expect(value(p!)).toBe('2016-08-27');
  });

  it('does not take the same weekday, resolved from different dates, or the next occurrence, for a disagreement', () => {
    const d = discover(
      articles({
        a: 'date 2018-07-30 A memorial service for Luis Marroquin is planned for Friday in Redwater.',
        b: 'date 2018-07-31 A memorial for Luis Marroquin is set for Friday in Redwater.',
        c: 'date 2020-09-26 Thousands marched through Marlow Bay on Saturday, said Ines Farrow.',
        e: 'date 2020-09-26 Ines Farrow said the group will march again on Oct. 10.',
      }),
    );
    expect(disagreements(d.proposals)).toEqual([]);
  });
});

describe('titles and quotes', () => {
  it('finds a rank modifier one article adds, and takes synonyms for one post', () => {
    const d = discover(
      articles({
        a: 'date 2016-12-02 "This is a solid report that shows an economy on firm footing," Labor Secretary Thomas Perez said. Mexican Foreign Minister Luis Videgaray agreed.',
        b: 'date 2016-12-02 Deputy Labor Secretary Thomas Perez called it "a solid report showing an economy on firm footing." Mexican Secretary of Foreign Affairs Luis Videgaray agreed.',
      }),
    );
    const dis = disagreements(d.proposals);
    const title = dis.find((p) => p.kind === 'title')!;
    expect(title.subject).toBe('Thomas Perez');
    expect(labels(title)).toEqual(['Labor Secretary', 'Deputy Labor Secretary']);
    const quote = dis.find((p) => p.kind === 'quote')!;
    expect(renderDiff(quote.diff!, true)).toBe('a solid report [-that shows-] [+showing+] an economy on firm footing');
    expect(quote.claim.fields).toContainEqual(['speaker', 'Thomas Perez']);
    expect(dis.filter((p) => p.subject === 'Luis Videgaray')).toEqual([]);
  });
});
