/**
 * The name reader (extract/names.ts) and the name matcher (kinds/name/match.ts), SPEC §2
 * "kind: name (spelling)". Spans are rendered as brackets in the input so off-by-ones
 * show; conflicts are asserted with their rendered character diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNameRuns, type NameRun } from '../src/extract/names.js';
import { editDistance, keyOf, matchName, nameForms, renderDiff, type NameMatch } from '../src/kinds/name/match.js';

/** Renders `[start, end)` spans as brackets in `text`. */
function mark(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += `${text.slice(at, s.start)}[${text.slice(s.start, s.end)}]`;
    at = s.end;
  }
  return out + text.slice(at);
}

/** `agreement <form>` or `conflict <rendered diff>`. */
function describeMatch(m: NameMatch): string {
  return m.verdict === 'agreement' ? `agreement ${m.form}` : `conflict ${renderDiff(m.diff ?? [])}`;
}

function run(value: string, variants: readonly string[], text: string): { marked: string; found: string[]; matches: NameMatch[] } {
  const matches = matchName(readNameRuns(text), nameForms(value, variants), text);
  return { marked: mark(text, matches), found: matches.map(describeMatch), matches };
}

const OSORIO = ['Miguel Ángel Osorio Chong', ['Miguel Angel Osorio Chong']] as const;
const PENA = ['Enrique Peña Nieto', []] as const;
const KELLY = ['John F. Kelly', []] as const;

interface Case {
  readonly name: string;
  readonly claim: readonly [string, readonly string[]];
  readonly text: string;
  /** The input with every occurrence in brackets. */
  readonly marked: string;
  /** Per occurrence: `agreement <form>` or `conflict <diff>`. */
  readonly found: readonly string[];
}

