/**
 * A deterministic generator of news-like articles and of claims about them, for the
 * benchmark (`npm run bench`) and the scale tests. Same options → same bytes, on every
 * machine (a seeded PRNG, no clock, no locale).
 *
 * The world: `stories` stories, each with a made-up place (`Valdoria`), an organisation,
 * a base date, and an unbounded list of facts (fact `f` of story `s` is a pure function of
 * the seed, `s` and `f`): figures, event dates, people's names, their titles and quotes.
 * Claim `j` states fact `floor(j / stories)` of story `j % stories`; article `i` belongs to
 * one story and reports a dozen of its facts — usually right, sometimes not: perturbed
 * figures ("more than 220,000" for 218,000), misspelt names (one edit, a lost accent),
 * relative dates ("yesterday", "on Thursday") that resolve against the publication date,
 * a rank modifier before a title ("former interior minister"), altered, partial and split
 * quotations — among filler sentences with other people, figures, dates and quotes.
 * A few claims (1.5%) carry a generic cue besides their own (`refugees`, `summit`), which
 * hits every story, as real claim files do; some people share a common surname (3%);
 * filler names 30,000 recurring people (Zipf); quotations have the word statistics of
 * speech (about a third function words, content words Zipf-distributed, most made up).
 * A real archive's density — how many claims an article mentions — decides crosscheck's
 * speed more than its size does; the benchmark prints it (results per article).
 */

/** 32-bit FNV-1a of a string: seeds per (seed, story, fact). */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------
// Word lists

