/**
 * Small word tools for discover: a crude stemmer, stop words, clause cuts, and the two
 * closed lexicons that say what a news figure counts and what event a date dates.
 *
 * The lexicons are newsroom vocabulary, not story vocabulary: casualties, arrests, jobs,
 * votes, prison terms, meetings, funerals, swearing-ins. A figure or date whose words are
 * in no class is still grouped by its own head noun or verb; the classes only let
 * synonyms meet ("killed" / "deaths" / "death toll", "detained" / "detentions").
 */
import { foldString } from '../core/fold.js';

/** A word of a text with its offsets (UTF-16, half-open, into the full text). */
export interface WordAt {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly raw: string;
  /** Folded (lower case, no diacritics, straight apostrophes). */
  readonly f: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** The words of `text[start, end)`. */
export function wordsIn(text: string, start: number, end: number): WordAt[] {
  const out: WordAt[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, raw: m[0], f: foldString(m[0]) });
  }
  return out;
}

const IRREGULAR: Record<string, string> = {
  met: 'meet', meets: 'meet', meeting: 'meet', meetings: 'meet', held: 'hold',
  spoke: 'speak', took: 'take', taken: 'take', takes: 'take', gave: 'give', given: 'give', died: 'die', dies: 'die',
  dying: 'die', dead: 'dead', death: 'death', deaths: 'death', lives: 'life', won: 'win', lost: 'lose', left: 'leave',
  sought: 'seek', caught: 'catch', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', hurt: 'hurt', sworn: 'swear',
  swore: 'swear', ran: 'run', began: 'begin', begun: 'begin', went: 'go', gone: 'go', came: 'come', made: 'make',
  paid: 'pay', sold: 'sell', bought: 'buy', told: 'tell', said: 'say', says: 'say', children: 'child', men: 'man',
  women: 'woman', people: 'people', news: 'news', series: 'series', police: 'police', injuries: 'injury',
  casualties: 'casualty', fatalities: 'fatality', bodies: 'body', detainees: 'detainee', wages: 'wage',
  earnings: 'earning', ballots: 'ballot', votes: 'vote', elected: 'elect', election: 'elect', elections: 'elect',
  sentenced: 'sentence', sentencing: 'sentence', sentences: 'sentence', convicted: 'convict', conviction: 'convict',
  detention: 'detain', detentions: 'detain', detained: 'detain', apprehensions: 'apprehend', apprehension: 'apprehend',
  apprehended: 'apprehend', arrests: 'arrest', arrested: 'arrest', visited: 'visit', visiting: 'visit', visits: 'visit',
  released: 'release', releases: 'release', published: 'publish', imprisonment: 'imprison', injured: 'injure',
  wounded: 'wound', killed: 'kill', kills: 'kill', killing: 'kill', rescued: 'rescue', evacuated: 'evacuate',
  displaced: 'displace', fined: 'fine', fines: 'fine', hires: 'hire', hiring: 'hire', hired: 'hire', payrolls: 'payroll',
  jobs: 'job', funerals: 'funeral', quakes: 'quake', earthquakes: 'earthquake', ruled: 'rule', ruling: 'rule',
  forfeiture: 'forfeit', forfeited: 'forfeit', inaugurated: 'inaugurate', inauguration: 'inaugurate',
};

/**
 * A crude stem: folded, possessive dropped, irregular forms from a table, then plural and
 * `-ed` / `-ing` endings. Only used to make two spellings of one word meet; never shown.
 */