const cases: Case[] = [
  // --- the seeds (sources/000–004) ---
  {
    name: 'seed 000: full name misspelled is ONE conflict',
    claim: OSORIO,
    text: 'On Friday, Mexico’s interior secretary, Miguel Angel Osorio Chung, told a radio interviewer',
    marked: 'On Friday, Mexico’s interior secretary, [Miguel Angel Osorio Chung], told a radio interviewer',
    found: ['conflict Miguel Angel Osorio Ch[-o-][+u+]ng'],
  },
  {
    name: 'seed 000: short form misspelled after a closing quote',
    claim: OSORIO,
    text: '“We told them that our legal framework doesn’t allow this,” Osorio Chung told Radio Formula',
    marked: '“We told them that our legal framework doesn’t allow this,” [Osorio Chung] told Radio Formula',
    found: ['conflict Osorio Ch[-o-][+u+]ng'],
  },
  {
    name: 'seed 001: the unaccented variant agrees',
    claim: OSORIO,
    text: 'In an interview with Radio Formula, Miguel Angel Osorio Chong said that Rex Tillerson',
    marked: 'In an interview with Radio Formula, [Miguel Angel Osorio Chong] said that Rex Tillerson',
    found: ['agreement Miguel Angel Osorio Chong'],
  },
  {
    name: 'seed 001: short form at the start of a paragraph',
    claim: OSORIO,
    text: 'Osorio Chong said that the initiative was started in 2008',
    marked: '[Osorio Chong] said that the initiative was started in 2008',
    found: ['agreement Osorio Chong'],
  },
  {
    name: 'seed 001: a form inside a longer run (On Friday, …)',
    claim: OSORIO,
    text: 'On Friday, Osorio Chong said that if the US government tries',
    marked: 'On Friday, [Osorio Chong] said that if the US government tries',
    found: ['agreement Osorio Chong'],
  },
  {
    name: 'the value itself, with its accent',
    claim: OSORIO,
    text: 'Interior Secretary Miguel Ángel Osorio Chong',
    marked: 'Interior Secretary [Miguel Ángel Osorio Chong]',
    found: ['agreement Miguel Ángel Osorio Chong'],
  },
  {
    name: 'seed 002: the full name inside "President …"',
    claim: PENA,
    text: 'and that President Enrique Peña Nieto will make that clear',
    marked: 'and that President [Enrique Peña Nieto] will make that clear',
    found: ['agreement Enrique Peña Nieto'],
  },
  {
    name: 'seed 003: the two-token short form agrees',
    claim: PENA,
    text: 'called for President Peña Nieto to boycott his meeting',
    marked: 'called for President [Peña Nieto] to boycott his meeting',
    found: ['agreement Peña Nieto'],
  },
  {
    name: 'seed 003: lost tilde on the short form',
    claim: PENA,
    text: "They're scheduled to meet with Pena Nieto and staff",
    marked: "They're scheduled to meet with [Pena Nieto] and staff",
    found: ['conflict Pe[-ñ-][+n+]a Nieto'],
  },
  {
    name: 'seed 004: lost tilde inside a long run, one conflict not three',
    claim: PENA,
    text: 'meetings with Mexican President Enrique Pena Nieto, as well as military',
    marked: 'meetings with Mexican President [Enrique Pena Nieto], as well as military',
    found: ['conflict Enrique Pe[-ñ-][+n+]a Nieto'],
  },
  {
    name: 'seed 004: lost tilde at the start of a paragraph',
    claim: PENA,
    text: 'last month.\n\nPena Nieto abruptly canceled a planned summit',
    marked: 'last month.\n\n[Pena Nieto] abruptly canceled a planned summit',
    found: ['conflict Pe[-ñ-][+n+]a Nieto'],
  },

  // --- one-token forms and near misses ---
  {
    name: 'one-token form of ≥ 4 letters agrees',
    claim: OSORIO,
    text: 'Interior Secretary Chong said',
    marked: 'Interior Secretary [Chong] said',
    found: ['agreement Chong'],
  },
  {
    name: 'one-token near miss of 5 letters mid-sentence',
    claim: OSORIO,
    text: 'The interior secretary, Chung, said no.',
    marked: 'The interior secretary, [Chung], said no.',
    found: ['conflict Ch[-o-][+u+]ng'],
  },
  {
    name: 'one-token near miss at a sentence start is not trusted (its capital is forced)',
    claim: OSORIO,
    text: 'Chung said on Friday that Mexico would refuse.',
    marked: 'Chung said on Friday that Mexico would refuse.',
    found: [],
  },
  {
    name: 'one-token near miss after "Mr." is mid-sentence',
    claim: KELLY,
    text: 'The memo was signed by Mr. Kelley on Monday.',
    marked: 'The memo was signed by Mr. [Kelley] on Monday.',
    found: ['conflict Kell[+e+]y'],
  },
  {
    name: 'one-token near miss must end its run: Kelley Blue Book',
    claim: KELLY,
    text: 'prices from Kelley Blue Book rose.',
    marked: 'prices from Kelley Blue Book rose.',
    found: [],
  },
  {
    name: 'a one-token near miss needs 5 letters in the correct form too (Bush/Busch)',
    claim: ['George W. Bush', []],
    text: 'a beer from Anheuser Busch',
    marked: 'a beer from Anheuser Busch',
    found: [],
  },
  {
    name: 'a dictionary word opening a sentence is not a near miss (Salmon/Salman)',
    claim: ['Mohammed bin Salman', []],
    text: 'Salmon fishing is banned.',
    marked: 'Salmon fishing is banned.',
    found: [],
  },
  {
    name: 'the exact one-token form agrees even after a short form that is not a name',
    claim: ['Al Gore', []],
    text: 'As Gore said, the planet is warming.',
    marked: 'As [Gore] said, the planet is warming.',
    found: ['agreement Gore'],
  },

  {
    name: 'after a comma and a closing quote a one-token near miss is mid-sentence',
    claim: OSORIO,
    text: '“We told them it is impossible,” Chung said.',
    marked: '“We told them it is impossible,” [Chung] said.',
    found: ['conflict Ch[-o-][+u+]ng'],
  },
  {
    name: 'after a full stop and a closing quote a one-token near miss opens a sentence',
    claim: OSORIO,
    text: '"We told them it is impossible." Chung said more.',
    marked: '"We told them it is impossible." Chung said more.',
    found: [],
  },

  // --- possessives ---
  {
    name: "possessive 's is not part of the name",
    claim: KELLY,
    text: "documents signed by Kelly's office",
    marked: "documents signed by [Kelly]'s office",
    found: ['agreement Kelly'],
  },
  {
    name: 'possessive ’s after the full name with its initial',
    claim: KELLY,
    text: 'John F. Kelly’s memo outlined',
    marked: '[John F. Kelly]’s memo outlined',
    found: ['agreement John F. Kelly'],
  },
  {
    name: 'possessive after a misspelling',
    claim: OSORIO,
    text: 'He cited Osorio Chung’s remarks',
    marked: 'He cited [Osorio Chung]’s remarks',
    found: ['conflict Osorio Ch[-o-][+u+]ng'],
  },
  {
    name: "possessive after an apostrophe name (O'Rourke's)",
    claim: ["Beto O'Rourke", []],
    text: "O'Rourke's campaign said",
    marked: "[O'Rourke]'s campaign said",
    found: ["agreement O'Rourke"],
  },

  // --- all-caps headlines (all-caps tokens compare case-insensitively) ---
  {
    name: 'all-caps headline agrees',
    claim: OSORIO,
    text: 'OSORIO CHONG SAYS MEXICO WILL NOT TAKE DEPORTEES',
    marked: '[OSORIO CHONG] SAYS MEXICO WILL NOT TAKE DEPORTEES',
    found: ['agreement Osorio Chong'],
  },
  {
    name: 'all-caps headline misspelling, diff in capitals',
    claim: OSORIO,
    text: 'OSORIO CHUNG SAYS MEXICO WILL NOT TAKE DEPORTEES',
    marked: '[OSORIO CHUNG] SAYS MEXICO WILL NOT TAKE DEPORTEES',
    found: ['conflict OSORIO CH[-O-][+U+]NG'],
  },
  {
    name: 'all-caps Turkish keeps the dotted capital İ (court live-blog heading)',
    claim: ['Emre Şahin', []],
    text: 'EMRE ŞAHİN TAKES THE STAND',
    marked: '[EMRE ŞAHİN] TAKES THE STAND',
    found: ['agreement Emre Şahin'],
  },
  {
    name: 'all-caps keeps diacritics significant',
    claim: PENA,
    text: 'PENA NIETO TO MEET TILLERSON',
    marked: '[PENA NIETO] TO MEET TILLERSON',
    found: ['conflict PE[-Ñ-][+N+]A NIETO'],
  },
  {
    name: 'all-caps with the diacritic agrees',
    claim: PENA,
    text: 'PEÑA NIETO TO MEET TILLERSON',
    marked: '[PEÑA NIETO] TO MEET TILLERSON',
    found: ['agreement Peña Nieto'],
  },
  {
    name: 'no one-token near miss inside an all-caps headline',
    claim: OSORIO,
    text: 'MEXICO REJECTS CHUNG',
    marked: 'MEXICO REJECTS CHUNG',
    found: [],
  },
  {
    name: 'French style surname in capitals agrees',
    claim: ['Jean-Luc Mélenchon', []],
    text: 'selon Jean-Luc MÉLENCHON hier',
    marked: 'selon [Jean-Luc MÉLENCHON] hier',
    found: ['agreement Jean-Luc Mélenchon'],
  },
  {
    name: 'a mixed-case token is still case-sensitive',
    claim: PENA,
    text: 'said Enrique Peña NIeto',
    marked: 'said [Enrique Peña NIeto]',
    found: ['conflict Enrique Peña N[-i-][+I+]eto'],
  },

  // --- initials ---
  {
    name: 'middle initial dropped by the article',
    claim: KELLY,
    text: 'Homeland Security Secretary John Kelly said',
    marked: 'Homeland Security Secretary [John Kelly] said',
    found: ['agreement John Kelly'],
  },
  {
    name: 'middle initial added by the article',
    claim: ['John Kelly', []],
    text: 'Homeland Security Secretary John F. Kelly said',
    marked: 'Homeland Security Secretary [John F. Kelly] said',
    found: ['agreement John Kelly'],
  },
  {
    name: 'initial without its full stop',
    claim: KELLY,
    text: 'Secretary John F Kelly said',
    marked: 'Secretary [John F Kelly] said',
    found: ['agreement John F. Kelly'],
  },
  {
    name: 'wrong middle initial is a conflict',
    claim: KELLY,
    text: 'Secretary John E. Kelly said',
    marked: 'Secretary [John E. Kelly] said',
    found: ['conflict John [-F-][+E+]. Kelly'],
  },
  {
    name: 'George W. Bush in full',
    claim: ['George W. Bush', []],
    text: 'former President George W. Bush painted',
    marked: 'former President [George W. Bush] painted',
    found: ['agreement George W. Bush'],
  },
  {
    name: 'George W. Bush without the initial',
    claim: ['George W. Bush', []],
    text: 'former President George Bush painted',
    marked: 'former President [George Bush] painted',
    found: ['agreement George Bush'],
  },
  {
    name: 'the father is not the son by way of "George Bush": only the surname agrees',
    claim: ['George W. Bush', []],
    text: 'former President George H. W. Bush died',
    marked: 'former President George H. W. [Bush] died',
    found: ['agreement Bush'],
  },
  {
    name: 'initials written together',
    claim: ['J.R.R. Tolkien', []],
    text: 'the novels of J. R. R. Tolkien and of J.R.R. Tolkien',
    marked: 'the novels of [J. R. R. Tolkien] and of [J.R.R. Tolkien]',
    found: ['agreement J. R. R. Tolkien', 'agreement J. R. R. Tolkien'],
  },
  {
    name: 'a generational suffix with its full stop agrees',
    claim: ['Martin Luther King Jr.', []],
    text: 'Martin Luther King Jr. said',
    marked: '[Martin Luther King Jr]. said',
    found: ['agreement Martin Luther King Jr'],
  },
  {
    name: 'a generational suffix left out agrees',
    claim: ['Martin Luther King Jr.', []],
    text: 'the Rev. Martin Luther King, who said',
    marked: 'the Rev. [Martin Luther King], who said',
    found: ['agreement Martin Luther King'],
  },
  {
    name: 'a different person two edits away is not a near miss (Kerry/Kelly)',
    claim: KELLY,
    text: 'former Secretary of State John Kerry said',
    marked: 'former Secretary of State John Kerry said',
    found: [],
  },

  // --- diacritics ---
  {
    name: 'Mélenchon → Melenchon',
    claim: ['Jean-Luc Mélenchon', []],
    text: 'the leftist Jean-Luc Melenchon said',
    marked: 'the leftist [Jean-Luc Melenchon] said',
    found: ['conflict Jean-Luc M[-é-][+e+]lenchon'],
  },
  {
    name: 'Melenchon alone, mid-sentence',
    claim: ['Jean-Luc Mélenchon', []],
    text: 'a rally held by Melenchon.',
    marked: 'a rally held by [Melenchon].',
    found: ['conflict M[-é-][+e+]lenchon'],
  },
  {
    name: 'Erdoğan → Erdogan in the full name',
    claim: ['Recep Tayyip Erdoğan', []],
    text: 'President Recep Tayyip Erdogan said',
    marked: 'President [Recep Tayyip Erdogan] said',
    found: ['conflict Recep Tayyip Erdo[-ğ-][+g+]an'],
  },
  {
    name: 'Erdogan alone',
    claim: ['Recep Tayyip Erdoğan', []],
    text: 'Turkey’s President Erdogan said',
    marked: 'Turkey’s President [Erdogan] said',
    found: ['conflict Erdo[-ğ-][+g+]an'],
  },
  {
    name: 'two lost accents in a double surname, one edit per token',
    claim: ['Andrés Manuel López Obrador', []],
    text: 'President Andres Manuel Lopez Obrador said',
    marked: 'President [Andres Manuel Lopez Obrador] said',
    found: ['conflict Andr[-é-][+e+]s Manuel L[-ó-][+o+]pez Obrador'],
  },
  {
    name: 'the double surname alone agrees',
    claim: ['Andrés Manuel López Obrador', []],
    text: 'López Obrador told reporters',
    marked: '[López Obrador] told reporters',
    found: ['agreement López Obrador'],
  },
  {
    name: 'the double surname without its accent',
    claim: ['Andrés Manuel López Obrador', []],
    text: 'Lopez Obrador told reporters',
    marked: '[Lopez Obrador] told reporters',
    found: ['conflict L[-ó-][+o+]pez Obrador'],
  },
  {
    name: 'an acronym is a form only when given as a variant',
    claim: ['Andrés Manuel López Obrador', ['AMLO']],
    text: 'AMLO, as he is known, said',
    marked: '[AMLO], as he is known, said',
    found: ['agreement AMLO'],
  },
  {
    name: 'an acronym that is not a variant finds nothing',
    claim: ['Andrés Manuel López Obrador', []],
    text: 'AMLO, as he is known, said',
    marked: 'AMLO, as he is known, said',
    found: [],
  },
  {
    name: 'decomposed (NFD) diacritics equal the composed form',
    claim: PENA,
    text: 'President Pen\u0303a Nieto said',
    marked: 'President [Pen\u0303a Nieto] said',
    found: ['agreement Peña Nieto'],
  },

  // --- Arabic particles ---
  {
    name: 'Mohammed bin Salman in full',
    claim: ['Mohammed bin Salman', []],
    text: 'Crown Prince Mohammed bin Salman said',
    marked: 'Crown Prince [Mohammed bin Salman] said',
    found: ['agreement Mohammed bin Salman'],
  },
  {
    name: 'Mohammad for Mohammed',
    claim: ['Mohammed bin Salman', []],
    text: 'Crown Prince Mohammad bin Salman said',
    marked: 'Crown Prince [Mohammad bin Salman] said',
    found: ['conflict Mohamm[-e-][+a+]d bin Salman'],
  },
  {
    name: 'a short form opening with a particle',
    claim: ['Mohammed bin Salman', []],
    text: 'a decision by bin Salman last year',
    marked: 'a decision by [bin Salman] last year',
    found: ['agreement bin Salman'],
  },
  // Changed: SPEC §2 matches case-sensitively; a capital particle inside a name is a near
  // miss unless the claim lists it (the capital is allowed only where a sentence opens).
  {
    name: 'a capitalised particle inside a name is a near miss',
    claim: ['Mohammed bin Salman', []],
    text: 'Crown Prince Mohammed Bin Salman said',
    marked: 'Crown Prince [Mohammed Bin Salman] said',
    found: ['conflict Mohammed [-b-][+B+]in Salman'],
  },
  {
    name: 'a capitalised particle agrees when the claim lists it',
    claim: ['Mohammed bin Salman', ['Mohammed Bin Salman']],
    text: 'Crown Prince Mohammed Bin Salman said',
    marked: 'Crown Prince [Mohammed Bin Salman] said',
    found: ['agreement Mohammed Bin Salman'],
  },
  {
    name: 'eu-summit: "Ursula Von der Leyen" mid-sentence is a near miss',
    claim: ['Ursula von der Leyen', []],
    text: 'EU chief Ursula Von der Leyen unveiled the plan.',
    marked: 'EU chief [Ursula Von der Leyen] unveiled the plan.',
    found: ['conflict Ursula [-v-][+V+]on der Leyen'],
  },
  {
    name: 'eu-summit: "Von der Leyen" after a quotation, mid-sentence, is a near miss',
    claim: ['Ursula von der Leyen', []],
    text: '"We are in an era of rearmament," Von der Leyen declared.',
    marked: '"We are in an era of rearmament," [Von der Leyen] declared.',
    found: ['conflict [-v-][+V+]on der Leyen'],
  },
  {
    name: 'al- inside one token',
    claim: ['Bashar al-Assad', []],
    text: 'President Bashar al-Assad said',
    marked: 'President [Bashar al-Assad] said',
    found: ['agreement Bashar al-Assad'],
  },
  {
    name: 'al-Asad for al-Assad',
    claim: ['Bashar al-Assad', []],
    text: 'President Bashar al-Asad said',
    marked: 'President [Bashar al-Asad] said',
    found: ['conflict Bashar al-As[-s-]ad'],
  },

  // --- Dutch and German particles, long tokens ---
  {
    name: 'von der Leyen in full',
    claim: ['Ursula von der Leyen', []],
    text: 'Commission President Ursula von der Leyen said',
    marked: 'Commission President [Ursula von der Leyen] said',
    found: ['agreement Ursula von der Leyen'],
  },
  {
    name: 'van der Leyen for von der Leyen (full name)',
    claim: ['Ursula von der Leyen', []],
    text: 'Commission President Ursula van der Leyen said',
    marked: 'Commission President [Ursula van der Leyen] said',
    found: ['conflict Ursula v[-o-][+a+]n der Leyen'],
  },
  {
    name: 'van der Leyen for von der Leyen (short form)',
    claim: ['Ursula von der Leyen', []],
    text: 'a speech by van der Leyen on Tuesday',
    marked: 'a speech by [van der Leyen] on Tuesday',
    found: ['conflict v[-o-][+a+]n der Leyen'],
  },
  {
    name: 'a sentence-initial capital on the particle agrees',
    claim: ['Ursula von der Leyen', []],
    text: 'Von der Leyen said the bloc would respond.',
    marked: '[Von der Leyen] said the bloc would respond.',
    found: ['agreement von der Leyen'],
  },
  {
    name: 'Van der Leyen at a sentence start conflicts',
    claim: ['Ursula von der Leyen', []],
    text: 'Van der Leyen said the bloc would respond.',
    marked: '[Van der Leyen] said the bloc would respond.',
    found: ['conflict V[-o-][+a+]n der Leyen'],
  },
  {
    name: 'a ≥ 8-letter token allows two edits',
    claim: ['Frank-Walter Steinmeier', []],
    text: 'President Frank-Walter Stienmaier said',
    marked: 'President [Frank-Walter Stienmaier] said',
    found: ['conflict Frank-Walter St[-e-]i[+e+]nm[-e-][+a+]ier'],
  },
  {
    name: 'three edits on a long token are over the limit',
    claim: ['Frank-Walter Steinmeier', []],
    text: 'President Frank-Walter Stainmaiar said',
    marked: 'President Frank-Walter Stainmaiar said',
    found: [],
  },

  // --- Irish apostrophes ---
  {
    name: "O'Rourke with a typographic apostrophe agrees",
    claim: ["Beto O'Rourke", []],
    text: 'Democrat Beto O’Rourke said',
    marked: 'Democrat [Beto O’Rourke] said',
    found: ["agreement Beto O'Rourke"],
  },
  {
    name: "O'Rouke for O'Rourke",
    claim: ["Beto O'Rourke", []],
    text: "Democrat Beto O'Rouke said",
    marked: "Democrat [Beto O'Rouke] said",
    found: ["conflict Beto O'Rou[-r-]ke"],
  },

  // --- hyphens, Chinese and Korean names ---
  {
    name: 'hyphenated given name without its hyphen: only the surname is found',
    claim: ['Jean-Luc Mélenchon', []],
    text: 'the leftist Jean Luc Mélenchon said',
    marked: 'the leftist Jean Luc [Mélenchon] said',
    found: ['agreement Mélenchon'],
  },
  {
    name: 'limitation: a hyphen for a space is neither a form nor a near miss',
    claim: OSORIO,
    text: 'Secretary Miguel Ángel Osorio-Chong said',
    marked: 'Secretary Miguel Ángel Osorio-Chong said',
    found: [],
  },
  {
    name: 'Xi Jinping in full',
    claim: ['Xi Jinping', []],
    text: 'Chinese President Xi Jinping said',
    marked: 'Chinese President [Xi Jinping] said',
    found: ['agreement Xi Jinping'],
  },
  {
    name: 'Xi Jingping for Xi Jinping',
    claim: ['Xi Jinping', []],
    text: 'Chinese President Xi Jingping said',
    marked: 'Chinese President [Xi Jingping] said',
    found: ['conflict Xi Jin[+g+]ping'],
  },
  {
    name: 'Moon Jae-in in full',
    claim: ['Moon Jae-in', []],
    text: 'South Korean President Moon Jae-in said',
    marked: 'South Korean President [Moon Jae-in] said',
    found: ['agreement Moon Jae-in'],
  },
  {
    name: 'Moon Jae-In for Moon Jae-in',
    claim: ['Moon Jae-in', []],
    text: 'South Korean President Moon Jae-In said',
    marked: 'South Korean President [Moon Jae-In] said',
    found: ['conflict Moon Jae-[-i-][+I+]n'],
  },

  // --- swaps ---
  {
    name: 'Guilia for Giulia counts as one edit',
    claim: ['Giulia Bongiorno', []],
    text: 'Senator Guilia Bongiorno said',
    marked: 'Senator [Guilia Bongiorno] said',
    found: ['conflict G[-i-]u[+i+]lia Bongiorno'],
  },
  {
    name: 'a swap in a one-token form',
    claim: ['Rex Tillerson', []],
    text: 'a meeting with Secretary Tilelrson',
    marked: 'a meeting with Secretary [Tilelrson]',
    found: ['conflict Til[-l-]e[+l+]rson'],
  },

  // --- over the limit, different people, common words ---
  {
    name: 'two edits on a short token: not a near miss; the surname still agrees',
    claim: PENA,
    text: 'Governor Pino Nieto said',
    marked: 'Governor Pino [Nieto] said',
    found: ['agreement Nieto'],
  },
  {
    name: 'one edit in each token is still a near miss',
    claim: PENA,
    text: 'Governor Pena Nieta said',
    marked: 'Governor [Pena Nieta] said',
    found: ['conflict Pe[-ñ-][+n+]a Niet[-o-][+a+]'],
  },
  {
    name: 'two edits on a 5-letter surname: no mention',
    claim: OSORIO,
    text: 'Governor Osorio Cheung said',
    marked: 'Governor Osorio Cheung said',
    found: [],
  },
  {
    name: 'a common word differing is never a near miss (As Gore ≠ Al Gore)',
    claim: ['Al Gore', []],
    text: 'So Gore said nothing.',
    marked: 'So [Gore] said nothing.',
    found: ['agreement Gore'],
  },
  {
    name: 'a first name shared with the surname form agrees (SPEC: one-token forms)',
    claim: KELLY,
    text: 'Senator Kelly Ayotte said',
    marked: 'Senator [Kelly] Ayotte said',
    found: ['agreement Kelly'],
  },

  // --- overlaps and several occurrences ---
  {
    name: 'several occurrences, each resolved on its own',
    claim: OSORIO,
    text: 'Osorio Chong met reporters; later Osorio Chung and then Chong spoke.',
    marked: '[Osorio Chong] met reporters; later [Osorio Chung] and then [Chong] spoke.',
    found: ['agreement Osorio Chong', 'conflict Osorio Ch[-o-][+u+]ng', 'agreement Chong'],
  },
  {
    name: 'an exact longer form wins over its sub-spans',
    claim: OSORIO,
    text: 'Secretary Angel Osorio Chong said',
    marked: 'Secretary [Angel Osorio Chong] said',
    found: ['agreement Angel Osorio Chong'],
  },
  {
    name: 'a dropped middle name is not a misspelling',
    claim: OSORIO,
    text: 'Secretary Miguel Osorio Chong said',
    marked: 'Secretary Miguel [Osorio Chong] said',
    found: ['agreement Osorio Chong'],
  },

  // --- line starts and line breaks ---
  {
    name: 'a name across a single line break',
    claim: OSORIO,
    text: 'the secretary, Miguel Angel Osorio\nChong, said',
    marked: 'the secretary, [Miguel Angel Osorio\nChong], said',
    found: ['agreement Miguel Angel Osorio Chong'],
  },
  {
    name: 'a misspelling across a CRLF line break keeps the break out of the diff',
    claim: OSORIO,
    text: 'the secretary, Osorio\r\nChung, said',
    marked: 'the secretary, [Osorio\r\nChung], said',
    found: ['conflict Osorio\r\nCh[-o-][+u+]ng'],
  },
  {
    name: 'a blank line ends a run',
    claim: OSORIO,
    text: 'Miguel Angel\n\nOsorio Chong said',
    marked: 'Miguel Angel\n\n[Osorio Chong] said',
    found: ['agreement Osorio Chong'],
  },
  {
    name: 'a name at the very start of the text',
    claim: KELLY,
    text: 'John F. Kelly, the homeland security secretary',
    marked: '[John F. Kelly], the homeland security secretary',
    found: ['agreement John F. Kelly'],
  },
];

