/**
 * Lexicons for the number reader (`numbers.ts`): number words, scale words, currencies,
 * units, qualifiers (SPEC §2 "kind: quantity") and the small word lists the reader uses
 * to tell a count from a date, a time of day, an identifier or an age.
 *
 * Every entry is in *folded* form (lower case, no diacritics, ASCII dashes), because the
 * reader works on the folded shadow copy of the text (`core/fold.ts`).
 */

/** `zero` … `nineteen`. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** `twenty` … `ninety`. */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * Scale words written apart from the number (`2.5 billion`, `two million`, `3 bn`,
 * `500 crore`). SPEC §2 lists thousand, million/mn, billion/bn, trillion/tn; wire copy also
 * writes `mln`/`bln`, and Indian outlets `lakh`/`crore`.
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/**
 * Scale suffixes written attached to the digits (`10k`, `£3m`, `$2.5bn`, `$3b`). `m` and
 * `k` are also metres and kilometres, and `b` is a letter in identifiers, so the reader
 * checks context before trusting them (see `numbers.ts`).
 */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Words after an attached `m`/`k` that show a distance, not a million/thousand (`100m sprint`). */
export const DIMENSION_WORDS: ReadonlySet<string> = new Set([
  'sprint', 'race', 'run', 'hurdles', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay',
  'dash', 'final', 'high', 'tall', 'long', 'deep', 'wide', 'away', 'above', 'below', 'mark', 'event', 'record',
  'metres', 'meters', 'radius', 'walk', 'swim', 'drop', 'fall',
]);

/** Currency symbols (SPEC §2). A bare `$` is read as US dollars, as in English-language wire copy. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['₴', 'UAH'],
]);

/** Letters written attached before `$` (`US$`, `C$`, `Mex$`) and before `¥` (`CN¥`). */
export const SYMBOL_PREFIXES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['$', new Map([
    ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['aus', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'],
    ['nz', 'NZD'], ['hk', 'HKD'], ['s', 'SGD'], ['sg', 'SGD'], ['mex', 'MXN'], ['mx', 'MXN'], ['r', 'BRL'],
    ['nt', 'TWD'], ['ar', 'ARS'], ['col', 'COP'], ['clp', 'CLP'],
  ])],
  ['¥', new Map([['cn', 'CNY'], ['rmb', 'CNY'], ['jp', 'JPY']])],
]);

/** ISO 4217 codes the reader accepts before or after a number when written in capitals (`USD 5m`, `5m EUR`). */
export const ISO_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'mxn', 'jpy', 'cny', 'rmb', 'inr', 'cad', 'aud', 'chf', 'brl', 'rub', 'krw', 'zar', 'sek', 'nok',
  'dkk', 'pln', 'try', 'nzd', 'hkd', 'sgd', 'ars', 'cop', 'clp', 'pen', 'ngn', 'kes', 'egp', 'sar', 'aed', 'ils', 'uah',
  'php', 'twd', 'idr', 'myr', 'thb', 'huf', 'czk',
]);

/** Words written before a number for a currency (`Rs 500`, `RMB 3bn`). */
export const CURRENCY_PREFIX_WORDS: ReadonlyMap<string, string> = new Map([['rs', 'INR'], ['rmb', 'CNY'], ['inr', 'INR']]);

/**
 * Currency words written after a number, with the code they mean on their own. `pesos`
 * alone is read as Mexican pesos and `rupees` as Indian rupees (their most frequent sense
 * in English-language news); a nationality before the word overrides it.
 */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['peso', 'MXN'], ['pesos', 'MXN'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rupee', 'INR'], ['rupees', 'INR'], ['franc', 'CHF'], ['francs', 'CHF'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['reais', 'BRL'], ['rand', 'ZAR'], ['won', 'KRW'], ['lira', 'TRY'],
  ['liras', 'TRY'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['naira', 'NGN'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['baht', 'THB'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['krona', 'SEK'], ['kronor', 'SEK'], ['forint', 'HUF'],
]);

/** A nationality before a currency word (`Canadian dollars`, `Argentine pesos`); keys are folded words. */
export const CURRENCY_NATIONALITIES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['dollar', new Map([
    ['us', 'USD'], ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD'], ['zealand', 'NZD'],
    ['kong', 'HKD'], ['singapore', 'SGD'], ['taiwan', 'TWD'], ['taiwanese', 'TWD'],
  ])],
  ['peso', new Map([
    ['mexican', 'MXN'], ['argentine', 'ARS'], ['argentinian', 'ARS'], ['argentinean', 'ARS'], ['colombian', 'COP'],
    ['chilean', 'CLP'], ['philippine', 'PHP'], ['cuban', 'CUP'], ['dominican', 'DOP'], ['uruguayan', 'UYU'],
  ])],
  ['rupee', new Map([['indian', 'INR'], ['pakistani', 'PKR'], ['nepali', 'NPR'], ['nepalese', 'NPR']])],
  ['franc', new Map([['swiss', 'CHF']])],
  ['pound', new Map([['egyptian', 'EGP'], ['british', 'GBP']])],
]);