export function stem(word: string): string {
  let w = foldString(word).replace(/'s$/u, '').replace(/'$/u, '');
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return dropE(irregular);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  let stripped = true;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.slice(0, -2);
  else if (w.length > 3 && /(?:ch|sh|ss|x|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  else stripped = false;
  // "stopped" → "stop", "dragged" → "drag"; but "pulled" → "pull", "passed" → "pass".
  if (stripped && w.length > 3 && /([b-df-hj-kmnp-rtv-y])\1$/u.test(w)) w = w.slice(0, -1);
  return dropE(w);
}

/** "vote" / "voted" / "voting", "injure" / "injuring": a final silent e goes, so they meet. */
function dropE(w: string): string {
  return w.length >= 4 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}

/** Function words and other words that tie nothing together. */
export const STOP = new Set(
  ('a an the of in on at to for and or but nor by with from as its it his her their our my your this that these those ' +
    'is was were are be been being am has have had do does did will would could should may might must can shall ' +
    'he she they we i you him them us me who whom whose which what where when why how there here than then so ' +
    'not no yes also only just even still very more most less least some any all both each every other others ' +
    'about after before over under into onto upon through during since until while because if though although ' +
    'up down out off again once per via amid among between against toward towards around near new first last next ' +
    'one two three said says say told tell tells according added reported announced mr mrs ms dr ' +
    'however despite meanwhile moreover now instead indeed overall earlier later today yesterday tomorrow')
    .split(' '),
);

/** Verbs of saying: the date of a saying dates no event of the story. */
export const REPORTING = new Set(
  ('say said says tell told tells add added adds report reported reports announce announced announces state stated ' +
    'explain explained note noted insist insisted warn warned confirm confirmed acknowledge acknowledged write wrote ' +
    'argue argued claim claimed vow vowed call called urge urged according tweet tweeted show showed').split(' '),
);

/** Nouns that name people in general: they count people, not a particular thing. */
export const GENERIC_PEOPLE = new Set(
  'people person persons individual individuals other others citizen citizens national nationals resident residents inhabitant inhabitants member members'.split(' '),
);

/** What news figures count, by class; values are surface words (stemmed on use). */
const FIGURE_CLASSES: Record<string, readonly string[]> = {
  deaths: ['dead', 'death', 'deaths', 'died', 'die', 'killed', 'kill', 'fatalities', 'fatality', 'toll', 'lives', 'bodies', 'perished', 'victims'],
  injured: ['injured', 'injuring', 'injuries', 'injury', 'wounded', 'hurt', 'hospitalized', 'hospitalised'],
  missing: ['missing', 'unaccounted'],
  rescued: ['rescued', 'alive', 'saved', 'freed', 'survivors'],
  displaced: ['homeless', 'displaced', 'evacuated', 'evacuees', 'sheltered', 'housed', 'shelter'],
  arrests: ['arrested', 'arrests', 'arrest', 'detained', 'detentions', 'detention', 'detainees', 'apprehended', 'apprehensions', 'apprehension'],
  jobs: ['jobs', 'job', 'payrolls', 'payroll', 'hiring', 'hires', 'employment'],
  unemployment: ['unemployment', 'jobless'],
  participation: ['participation'],
  earnings: ['earnings', 'wages', 'wage', 'pay', 'salary', 'salaries'],
  votes: ['votes', 'vote', 'ballots', 'ballot'],
  turnout: ['turnout'],
  prison: ['prison', 'jail', 'imprisonment', 'sentence', 'sentenced'],
  fine: ['fined', 'fine', 'penalty'],
  bribes: ['bribes', 'bribe', 'kickbacks'],
  forfeit: ['forfeit', 'forfeiture', 'forfeited'],
  magnitude: ['magnitude'],
  aftershocks: ['aftershocks', 'aftershock'],
  cost: ['cost', 'costs', 'price'],
  profit: ['profit', 'profits', 'income'],
  revenue: ['revenue', 'revenues', 'turnover'],
  sales: ['sales'],
  crowd: ['crowd', 'crowds', 'attendance', 'attended', 'marchers', 'protesters', 'demonstrators', 'participants', 'joined', 'drew'],
};

/** What a date can date, by class. Two-word entries match consecutive words. */
const EVENT_CLASSES: Record<string, readonly string[]> = {
  meeting: ['meet', 'met', 'meeting', 'meetings', 'talks', 'summit'],
  visit: ['visit', 'visited', 'visiting', 'trip'],
  quake: ['quake', 'earthquake', 'tremor', 'struck'],
  funeral: ['funeral', 'burial', 'memorial'],
  'taking office': ['sworn', 'swearing', 'inauguration', 'inaugurated', 'take office', 'takes office', 'took office'],
  strike: ['strike', 'strikes', 'walkout', 'walk off', 'walked out', 'walk out'],
  election: ['election', 'voted', 'polls', 'runoff'],
  sentencing: ['sentenced', 'sentence', 'sentencing'],
  conviction: ['convicted', 'conviction', 'guilty'],
  ruling: ['ruled', 'ruling', 'verdict'],
  release: ['released', 'published', 'unveiled', 'made public', 'rolled out', 'issued'],
  arrest: ['arrested', 'arrest'],
  resignation: ['resigned', 'resignation', 'resign'],
  vote: ['vote'],
  start: ['started', 'began', 'begun', 'erupted', 'ignited', 'sparked', 'broke out'],
  protest: ['march', 'marched', 'marches', 'rally', 'rallies', 'protest', 'demonstration', 'vigil'],
};

function indexClasses(classes: Record<string, readonly string[]>): { single: Map<string, string>; double: Map<string, string> } {
  const single = new Map<string, string>();
  const double = new Map<string, string>();
  for (const [name, list] of Object.entries(classes)) {
    for (const w of list) {
      const parts = w.split(' ');
      if (parts.length === 2) double.set(`${stem(parts[0]!)} ${stem(parts[1]!)}`, name);
      else single.set(stem(w), name);
    }
  }
  return { single, double };
}

const FIGURES = indexClasses(FIGURE_CLASSES);
const EVENTS = indexClasses(EVENT_CLASSES);

/** The figure class of a word (`killed` → `deaths`), or undefined. */
export function figureClass(word: string): string | undefined {
  return FIGURES.single.get(stem(word));
}

/** The event class of the word at `words[i]` (with the next word for two-word entries). */
export function eventClass(words: readonly WordAt[], i: number): { name: string; length: number } | undefined {
  const w = words[i];
  if (!w) return undefined;
  const next = words[i + 1];
  if (next) {
    const two = EVENTS.double.get(`${stem(w.f)} ${stem(next.f)}`);
    if (two) return { name: two, length: 2 };
  }
  const one = EVENTS.single.get(stem(w.f));
  return one ? { name: one, length: 1 } : undefined;
}

/** Content words: not stop words, not numbers, two or more letters. */
export function isContent(w: WordAt): boolean {
  return w.f.length >= 2 && !STOP.has(w.f) && !/^\p{N}/u.test(w.f);
}

const CLAUSE_STARTERS = new Set([
  'and', 'but', 'while', 'whereas', 'although', 'though', 'as', 'including', 'excluding', 'compared', 'up', 'down',
  'with', 'versus', 'against', 'from', 'or', 'so', 'yet', 'after', 'plus', 'unlike', 'than', 'when', 'whereby',
]);
const NOT_CLAUSE_ING = new Set(['according', 'during', 'notwithstanding', 'regarding', 'concerning', 'nothing', 'something', 'anything', 'everything']);
const BOUNDARY = /[;()[\]]|\s[-\u2013\u2014]\s|\u2014|\s--\s|,\s*([\p{L}\p{M}]+)|(?<![\p{L}\p{M}])(while|whereas|but|although|though)(?![\p{L}\p{M}])/giu;

/**
 * Cuts a sentence into clauses, the way the quantity kind does (`kinds/quantity/select.ts`):
 * at `;`, brackets, dashes, bare subordinators and commas that open a new clause
 * (`, and`, `, exceeding …`, `, up from`); relative clauses and lead-ins stay. Returns the
 * cut offsets, sentence start first.
 */
export function clauseStarts(text: string, start: number, end: number): number[] {
  const s = text.slice(start, end);
  const cuts = [start];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    const at = start + m.index;
    if (m[1] !== undefined) {
      const word = m[1];
      const lower = word.toLowerCase();
      const opens = CLAUSE_STARTERS.has(lower) || (word === lower && lower.length > 4 && lower.endsWith('ing') && !NOT_CLAUSE_ING.has(lower));
      if (opens) cuts.push(at);
    } else cuts.push(at);
  }
  return cuts;
}

/** Index of the clause holding `offset`, given the cuts of {@link clauseStarts}. */
export function clauseOf(cuts: readonly number[], offset: number): number {
  let k = 0;
  for (let i = 0; i < cuts.length; i++) if (cuts[i]! <= offset) k = i;
  return k;
}

/** A short, id-safe slug of some words: `non-mexican-nationals`. */
export function slug(s: string, maxWords = 4): string {
  const words = foldString(s)
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((w) => w.length > 0 && !STOP.has(w));
  return words.slice(0, maxWords).join('-') || 'x';
}