describe('matchName (SPEC §2 kind: name)', () => {
  it.each(cases)('$name', (c) => {
    const got = run(c.claim[0], c.claim[1], c.text);
    expect({ marked: got.marked, found: got.found }).toEqual({ marked: c.marked, found: c.found });
    for (const m of got.matches) {
      expect(m.text).toBe(c.text.slice(m.start, m.end));
      expect(m.diff === undefined).toBe(m.verdict === 'agreement');
    }
  });

  it('has at least 60 table cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('a diff rebuilds the correct form (deletions) and the article (insertions)', () => {
    const { matches } = run(OSORIO[0], OSORIO[1], 'said Miguel Angel Osorio Chung.');
    const diff = matches[0]!.diff!;
    expect(diff.filter(([op]) => op !== 1).map(([, s]) => s).join('')).toBe('Miguel Angel Osorio Chong');
    expect(diff.filter(([op]) => op !== -1).map(([, s]) => s).join('')).toBe('Miguel Angel Osorio Chung');
  });

  it('reuses the runs: the same runs answer many claims', () => {
    const text = 'Enrique Pena Nieto met Miguel Angel Osorio Chung and John F. Kelly.';
    const runs = readNameRuns(text);
    expect(matchName(runs, nameForms(PENA[0], PENA[1]), text).map(describeMatch)).toEqual(['conflict Enrique Pe[-ñ-][+n+]a Nieto']);
    expect(matchName(runs, nameForms(OSORIO[0], OSORIO[1]), text).map(describeMatch)).toEqual(['conflict Miguel Angel Osorio Ch[-o-][+u+]ng']);
    expect(matchName(runs, nameForms(KELLY[0], KELLY[1]), text).map(describeMatch)).toEqual(['agreement John F. Kelly']);
    expect(matchName(runs, nameForms('Rex Tillerson', []), text)).toEqual([]);
  });

  it('renders a diff with [-deleted-] and [+inserted+] parts', () => {
    expect(renderDiff([[0, 'Ch'], [-1, 'o'], [1, 'u'], [0, 'ng']])).toBe('Ch[-o-][+u+]ng');
    expect(renderDiff([])).toBe('');
  });

  it('finds nothing in an empty text or with no forms', () => {
    expect(matchName([], nameForms('Rex Tillerson', []), '')).toEqual([]);
    expect(matchName(readNameRuns('Rex Tillerson'), [], 'Rex Tillerson')).toEqual([]);
  });
});