/** Sub-units: the value is divided by 100 (`50 cents` → 0.5 USD). */
export const SUBUNITS: ReadonlyMap<string, string> = new Map([['cent', 'USD'], ['cents', 'USD'], ['pence', 'GBP']]);

/** Time units (SPEC §2 "time"); `factor` converts decades and centuries to years. */
export const TIME_WORDS: ReadonlyMap<string, { unit: 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds'; factor: number }> = new Map([
  ['year', { unit: 'years', factor: 1 }], ['years', { unit: 'years', factor: 1 }], ['yr', { unit: 'years', factor: 1 }], ['yrs', { unit: 'years', factor: 1 }],
  ['decade', { unit: 'years', factor: 10 }], ['decades', { unit: 'years', factor: 10 }],
  ['century', { unit: 'years', factor: 100 }], ['centuries', { unit: 'years', factor: 100 }],
  ['month', { unit: 'months', factor: 1 }], ['months', { unit: 'months', factor: 1 }],
  ['week', { unit: 'weeks', factor: 1 }], ['weeks', { unit: 'weeks', factor: 1 }], ['wk', { unit: 'weeks', factor: 1 }], ['wks', { unit: 'weeks', factor: 1 }],
  ['day', { unit: 'days', factor: 1 }], ['days', { unit: 'days', factor: 1 }],
  ['hour', { unit: 'hours', factor: 1 }], ['hours', { unit: 'hours', factor: 1 }], ['hr', { unit: 'hours', factor: 1 }], ['hrs', { unit: 'hours', factor: 1 }],
  ['minute', { unit: 'minutes', factor: 1 }], ['minutes', { unit: 'minutes', factor: 1 }], ['min', { unit: 'minutes', factor: 1 }], ['mins', { unit: 'minutes', factor: 1 }],
  ['second', { unit: 'seconds', factor: 1 }], ['seconds', { unit: 'seconds', factor: 1 }], ['sec', { unit: 'seconds', factor: 1 }], ['secs', { unit: 'seconds', factor: 1 }],
]);

/** Qualifier kinds, one per row of the SPEC §2 qualifier table. */
export type QualifierKind = 'approx' | 'almost' | 'over' | 'just-over' | 'at-least' | 'under' | 'at-most';

/**
 * Qualifiers written before a number (SPEC §2 table), as folded token sequences, with the
 * normalised label reported in `NumberMention.qualifier`. Besides the table's examples:
 * common variants of the same meaning (`well over`, `no less than`, `as much as`, `approx.`).
 */