const SYLLABLES = ['val', 'dor', 'ia', 'kes', 'ter', 'ly', 'mar', 'ben', 'lo', 'sa', 'ri', 'tan', 'go', 'vin', 'ra', 'bel', 'cor', 'an', 'mo', 'del', 'lu', 'zan', 'pe', 'qui', 'to', 'ver', 'nal', 'os', 'ha', 'ste'];
const PLACE_ENDINGS = ['ia', 'a', 'o', 'on', 'ar', 'burg', 'ville', 'stan', 'ica', 'or'];
const ORG_KINDS = ['Authority', 'Institute', 'Commission', 'Council', 'Agency', 'Foundation', 'Bank', 'Tribunal'];
const FIRST = ['Miguel', 'José', 'Luis', 'Ana', 'María', 'Zoë', 'Søren', 'François', 'Jürgen', 'Rex', 'John', 'Andrew', 'Jason', 'Enrique', 'Claudia', 'Ángela', 'Noé', 'Inés', 'Björn', 'Håkon', 'Chloé', 'Renée', 'Tomás', 'Raúl', 'Íñigo', 'Martín', 'Sofía', 'Lucía', 'Mateo', 'Élodie', 'Amélie', 'Günter', 'Dieter', 'Oskar', 'Priya', 'Ravi', 'Aiko', 'Kenji', 'Chen', 'Mei', 'Olu', 'Chidi', 'Amara', 'Fatima', 'Omar', 'Leila', 'Yusuf', 'Nadia', 'Pavel', 'Olga', 'Irina', 'Dmitri', 'Katarzyna', 'Wojciech', 'Sean', 'Siobhán', 'Eoin', 'Grace', 'Henry', 'Alice'];
const LAST = ['Osorio', 'Chong', 'Peña', 'Nieto', 'Videgaray', 'Müller', 'García', 'Guajardo', 'Selee', 'Marczak', 'Tillerson', 'Kelly', 'Kowalski', 'Nakamura', 'Okafor', 'Haddad', 'Lindqvist', 'Fernández', 'Gómez', 'Rodríguez', 'Sánchez', 'Núñez', 'Ibáñez', 'Castaño', 'Dubois', 'Lefèvre', 'Bergström', 'Østergaard', 'Schäfer', 'Köhler', 'Novák', 'Dvořák', 'Horvath', 'Petrov', 'Ivanova', 'Brennan', 'Gallagher', 'Whitfield', 'Ashworth', 'Pemberton', 'Hargreaves', 'Castellanos', 'Villalobos', 'Montgomery', 'Richardson', 'Takahashi', 'Yamamoto', 'Adeyemi', 'Mensah', 'Boateng', 'Rahman', 'Chowdhury', 'Mukherjee', 'Srinivasan', 'Kapoor', 'Moreau', 'Girard', 'Rossi', 'Bianchi', 'Esposito', 'Romano', 'Costa', 'Ferreira', 'Almeida', 'Carvalho', 'Jansen', 'Visser', 'Bakker', 'Hendriks', 'Nilsen', 'Halvorsen'];
const ROLES = ['interior minister', 'foreign minister', 'finance minister', 'health minister', 'defence minister', 'trade secretary', 'interior secretary', 'ambassador to China', 'ambassador to Mexico', 'attorney general', 'chief executive', 'director general', 'spokesperson', 'senator', 'governor', 'mayor', 'police chief', 'chief economist', 'chairman', 'commissioner'];
const COUNTRIES = ['Mexico', 'Brazil', 'Canada', 'Spain', 'France', 'Germany', 'Japan', 'India', 'Kenya', 'Peru', 'Chile', 'Norway'];
const COUNT_NOUNS = ['refugees', 'migrants', 'voters', 'students', 'homes', 'jobs', 'troops', 'patients', 'farmers', 'vehicles', 'tourists', 'arrests', 'cases', 'flights', 'teachers', 'nurses', 'protesters', 'workers', 'trees', 'acres'];
const MONEY_NOUNS = ['fund', 'budget', 'contract', 'loan', 'deal', 'grant', 'bailout', 'subsidy'];
const RATE_NOUNS = ['unemployment rate', 'turnout', 'inflation rate', 'approval rating', 'poverty rate', 'vaccination rate'];
const EVENTS = ['summit', 'talks', 'agreement', 'referendum', 'election', 'ceremony', 'hearing', 'inquiry', 'strike', 'census'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SAID = ['said', 'told reporters', 'said on Twitter', 'told a radio interviewer', 'said in a statement', 'added'];
const VERBS = ['approved', 'rejected', 'reviewed', 'criticised', 'welcomed', 'delayed', 'expanded', 'questioned', 'defended', 'announced'];
const NOUNS = ['plan', 'proposal', 'policy', 'report', 'budget', 'measure', 'reform', 'programme', 'investigation', 'project', 'deal', 'law', 'strategy', 'decision', 'study'];
const ADJ = ['new', 'controversial', 'ambitious', 'costly', 'long-awaited', 'revised', 'regional', 'national', 'temporary', 'emergency'];
const ADV = ['quietly', 'publicly', 'formally', 'repeatedly', 'finally', 'unexpectedly'];
const PLACES_EXTRA = ['the capital', 'the border region', 'the northern provinces', 'the coastal towns', 'the port city', 'rural areas'];
const QVERBS = ['accept', 'reject', 'protect', 'defend', 'support', 'approve', 'respect', 'review', 'negotiate', 'fund', 'build', 'close', 'expand', 'cut', 'raise', 'delay', 'block', 'sign', 'explain', 'challenge', 'restore', 'replace', 'investigate', 'tolerate', 'ignore', 'finance', 'reform', 'abolish', 'extend', 'question', 'welcome', 'condemn', 'guarantee', 'monitor', 'limit', 'double', 'freeze', 'repeal', 'enforce', 'publish'];
const QADJ = ['new', 'unfair', 'historic', 'dangerous', 'costly', 'temporary', 'illegal', 'generous', 'modest', 'sweeping', 'fragile', 'urgent', 'secret', 'unilateral', 'binding', 'bold', 'cautious', 'reckless', 'sensible', 'final', 'fiscal', 'rural', 'coastal', 'foreign', 'domestic', 'military', 'public', 'private', 'digital', 'regional'];
const QNOUNS = ['tariff', 'wall', 'agreement', 'budget', 'tax', 'pension', 'border', 'school', 'hospital', 'pipeline', 'treaty', 'election', 'law', 'court', 'bridge', 'railway', 'harbour', 'loan', 'debt', 'deficit', 'subsidy', 'quota', 'visa', 'permit', 'mine', 'forest', 'river', 'dam', 'port', 'airport', 'factory', 'union', 'wage', 'rent', 'reform', 'referendum', 'ceasefire', 'embargo', 'sanction', 'strike', 'inquiry', 'report', 'vaccine', 'harvest', 'drought', 'flood', 'currency', 'market', 'contract', 'plant'];
const OPENERS = ['', '', '', 'Let me be clear: ', 'Frankly, ', 'Today ', 'As I said, ', 'In the end ', 'Believe me, '];

/**
 * Content words beyond the lists above: 8,000 made-up words drawn with Zipf frequencies
 * (the r-th most common has weight 1 / (r + 20)), so that, as in real quotations, a few
 * content words recur across many quotes and most are rare.
 */
const ZIPF_WORDS = (() => {
  const r = rng(0x5eed);
  const on = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'st', 'gr', 'pl', 'ch'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
  const codas = ['', '', 'n', 'r', 'l', 's', 'nt', 'st', 'm', 'ck'];
  const seen = new Set();
  const words = [];
  while (words.length < 8000) {
    let w = '';
    for (let k = r.int(2, 3); k > 0; k--) w += r.pick(on) + r.pick(vowels);
    w += r.pick(codas);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative = [];
  let total = 0;
  for (let k = 0; k < words.length; k++) cumulative.push((total += 1 / (k + 20)));
  return { words, cumulative, total };
})();

function zipfWord(r) {
  const x = r.next() * ZIPF_WORDS.total;
  let lo = 0;
  let hi = ZIPF_WORDS.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF_WORDS.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return ZIPF_WORDS.words[lo];
}

const FUNCTION_WORDS = ['the', 'a', 'to', 'of', 'and', 'in', 'that', 'we', 'it', 'is', 'for', 'on', 'not', 'will', 'with', 'our', 'they', 'be', 'this', 'are', 'have', 'but', 'from', 'at', 'by', 'as', 'all', 'can', 'would', 'there', 'their', 'was', 'more', 'no', 'if', 'so', 'what', 'about', 'than', 'must'];
const LISTED = [...QNOUNS, ...QVERBS, ...QADJ];

/**
 * A quotation: 8 to 24 words with the statistics of speech rather than its grammar — about
 * 35% function words, the rest content words from the lists and the Zipf vocabulary, a
 * comma now and then. Two quotations are then alike about as rarely as real ones are.
 */
function quoteSentence(r, place) {
  const words = [];
  for (let k = r.int(8, 24); k > 0; k--) {
    const w = r.chance(0.35) ? r.pick(FUNCTION_WORDS) : r.chance(0.05) ? place : r.chance(0.3) ? r.pick(LISTED) : zipfWord(r);
    words.push(words.length > 3 && k > 3 && r.chance(0.08) ? `${w},` : w);
  }
  // A stock opening ("Let me be clear:") now and then: shared by many quotations, as in speech.
  const text = `${r.chance(0.1) ? r.pick(OPENERS.filter(Boolean)) : ''}${words.join(' ')}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------
// Calendar (UTC day numbers)

const DAY_MS = 86_400_000;
const dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (d) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (d) => new Date(d * DAY_MS).getUTCDay();
const BASE = dayOf('2015-01-05');

// ---------------------------------------------------------------------------------------
// Stories and facts

/** Capitalises the first letter. */
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** A pronounceable, unique place name for story `s`: its syllables spell `s` in base 30. */
function placeName(s, r) {
  let n = s;
  let name = SYLLABLES[n % 30];
  n = Math.floor(n / 30);
  do {
    name += SYLLABLES[n % 30];
    n = Math.floor(n / 30);
  } while (n > 0);
  return cap(name + r.pick(PLACE_ENDINGS));
}

function storyOf(seed, s) {
  const r = rng(hash(`${seed}/story/${s}`));
  const place = placeName(s, r);
  return {
    s,
    place,
    org: `${place} ${r.pick(ORG_KINDS)}`,
    country: r.pick(COUNTRIES),
    base: BASE + r.int(0, 3 * 365),
  };
}

const SURNAME_HEADS = ['Al', 'Bar', 'Cas', 'Dal', 'Es', 'Fon', 'Gar', 'Hal', 'Ib', 'Jor', 'Kal', 'Lun', 'Mor', 'Nor', 'Or', 'Pal', 'Quin', 'Ros', 'Sal', 'Tor', 'Ul', 'Val', 'Wes', 'Yar', 'Zam', 'Bel', 'Cor', 'Dun', 'Fer', 'Gil', 'Hen', 'Kin', 'Lar', 'Mac', 'Nav', 'Ost', 'Pen', 'Ren', 'Sten', 'Tal'];
const SURNAME_MIDS = ['', 'a', 'e', 'i', 'o', 'an', 'er', 'in', 'or', 'ul', 'ás', 'é', 'ö', 'ñ'];
const SURNAME_TAILS = ['dez', 'son', 'sen', 'ström', 'ez', 'ini', 'ova', 'ski', 'ton', 'ley', 'ard', 'ier', 'mann', 'berg', 'wick', 'ford', 'ino', 'ura', 'aki', 'oye', 'ane', 'ović', 'escu', 'quist', 'ello', 'ada'];

const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiouaeioué';

/**
 * A surname: mostly made up (letters drawn at random, six to nine of them, so that two
 * people rarely share a surname or nearly share one), sometimes a common real one (which
 * many articles share, as Kelly and Chong are shared).
 */
function surname(r) {
  if (r.chance(0.03)) return r.pick(LAST);
  if (r.chance(0.1)) return r.pick(SURNAME_HEADS) + r.pick(SURNAME_MIDS) + r.pick(SURNAME_TAILS);
  let w = CONSONANTS[r.int(0, CONSONANTS.length - 1)].toUpperCase();
  for (let k = r.int(5, 8); k > 0; k--) w += k % 2 === 0 ? CONSONANTS[r.int(0, CONSONANTS.length - 1)] : VOWELS[r.int(0, VOWELS.length - 1)];
  return w;
}

function person(r) {
  const first = r.pick(FIRST);
  const middle = r.chance(0.15) ? ` ${String.fromCharCode(65 + r.int(0, 25))}.` : '';
  const last = r.chance(0.2) ? `${surname(r)} ${surname(r)}` : surname(r);
  return `${first}${middle} ${last}`;
}

const strip = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');

function quoteText(r, story) {
  return quoteSentence(r, story.place);
}

const KINDS = ['quantity', 'name', 'date', 'title', 'quote'];

/** Fact `f` of a story: a pure function of (seed, story, f). */
function factOf(seed, story, f) {
  const r = rng(hash(`${seed}/fact/${story.s}/${f}`));
  const kind = KINDS[(f + story.s) % KINDS.length];
  const generic = r.chance(0.015);
  switch (kind) {
    case 'quantity': {
      const form = r.pick(['count', 'count', 'count', 'money', 'rate']);
      if (form === 'count') {
        const noun = COUNT_NOUNS[(f * 7 + story.s) % COUNT_NOUNS.length];
        const value = r.int(2, 900) * 10 ** r.int(1, 4);
        return { kind, form, noun, value, cue: `${story.place} ${noun}`, generic: generic ? noun : undefined };
      }
      if (form === 'money') {
        const noun = MONEY_NOUNS[(f * 3 + story.s) % MONEY_NOUNS.length];
        const value = r.int(11, 990) / 10;
        const scale = r.pick(['million', 'billion']);
        return { kind, form, noun, value, scale, cue: `${story.place} ${noun}`, generic: generic ? noun : undefined };
      }
      const noun = RATE_NOUNS[(f + story.s) % RATE_NOUNS.length];
      const value = r.int(11, 799) / 10;
      return { kind, form, noun, value, cue: `${story.place} ${noun}`, generic: generic ? noun : undefined };
    }
    case 'date': {
      const event = EVENTS[(f * 3 + story.s) % EVENTS.length];
      const day = story.base + r.int(-20, 8);
      return { kind, event, day, cue: `${story.place} ${event}`, generic: generic ? event : undefined, precision: r.pick(['day', 'day', 'day', 'day', 'month']) };
    }
    case 'name': {
      const name = person(r);
      return { kind, name, variant: strip(name) !== name && r.chance(0.5) ? strip(name) : undefined };
    }
    case 'title': {
      const name = person(r);
      return { kind, name, role: r.pick(ROLES), variant: strip(name) !== name ? strip(name) : undefined };
    }
    default: {
      const name = person(r);
      return { kind, name, quote: quoteText(r, story) };
    }
  }
}

// ---------------------------------------------------------------------------------------
// Claims

const q = (s) => JSON.stringify(s);

function claimYaml(seed, stories, j) {
  const s = j % stories;
  const f = Math.floor(j / stories);
  const story = storyOf(seed, s);
  const fact = factOf(seed, story, f);
  const id = `${fact.kind}-${String(s).padStart(4, '0')}-${String(f).padStart(3, '0')}`;
  const lines = [`  - id: ${id}`, `    kind: ${fact.kind}`];
  switch (fact.kind) {
    case 'quantity': {
      const cues = [fact.cue, ...(fact.generic ? [fact.generic] : [])];
      if (fact.form === 'count') lines.push(`    value: ${fact.value}`, `    unit: ${fact.noun === 'acres' ? 'acres' : 'people'}`);
      else if (fact.form === 'money') lines.push(`    value: ${q(`$${fact.value} ${fact.scale}`)}`, '    tolerance: 2%');
      else lines.push(`    value: ${q(`${fact.value}%`)}`);
      lines.push(`    subject: ${q(`${fact.noun} in ${story.place}`)}`, `    cues: ${q(cues)}`);
      break;
    }
    case 'date': {
      const iso = isoOf(fact.day);
      lines.push(`    value: ${q(fact.precision === 'month' ? iso.slice(0, 7) : iso)}`, `    cues: ${q([fact.cue, ...(fact.generic ? [fact.generic] : [])])}`);
      break;
    }
    case 'name':
      lines.push(`    value: ${q(fact.name)}`, ...(fact.variant ? [`    variants: ${q([fact.variant])}`] : []));
      break;
    case 'title':
      lines.push(`    person: ${q(fact.name)}`, ...(fact.variant ? [`    aliases: ${q([fact.variant])}`] : []), `    value: ${q(fact.role)}`);
      break;
    default:
      lines.push(`    speaker: ${q(fact.name)}`, `    value: ${q(fact.quote)}`, '    severity: warning');
  }
  return lines.join('\n');
}

/**
 * The claims file (YAML) with `count` claims about `stories` stories. Claim ids are
 * unique; kinds rotate, so every kind is present from five claims on.
 */
export function generateClaims({ count, stories = 400, seed = 1 }) {
  const out = ['# Generated by bench/generate.js: deterministic claims for the benchmark.', 'claims:'];
  for (let j = 0; j < count; j++) out.push(claimYaml(seed, stories, j));
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// Articles

function formatCount(n, r) {
  if (n >= 1e6 && n % 1e5 === 0 && r.chance(0.5)) return `${n / 1e6} million`;
  if (n < 20 && r.chance(0.5)) return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'][n];
  return n.toLocaleString('en-US');
}

/** One edit in the last name: a lost accent, a swap of two letters, or a changed vowel. */
function misspell(name, r) {
  const parts = name.split(' ');
  let last = parts[parts.length - 1];
  if (strip(last) !== last && r.chance(0.6)) last = strip(last);
  else if (r.chance(0.5) && last.length > 4) {
    const i = r.int(1, last.length - 3);
    last = last.slice(0, i) + last[i + 1] + last[i] + last.slice(i + 2);
  } else {
    const i = last.search(/[aeiou](?=[^aeiou]*$)/);
    const vowel = 'aeiou'.replace(last[i] ?? '', '');
    last = i > 0 ? last.slice(0, i) + vowel[r.int(0, 3)] + last.slice(i + 1) : `${last}e`;
  }
  parts[parts.length - 1] = last;
  return parts.join(' ');
}

function dateExpression(day, published, r) {
  const diff = day - published;
  const d = new Date(day * DAY_MS);
  const absolute = () => {
    const m = d.getUTCMonth();
    const dd = d.getUTCDate();
    const y = d.getUTCFullYear();
    return r.pick([`on ${MONTHS[m]} ${dd}`, `on ${MON[m]} ${dd}, ${y}`, `on ${dd} ${MONTHS[m]} ${y}`, `on ${WEEKDAYS[weekdayOf(day)]}, ${MONTHS[m]} ${dd}`]);
  };
  if (diff === -1 && r.chance(0.6)) return 'yesterday';
  if (diff === 0 && r.chance(0.5)) return 'today';
  if (diff >= -3 && diff <= 3 && diff !== 0 && r.chance(0.6)) return `on ${WEEKDAYS[weekdayOf(day)]}`;
  return absolute();
}

/** A sentence reporting a fact, right or (sometimes) wrong. */
function factSentence(fact, story, published, r) {
  switch (fact.kind) {
    case 'quantity': {
      const phrase = fact.generic && r.chance(0.3) ? `${fact.noun} in ${story.place}` : fact.cue;
      const roll = r.next();
      if (fact.form === 'count') {
        let n = fact.value;
        let qual = '';
        if (roll < 0.12) qual = r.pick(['about ', 'around ', 'roughly ', 'an estimated ']);
        else if (roll < 0.2) (qual = 'more than '), (n = Math.round(n * 1.03));
        else if (roll < 0.3) n = Math.round(n * r.pick([0.8, 0.9, 1.1, 1.25]));
        else if (roll < 0.36) qual = 'almost ';
        return r.pick([
          `Officials said ${qual}${formatCount(n, r)} ${phrase} were registered last year.`,
          `According to the ${story.org}, ${qual}${formatCount(n, r)} ${phrase} were counted in ${r.pick(PLACES_EXTRA)}.`,
          `The figures show ${qual}${formatCount(n, r)} ${phrase}, up from the year before.`,
        ]);
      }
      if (fact.form === 'money') {
        let v = fact.value;
        if (roll < 0.15) v = Math.round(v * 13) / 10;
        const amount = r.chance(0.6) ? `$${v} ${fact.scale}` : `$${v}${fact.scale === 'million' ? 'm' : 'bn'}`;
        return r.pick([`The ${phrase} is worth ${amount}, the ${story.org} said.`, `Lawmakers approved the ${phrase} of ${amount} on a narrow vote.`]);
      }
      let v = fact.value;
      if (roll < 0.15) v = Math.round((v + r.pick([-2.5, 1.5, 3])) * 10) / 10;
      const pct = r.chance(0.5) ? `${v}%` : `${v} percent`;
      return r.pick([`The ${phrase} rose to ${pct} this quarter.`, `Figures published by the ${story.org} put the ${phrase} at ${pct}.`]);
    }
    case 'date': {
      const phrase = fact.generic && r.chance(0.3) ? `${fact.event} in ${story.place}` : fact.cue;
      const day = r.chance(0.12) ? fact.day + r.pick([-2, -1, 1, 3]) : fact.day;
      return r.pick([
        `The ${phrase} took place ${dateExpression(day, published, r)}, officials said.`,
        `Delegates gathered for the ${phrase} ${dateExpression(day, published, r)}.`,
        `${r.pick(['Critics', 'Supporters', 'Observers'])} said the ${phrase} ${dateExpression(day, published, r)} changed little.`,
      ]);
    }
    case 'name': {
      const name = r.chance(0.12) ? misspell(fact.name, r) : r.chance(0.3) && fact.variant ? fact.variant : fact.name;
      return r.pick([`${name} ${r.pick(SAID)} that the ${r.pick(NOUNS)} would go ahead.`, `The ${r.pick(NOUNS)} was drafted by ${name} and two aides.`, `In ${story.place}, ${name} ${r.pick(VERBS)} the ${r.pick(ADJ)} ${r.pick(NOUNS)}.`]);
    }
    case 'title': {
      const name = r.chance(0.08) ? misspell(fact.name, r) : fact.name;
      const roll = r.next();
      const role = roll < 0.08 ? `former ${fact.role}` : roll < 0.14 ? r.pick(ROLES) : fact.role;
      return r.pick([
        `${cap(role)} ${name} ${r.pick(SAID)} that talks would continue.`,
        `${name}, the ${role}, ${r.pick(SAID)} the ${r.pick(NOUNS)} was on track.`,
        `${story.country}'s ${role}, ${name}, ${r.pick(VERBS)} the ${r.pick(NOUNS)}.`,
      ]);
    }
    default: {
      const surname = fact.name.split(' ').pop();
      const words = fact.quote.split(' ');
      const roll = r.next();
      if (roll < 0.12 && words.length >= 10) {
        const from = r.int(0, words.length - 6);
        return `${surname} described it as “${words.slice(from, from + r.int(5, 7)).join(' ')}” in a statement.`;
      }
      if (roll < 0.27) {
        const w = words.slice();
        const i = r.int(1, w.length - 1);
        w[i] = r.pick(['really', 'not', 'simply', 'probably', 'never', 'certainly']);
        return `“${w.join(' ')},” ${surname} ${r.pick(SAID)}.`;
      }
      if (roll < 0.35 && words.length >= 8) {
        const cut = r.int(3, words.length - 4);
        return `“${words.slice(0, cut).join(' ')},” ${surname} said, “${words.slice(cut).join(' ')}.”`;
      }
      return `“${fact.quote},” ${surname} ${r.pick(SAID)}.`;
    }
  }
}