describe('the seed articles (sources/)', () => {
  const seeds: Array<[string, readonly [string, readonly string[]], string[]]> = [
    ['000_3c302dad8eeff72e', OSORIO, ['conflict Miguel Angel Osorio Ch[-o-][+u+]ng', 'conflict Osorio Ch[-o-][+u+]ng']],
    ['001_0ca91ca90f8e624f', OSORIO, [
      'agreement Miguel Angel Osorio Chong', 'agreement Miguel Angel Osorio Chong',
      'agreement Osorio Chong', 'agreement Osorio Chong', 'agreement Osorio Chong',
    ]],
    ['002_9a19631d379c6a94', PENA, ['agreement Enrique Peña Nieto']],
    ['003_108a14b737e811cf', PENA, ['agreement Peña Nieto', 'conflict Pe[-ñ-][+n+]a Nieto']],
    ['004_a2dce47529cea698', PENA, ['conflict Enrique Pe[-ñ-][+n+]a Nieto', 'conflict Pe[-ñ-][+n+]a Nieto']],
    ['000_3c302dad8eeff72e', KELLY, ['agreement John F. Kelly']],
    ['002_9a19631d379c6a94', KELLY, ['agreement John Kelly', 'agreement Kelly']],
    ['001_0ca91ca90f8e624f', PENA, []],
  ];
  it.each(seeds)('%s: %j', (id, claim, expected) => {
    const text = readFileSync(new URL(`../sources/${id}.txt`, import.meta.url), 'utf8');
    const found = matchName(readNameRuns(text), nameForms(claim[0], claim[1]), text);
    expect(found.map(describeMatch)).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('nameForms', () => {
  it.each<[string, string[], string[]]>([
    ['Miguel Ángel Osorio Chong', ['Miguel Angel Osorio Chong'], [
      'Miguel Ángel Osorio Chong', 'Miguel Angel Osorio Chong', 'Ángel Osorio Chong', 'Osorio Chong', 'Chong', 'Angel Osorio Chong',
    ]],
    ['John F. Kelly', [], ['John F. Kelly', 'John Kelly', 'Kelly']],
    ['George H. W. Bush', [], ['George H. W. Bush', 'George Bush', 'Bush']],
    ['Ursula von der Leyen', [], ['Ursula von der Leyen', 'von der Leyen', 'Leyen']],
    ['Xi Jinping', [], ['Xi Jinping', 'Jinping']],
    ['Al Gore', [], ['Al Gore', 'Gore']],
    ['Jo Cox', [], ['Jo Cox']],
    ['Martin Luther King Jr.', [], ['Martin Luther King Jr', 'Martin Luther King', 'Luther King Jr', 'King Jr', 'Luther King', 'King']],
    ['J.R.R. Tolkien', [], ['J. R. R. Tolkien', 'J. Tolkien', 'Tolkien']],
    ['  Rex   Tillerson ', ['Rex Tillerson'], ['Rex Tillerson', 'Tillerson']],
  ])('%s %j', (value, variants, expected) => {
    expect(nameForms(value, variants).map((f) => f.text)).toEqual(expected);
  });
});

describe('editDistance (Damerau, one edit per diacritic change or adjacent swap)', () => {
  it.each<[string, string, number]>([
    ['Chong', 'Chong', 0],
    ['Chong', 'Chung', 1],
    ['Peña', 'Pena', 1],
    ['Peña', 'Pen\u0303a', 0], // NFD equals NFC
    ['Erdoğan', 'Erdogan', 1],
    ['Giulia', 'Guilia', 1],
    ['Kelly', 'Kelley', 1],
    ['Kelly', 'Kely', 1],
    ['Kelly', 'Kerry', 2],
    ['Kelly', 'kelly', 1],
    ['Steinmeier', 'Stienmaier', 2],
    ['Steinmeier', 'Stainmaiar', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ab', 'ba', 1],
    ['ca', 'abc', 3], // optimal string alignment: no edit of a swapped pair
    ['😀a', '😀b', 1], // code points, not UTF-16 units
  ])('%s → %s = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past max', () => {
    expect(editDistance('Tillerson', 'Mattis', 1)).toBe(2);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
  });
});

/** Renders every run of `text` as brackets (all-caps runs flagged with a leading ^). */
function runs(text: string, start?: number, end?: number): string {
  const rs: NameRun[] = readNameRuns(text, start, end);
  let out = '';
  let at = 0;
  for (const r of rs) {
    out += `${text.slice(at, r.start)}${r.allCaps ? '^' : ''}[${r.tokens.map((t) => t.text).join('|')}]`;
    at = r.end;
    for (const t of r.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
  return out + text.slice(at);
}

describe('readNameRuns', () => {
  it.each<[string, string]>([
    [
      'On Friday, Mexico’s interior secretary, Miguel Angel Osorio Chung, told',
      '[On|Friday], [Mexico]’s interior secretary, [Miguel|Angel|Osorio|Chung], told',
    ],
    [
      'Secretary of State Rex Tillerson and Homeland Security Secretary John F. Kelly — that',
      '[Secretary] of [State|Rex|Tillerson] and [Homeland|Security|Secretary|John|F.|Kelly] — that',
    ],
    [
      'President Ursula von der Leyen said von der Leyen would act de facto',
      '[President|Ursula|von|der|Leyen] said [von|der|Leyen] would act de facto',
    ],
    [
      'President Bashar al-Assad met Valéry Giscard d’Estaing and Beto O’Rourke.',
      '[President|Bashar|al-Assad] met [Valéry|Giscard|d’Estaing] and [Beto|O’Rourke].',
    ],
    ["Beto O'Rourke's bid and Kelly’s memo", "[Beto|O'Rourke]'s bid and [Kelly]’s memo"],
    ['OSORIO CHONG SAYS NO', '^[OSORIO|CHONG|SAYS|NO]'],
    ['the U.S. Embassy and J.R.R. Tolkien', 'the [U.|S.|Embassy] and [J.|R.|R.|Tolkien]'],
    ['in 2017 Mexico and the G20 summit', 'in 2017 [Mexico] and the G20 summit'],
    ['non-Mexican nationals and US-Mexico relations', 'non-Mexican nationals and [US-Mexico] relations'],
    ['Moon Jae-in and Jean-Luc Mélenchon', '[Moon|Jae-in] and [Jean-Luc|Mélenchon]'],
    ['Miguel Angel\n\nOsorio\nChong', '[Miguel|Angel]\n\n[Osorio|Chong]'],
    ['Mr. Tillerson and Mr Tillerson', '[Mr]. [Tillerson] and [Mr|Tillerson]'],
    ['Kelly do Santos y Gasset', '[Kelly|do|Santos|y|Gasset]'],
    ['why do Americans de facto', 'why [do|Americans] de facto'],
    ['the Pen\u0303a family', 'the [Pen\u0303a] family'],
    ['', ''],
    // The reader scans code units; these pin down what the word pattern makes of odd ones.
    ['K‑ʼS said', '[K‑]ʼS said'], // U+02BC is a letter, and an apostrophe: a possessive after a joiner
    ["Kelly's-Bob2 and Kelly's-Bob", "[Kelly]'s-Bob2 and [Kelly]'s-[Bob]"],
    ['the ʼAli ʼs Ahmed', 'the ʼAli ʼs [Ahmed]'],
    ['Ab\uD800c Dd and \uD835\uDC00bc Ef', '[Ab]\uD800c [Dd] and [\uD835\uDC00bc|Ef]'],
    ["Ellen DeGeneres' show and ÉLYSÉE PALACE", "[Ellen|DeGeneres]' show and ^[ÉLYSÉE|PALACE]"],
    ["al-Assad's 2nd and d’Estaing", "[al-Assad]'s 2nd and [d’Estaing]"],
    ['J.R.R.Tolkien U.S.-Mexico', '[J.|R.|R.|Tolkien|U.|S.]-[Mexico]'],
    ['Mr. X-5 met Y2K Jones', '[Mr]. [X]-5 met Y2K [Jones]'],
    ['von der and DE LA CRUZ', 'von der and ^[DE|LA|CRUZ]'],
  ])('%j', (text, expected) => {
    expect(runs(text)).toBe(expected);
  });

  it('reads only the slice asked for, with offsets into the full text', () => {
    const text = 'date 2017-02-24 Osorio Chong said Peña Nieto';
    expect(runs(text, 16, 28)).toBe('date 2017-02-24 [Osorio|Chong] said Peña Nieto');
    // A slice that cuts words skips the partial ones.
    expect(runs(text, 18, 36)).toBe('date 2017-02-24 Osorio [Chong] said Peña Nieto');
  });

  it('flags all-caps runs only when every capitalised word is in capitals', () => {
    expect(readNameRuns('MEXICO CITY').map((r) => r.allCaps)).toEqual([true]);
    expect(readNameRuns('US Secretary').map((r) => r.allCaps)).toEqual([false]);
    expect(readNameRuns('John F. KELLY').map((r) => r.allCaps)).toEqual([false]);
  });
});

/** A small deterministic generator (tests must not depend on Math.random). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
}

describe('fast paths agree with their definitions', () => {
  // Latin letters with and without diacritics, combining marks, typographic joiners,
  // a Greek sigma, dotted capital I, sharp s, astral letters, lone surrogates.
  const pieces = ['a', 'B', 'é', 'É', 'e\u0301', '\u0301', 'ñ', 'Ø', 'ß', 'İ', 'Σ', 'σ', 'Å', '\u212B', 'ǅ', 'ạ', '.', "'", '\u2019', '\u02BC', '-', '\u2010', '\uD835\uDC00', '\uD800', 'Ж', 'x'];
  const strings = (seed: number, count: number): string[] => {
    const rnd = lcg(seed);
    const out: string[] = [];
    for (let k = 0; k < count; k++) {
      let s = '';
      for (let n = Math.floor(rnd() * 7); n > 0; n--) s += pieces[Math.floor(rnd() * pieces.length)];
      out.push(s);
    }
    return out;
  };

  it('keyOf folds as plain + lower case + NFD + no marks + no final stop', () => {
    const plain = (s: string): string => s.replace(/[\u2019\u02BC]/gu, "'").replace(/[\u2010\u2011]/gu, '-');
    for (const s of strings(1, 5000)) {
      expect(keyOf(s)).toBe(plain(s).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/u, ''));
    }
  });

  it('editDistance is the optimal-string-alignment distance over NFC code points, cut at max', () => {
    const osa = (a: string, b: string): number => {
      const s = Array.from(a.normalize('NFC'));
      const t = Array.from(b.normalize('NFC'));
      const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= s.length; i++) {
        for (let j = 1; j <= t.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1] && s[i - 1] !== t[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[s.length]![t.length]!;
    };
    const list = strings(2, 3000);
    for (let k = 0; k + 1 < list.length; k += 2) {
      const a = list[k]!;
      const b = list[k + 1]!;
      const exact = osa(a, b);
      expect(editDistance(a, b)).toBe(exact);
      for (const max of [0, 1, 2]) {
        const d = editDistance(a, b, max);
        if (exact <= max) expect(d).toBe(exact);
        else expect(d).toBeGreaterThan(max);
      }
    }
  });
});