export const PRE_QUALIFIERS: ReadonlyArray<{ words: readonly string[]; kind: QualifierKind; label: string }> = (
  [
    // [0.95x, 1.05x]
    ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['approx .', 'approx', 'approximately'],
    ['approx', 'approx', 'approximately'], ['roughly', 'approx'], ['some', 'approx'], ['an estimated', 'approx'],
    ['estimated', 'approx'], ['close to', 'approx'], ['circa', 'approx'], ['c .', 'approx', 'circa'], ['ca .', 'approx', 'circa'],
    ['~', 'approx'], ['in the region of', 'approx'], ['on the order of', 'approx'], ['in the order of', 'approx'],
    ['more or less', 'approx'], ['roughly about', 'approx', 'roughly'], ['near', 'approx'], ['the better part of', 'approx'],
    // [0.95x, x]
    ['almost', 'almost'], ['nearly', 'almost'], ['just under', 'almost'], ['just shy of', 'almost'], ['just below', 'almost'],
    ['just short of', 'almost'], ['just less than', 'almost', 'just under'], ['slightly less than', 'almost', 'just under'],
    ['slightly under', 'almost', 'just under'], ['slightly below', 'almost', 'just under'], ['a little under', 'almost', 'just under'],
    ['a little less than', 'almost', 'just under'], ['not quite', 'almost'], ['very nearly', 'almost', 'nearly'],
    // (x, +inf)
    ['more than', 'over'], ['over', 'over'], ['above', 'over'], ['in excess of', 'over'], ['upwards of', 'over'],
    ['upward of', 'over', 'upwards of'], ['exceeding', 'over'], ['well over', 'over'], ['well above', 'over'],
    ['well in excess of', 'over', 'in excess of'], ['far more than', 'over', 'more than'], ['much more than', 'over', 'more than'],
    ['greater than', 'over', 'more than'], ['higher than', 'over', 'more than'], ['north of', 'over'],
    // (x, 1.05x]
    ['just over', 'just-over'], ['just above', 'just-over'], ['just more than', 'just-over', 'just over'],
    ['slightly more than', 'just-over', 'just over'], ['slightly over', 'just-over', 'just over'],
    ['slightly above', 'just-over', 'just over'], ['a little over', 'just-over', 'just over'],
    ['a little more than', 'just-over', 'just over'], ['just north of', 'just-over', 'just over'],
    // [x, +inf)
    ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
    ['not less than', 'at-least', 'no less than'], ['not fewer than', 'at-least', 'no fewer than'], ['at minimum', 'at-least', 'a minimum of'],
    // (-inf, x)
    ['fewer than', 'under'], ['less than', 'under'], ['under', 'under'], ['below', 'under'], ['well under', 'under'],
    ['well below', 'under'], ['far fewer than', 'under', 'fewer than'], ['far less than', 'under', 'less than'],
    ['lower than', 'under', 'less than'],
    // (-inf, x]
    ['at most', 'at-most'], ['up to', 'at-most'], ['as many as', 'at-most'], ['as much as', 'at-most'], ['no more than', 'at-most'],
    ['a maximum of', 'at-most'], ['not more than', 'at-most', 'no more than'], ['as high as', 'at-most'], ['at a maximum of', 'at-most', 'a maximum of'],
  ] as const
)
  .map(([w, kind, label]: readonly [string, QualifierKind, string?]) => ({ words: w.split(' '), kind, label: label ?? w }))
  .sort((a, b) => b.words.length - a.words.length);

/** Qualifiers written after a number (`220,000 or more`, `a dozen or so`). */
export const POST_QUALIFIERS: ReadonlyArray<{ words: readonly string[]; kind: QualifierKind; label: string }> = [
  { words: ['or', 'more'], kind: 'at-least', label: 'or more' },
  { words: ['or', 'over'], kind: 'at-least', label: 'or more' },
  { words: ['or', 'above'], kind: 'at-least', label: 'or more' },
  { words: ['or', 'fewer'], kind: 'at-most', label: 'or fewer' },
  { words: ['or', 'less'], kind: 'at-most', label: 'or fewer' },
  { words: ['or', 'so'], kind: 'approx', label: 'or so' },
];

/** Month names and abbreviations (capitalised in the original) — a number next to one is a day. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Lower-case words that make the bare number after them a label (`flight 370`, `Category 4`, `page 3`). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'flight', 'route', 'highway', 'interstate', 'room', 'chapter', 'article', 'section', 'clause', 'title', 'proposition',
  'amendment', 'resolution', 'no', 'nos', 'number', 'level', 'phase', 'stage', 'grade', 'category', 'gate', 'terminal',
  'platform', 'channel', 'bus', 'version', 'model', 'series', 'page', 'pages', 'paragraph', 'district', 'ward',
  'precinct', 'exit', 'pier', 'apartment', 'apt', 'suite', 'floor', 'verse', 'psalm', 'episode', 'vol',
  'train', 'locomotive', 'lot', 'batch', 'docket', 'berth', 'kilometre', 'km', 'marker',
]);

/**
 * Words before a number that name what it measures (`magnitude 6.9`): the figure is read,
 * with the word as its {@link NumberMention.measure}, so that only a claim about that
 * measure takes it (not a toll read in the same sentence).
 */