/**
 * The people filler sentences name: 30,000 of them, drawn with Zipf frequencies (weight
 * 1 / (rank + 50)), so that, as in a real news archive, some are named in hundreds of
 * articles and most in one or two.
 */
const PEOPLE = (() => {
  const cumulative = new Float64Array(30_000);
  let total = 0;
  for (let k = 0; k < cumulative.length; k++) cumulative[k] = total += 1 / (k + 50);
  return { cumulative, total, names: new Map() };
})();

function notable(r) {
  const x = r.next() * PEOPLE.total;
  let lo = 0;
  let hi = PEOPLE.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (PEOPLE.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  let name = PEOPLE.names.get(lo);
  if (name === undefined) PEOPLE.names.set(lo, (name = person(rng(hash(`people/${lo}`)))));
  return name;
}

/** A sentence of filler: other people, figures, dates and quotes, none of them a claim's fact. */
function fillerSentence(story, r) {
  const other = () => notable(r);
  switch (r.int(0, 7)) {
    case 0:
      return `${other()}, the ${r.pick(ROLES)} from ${r.pick(COUNTRIES)}, ${r.pick(VERBS)} the ${r.pick(ADJ)} ${r.pick(NOUNS)} ${r.pick(ADV)}.`;
    case 1:
      return `The ${story.org} ${r.pick(VERBS)} an ${r.pick(ADJ)} ${r.pick(NOUNS)} that would cost about $${r.int(2, 900)} million over ${r.int(2, 12)} years.`;
    case 2:
      return `“${quoteSentence(r, story.place)},” ${other()} said.`;
    case 3:
      return `In ${MONTHS[r.int(0, 11)]} ${2010 + r.int(0, 6)}, ${r.int(12, 95)} percent of residents in ${r.pick(PLACES_EXTRA)} said they opposed the ${r.pick(NOUNS)}.`;
    case 4:
      return `${cap(r.pick(ADV))}, the ${r.pick(ADJ)} ${r.pick(NOUNS)} was ${r.pick(VERBS)} by lawmakers in ${story.place} last ${WEEKDAYS[r.int(0, 6)]}.`;
    case 5:
      return `${r.pick(['Analysts', 'Economists', 'Diplomats', 'Residents', 'Union leaders'])} in ${story.place} said the ${r.pick(NOUNS)} had been ${r.pick(VERBS)} ${r.pick(ADV)}, and that ${r.int(3, 40)} of ${r.int(41, 90)} districts had yet to respond.`;
    case 6:
      return `The ${r.pick(NOUNS)}, first proposed by ${other()} in ${2008 + r.int(0, 8)}, has been ${r.pick(VERBS)} ${r.int(2, 9)} times since.`;
    default:
      return `Mr. ${notable(r).split(' ').pop()} declined to comment on the ${r.pick(ADJ)} ${r.pick(NOUNS)}, which ${r.pick(['has drawn', 'drew', 'may draw'])} criticism from ${r.pick(['the opposition', 'rights groups', 'business leaders', 'neighbouring countries'])}.`;
  }
}

/** Which facts article of `story` reports: the first ones almost always, later ones less often. */
function factsOfArticle(r) {
  const out = [];
  for (let f = 0; f < 60; f++) {
    const p = f < 5 ? 0.8 : f < 15 ? 0.35 : f < 30 ? 0.15 : 0.05;
    if (r.chance(p)) out.push(f);
  }
  return out;
}

/** The story article `i` belongs to. */
export function storyOfArticle(i, { stories = 400, seed = 1 } = {}) {
  return hash(`${seed}/story-of/${i}`) % stories;
}

/** Article `i`: its id (`a000123`) and text, header included. */
export function generateArticle(i, { stories = 400, seed = 1 } = {}) {
  const r = rng(hash(`${seed}/article/${i}`));
  const s = storyOfArticle(i, { stories, seed });
  const story = storyOf(seed, s);
  const published = story.base + r.int(0, 10);
  const facts = factsOfArticle(r).map((f) => factOf(seed, story, f));
  const sentences = facts.map((fact) => factSentence(fact, story, published, r));
  const target = r.int(2200, 4200);
  let length = sentences.reduce((n, x) => n + x.length + 1, 0);
  while (length < target) {
    const filler = fillerSentence(story, r);
    sentences.splice(r.int(0, sentences.length), 0, filler);
    length += filler.length + 1;
  }
  const headline = `${story.place} ${r.pick(['Weighs', 'Rejects', 'Backs', 'Delays'])} ${cap(r.pick(ADJ))} ${cap(r.pick(NOUNS))}`;
  const paragraphs = [];
  for (let k = 0; k < sentences.length; ) {
    const n = r.int(1, 3);
    paragraphs.push(sentences.slice(k, k + n).join(' '));
    k += n;
  }
  const date = isoOf(published);
  const style = r.next();
  let header;
  if (style < 0.7) header = ` date ${date} `;
  else if (style < 0.9) header = `---\ndate: ${date}\ntitle: ${q(headline)}\noutlet: Generated Wire\n---\n`;
  else header = '';
  const body = `${style < 0.7 ? '' : `${headline}\n\n`}${paragraphs.join('\n\n')}\n`;
  return { id: `a${String(i).padStart(6, '0')}`, text: header + body };
}