export const MEASURE_BEFORE: ReadonlySet<string> = new Set(['magnitude']);

/**
 * Words that turn a following time unit into a unit of work or of a calendar, still a
 * duration: `11,000 flight hours`, `ten working days`, `300 man-hours`.
 */
export const TIME_UNIT_MODIFIERS: ReadonlySet<string> = new Set([
  'flight', 'flying', 'working', 'business', 'calendar', 'trading', 'school', 'man', 'person', 'billable', 'training',
]);

/**
 * Verbs whose particle `up` makes `up to` a change, not the qualifier "at most": "ticked up
 * to 4.2%", "crept up to", "was revised up to 36,000". Transitive verbs with a figure for
 * object keep the qualifier ("killed up to 300", "will cut up to 500 jobs"). Stems; `-s`,
 * `-ed`, `-ing` and the irregular forms listed are accepted.
 */
export const UP_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'tick', 'edge', 'inch', 'creep', 'crept', 'move', 'go', 'goes', 'went', 'gone', 'going', 'shoot', 'shot', 'jump',
  'climb', 'rise', 'rose', 'risen', 'rising', 'nudge', 'notch', 'ramp', 'pick', 'bump', 'drift', 'head', 'spike',
  'surge', 'soar', 'leap', 'leapt', 'spring', 'sprang', 'sprung', 'step', 'ratchet', 'revise', 'mark', 'trend',
  'float', 'crawl', 'shift', 'swing', 'swung', 'grind', 'ground', 'bounce', 'balloon', 'spiral',
]);

/** Nouns after a bare `one` that make it a count (`one person was killed`), not a pronoun (`one of the`). */
export const ONE_NOUNS: ReadonlySet<string> = new Set([
  'person', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'adult', 'infant', 'teenager', 'student', 'teacher',
  'soldier', 'officer', 'agent', 'civilian', 'victim', 'passenger', 'worker', 'employee', 'resident', 'patient',
  'death', 'case', 'vote', 'seat', 'member', 'migrant', 'refugee', 'prisoner', 'detainee', 'suspect', 'journalist',
  'firefighter', 'police', 'policeman', 'policewoman', 'doctor', 'nurse', 'citizen', 'national', 'survivor',
  'fatality', 'injury', 'goal', 'point', 'run', 'delegate', 'senator', 'judge', 'juror', 'state', 'country',
  'dead', 'injured', 'wounded', 'killed', 'missing', 'hurt',
]);

/** Words after which `x to y` is a change, not a range (`rose from 5% to 7%`). */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'increased', 'increase',
  'increases', 'increasing', 'decreased', 'decrease', 'decreases', 'declined', 'decline', 'declines', 'dropped', 'drop',
  'drops', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'grew', 'grow', 'grows', 'growing', 'slipped',
  'slid', 'surged', 'soared', 'plunged', 'plummeted', 'tumbled', 'edged', 'eased', 'gained', 'cut', 'cuts', 'raised',
  'raise', 'raises', 'lowered', 'lifted', 'boosted', 'reduced', 'revised', 'widened', 'narrowed', 'shrank', 'shrunk',
  'expanded', 'up', 'down', 'went', 'changed', 'moved', 'doubled', 'tripled', 'halved', 'swelled', 'ballooned', 'sank',
  'dipped', 'spiked', 'hiked', 'trimmed', 'slashed', 'upgraded', 'downgraded', 'shifted', 'recovered', 'rebounded',
]);

/** Comparative words right after a number: `138,000 more jobs than`, `5,000 fewer deaths`. */
export const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller']);

/**
 * Words that end a noun phrase read after a number: determiners, pronouns, prepositions,
 * conjunctions, auxiliaries and common verbs, and time words (`138,000 jobs last month`).
 */
export const NOUN_STOP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'each', 'every',
  'all', 'both', 'some', 'any', 'no', 'other', 'another', 'such', 'own',
  'it', 'they', 'he', 'she', 'we', 'you', 'i', 'them', 'him', 'us', 'me', 'who', 'which', 'whom', 'whose', 'what',
  'where', 'when', 'how', 'why', 'there', 'here',
  'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'without', 'into', 'onto', 'over', 'under', 'between', 'among',
  'across', 'along', 'through', 'during', 'before', 'after', 'since', 'until', 'against', 'about', 'around', 'near',
  'per', 'via', 'than', 'as', 'like', 'within', 'toward', 'towards', 'upon', 'off', 'out', 'up', 'down', 'of', 'above',
  'below', 'beyond', 'behind', 'inside', 'outside', 'amid', 'despite', 'versus', 'vs',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whereas', 'because', 'if', 'unless', 'although', 'though', 'whether',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will',
  'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'said', 'says', 'say', 'told', 'according',
  'including', 'ago', 'last', 'next', 'earlier', 'later', 'previously', 'now', 'then', 'today', 'yesterday', 'tomorrow',
  'tonight', 'only', 'also', 'already', 'still', 'just', 'even', 'alone', 'apiece', 'each', 'overall', 'respectively',
  'again', 'too', 'very', 'not', 'never', 'ever', 'instead', 'altogether', 'away', 'back', 'more', 'fewer', 'less',
  'most', 'least', 'or', 'plus', 'minus', 'times', 'percent', 'per', 'yes', 'no', 'not', 'worth', 'apiece',
  'died', 'fled', 'lost', 'left', 'won', 'made', 'came', 'went', 'took', 'got', 'held', 'fell', 'rose', 'grew', 'paid',
  'spent', 'sold', 'hit', 'put', 'set', 'saw', 'met', 'led', 'ran', 'kept', 'became', 'began', 'brought', 'bought',
  'built', 'found', 'gave', 'knew', 'meant', 'remain', 'remained', 'remains', 'live', 'lived', 'stood', 'went', 'sent',
  'thought', 'felt', 'heard', 'seen', 'taken', 'given', 'known', 'shown', 'become', 'get', 'make', 'take', 'need',
  'needed', 'want', 'wanted', 'face', 'faced', 'faces', 'remain', 'come', 'go', 'goes', 'gone',
  'drew', 'threw', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'rode', 'flew', 'ate', 'fought', 'caught', 'taught',
  'sought', 'struck', 'stole', 'swore', 'wore', 'bore', 'tore', 'hung', 'sang', 'rang', 'shook', 'woke', 'beat', 'bit',
  'hid', 'spun', 'stuck', 'swung', 'dug', 'fed', 'bled', 'lit', 'quit', 'shut', 'spread', 'let', 'lay', 'laid', 'sat',
  'understood', 'forgot', 'withdrew', 'arose', 'swept', 'slept', 'wept', 'kept', 'dealt', 'meant', 'lent', 'bent',
  'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller',
]);

/** Adverbs skipped between a number and its noun (`220,000 mainly Guatemalans`). */
export const NOUN_LEAD_ADVERBS: ReadonlySet<string> = new Set([
  'mainly', 'mostly', 'largely', 'primarily', 'predominantly', 'chiefly', 'overwhelmingly', 'principally',
  'more', 'fewer', 'less', 'other', 'additional', 'extra', 'further',
]);

/** Plural nouns that do not end in `s`. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'feet', 'teeth', 'mice', 'geese',
  'data', 'media', 'criteria', 'folk', 'livestock', 'clergy', 'offspring', 'sheep', 'fish', 'deer',
]);

/** Words ending in `s` that are singular (`news`, `series`); `-ss`, `-us`, `-is` are checked by pattern. */
export const SINGULAR_S: ReadonlySet<string> = new Set([
  'news', 'series', 'species', 'means', 'politics', 'economics', 'physics', 'gas', 'lens', 'plus', 'minus', 'canvas',
  'alias', 'atlas', 'bias', 'chaos', 'thus', 'always', 'perhaps', 'whereas', 'its', 'his', 'hers', 'ours', 'yours',
  'theirs', 'this', 'was', 'has', 'does', 'is', 'us', 'as', 'yes', 'less', 'unless', 'across', 'afterwards', 'towards',
]);
