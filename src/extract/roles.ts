/**
 * The role lexicon for title phrases (SPEC §2, kind: title): the words that make a phrase a
 * title ("secretary", "prime minister", "Gen."), plus the small closed word lists the title
 * reader and the comparison need (rank modifiers, courtesy titles, the premodifiers and
 * portfolio words that may stand in front of a role, role abbreviations).
 *
 * Every entry is stored folded (lower case, no diacritics, see `core/fold.ts`) with words
 * separated by one space; hyphens count as spaces ("vice-president" = "vice president").
 * Extra roles come from the config file's `roles` list (SPEC §5).
 */
import { foldString } from '../core/fold.js';

/**
 * The common posts of politics, government, diplomacy, business, law, policing, the
 * military, religion, academia, the press and sport. Multi-word entries are matched as a
 * unit (longest first), so "chief of staff" and "attorney general" are one role.
 * Rank modifiers (deputy, vice, acting, …) are deliberately not part of entries: they are
 * read as premodifiers so that the comparison can see them.
 */
export const DEFAULT_ROLES: readonly string[] = [
  // government and politics
  'secretary', 'secretary of state', 'secretary general', 'undersecretary', 'permanent secretary',
  'cabinet secretary', 'minister', 'prime minister', 'first minister', 'chief minister',
  'minister of state', 'minister without portfolio', 'president', 'premier', 'chancellor',
  'chancellor of the exchequer', 'lord chancellor', 'governor', 'governor general',
  'lieutenant governor', 'senator', 'congressman', 'congresswoman', 'congressperson',
  'representative', 'member of parliament', 'member of congress', 'assemblyman', 'assemblywoman',
  'assemblymember', 'legislator', 'councillor', 'councilor', 'councilman', 'councilwoman',
  'alderman', 'alderwoman', 'mayor', 'lord mayor', 'mp', 'mep', 'msp', 'mla', 'speaker', 'leader',
  'pm', 'whip', 'chief whip', 'commissioner', 'high commissioner', 'ombudsman', 'comptroller',
  'comptroller general', 'auditor general', 'inspector general', 'postmaster general',
  'treasurer', 'registrar', 'administrator', 'director', 'director general', 'chief',
  'chief of staff', 'head', 'head of state', 'czar', 'tsar', 'adviser', 'advisor', 'aide',
  'deputy', 'assistant', 'counselor', 'counsellor', 'counsel', 'spokesperson', 'spokesman', 'spokeswoman',
  'press officer', 'strategist', 'negotiator', 'candidate', 'nominee', 'first lady',
  // diplomacy
  'ambassador', 'envoy', 'consul', 'consul general', 'attache', 'emissary',
  // royalty and religion
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emperor', 'empress', 'duke', 'duchess',
  'sultan', 'emir', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah',
  'pastor', 'chaplain',
  // law and policing
  'attorney general', 'solicitor general', 'surgeon general', 'judge', 'justice', 'chief justice',
  'lord chief justice', 'magistrate', 'prosecutor', 'district attorney', 'attorney', 'lawyer',
  'barrister', 'solicitor', 'public defender', 'clerk', 'sheriff', 'marshal', 'coroner',
  'constable', 'chief constable', 'police chief', 'chief of police', 'inspector', 'detective',
  'superintendent', 'sergeant', 'officer', 'police officer',
  // military
  'general', 'lieutenant general', 'major general', 'brigadier general', 'brigadier', 'colonel',
  'lieutenant colonel', 'lieutenant', 'major', 'captain', 'sergeant major', 'corporal',
  'private', 'specialist', 'admiral', 'rear admiral', 'commodore', 'commander', 'field marshal',
  'air marshal', 'air chief marshal', 'ensign', 'commandant', 'petty officer', 'warrant officer',
  'chief of defence staff', 'chief of the defence staff', 'chief of naval operations',
  // business and institutions
  'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo',
  'chief financial officer', 'chief operating officer', 'chief technology officer',
  'chief information officer', 'chief marketing officer', 'chief investment officer',
  'chief economist', 'economist', 'analyst', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'vp', 'evp', 'svp', 'managing director', 'executive director', 'executive', 'founder',
  'co founder', 'cofounder', 'owner', 'partner', 'managing partner', 'principal', 'manager',
  'general manager', 'boss', 'trustee',
  // press, academia, think tanks
  'editor', 'editor in chief', 'publisher', 'correspondent', 'columnist', 'reporter',
  'producer', 'fellow', 'senior fellow', 'professor', 'lecturer', 'researcher', 'scientist',
  'dean', 'provost', 'rector', 'vice chancellor', 'headteacher', 'headmaster', 'headmistress',
  // sport
  'coach', 'head coach', 'captain', 'skipper', 'referee', 'umpire', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'quarterback', 'pitcher',
];

/**
 * SPEC §2: the rank modifiers that change the post ("former ambassador" is not the
 * ambassador). "shadow" is added to SPEC's list: the British shadow chancellor is the
 * opposition's spokesman, not the chancellor (README: decisions).
 */
export const RANK_MODIFIERS: readonly string[] = [
  'former', 'ex', 'deputy', 'vice', 'acting', 'assistant', 'under', 'interim', 'associate', 'shadow',
];

/**
 * Courtesy titles and honorifics (SPEC §2: "courtesy titles are not titles"). Sir, Dame and
 * Lord are honours, not posts; "Lord Chancellor" is still a role (matched as a whole).
 * Professor is deliberately not here: it is an academic post (a role).
 */
export const COURTESY_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'sir', 'dame', 'lord', 'lady', 'baroness',
  'baron', 'rev', 'revd', 'reverend', 'hon', 'honourable', 'honorable', 'messrs', 'mme', 'mlle',
  'madame', 'monsieur', 'herr', 'frau', 'senor', 'senora', 'sr', 'sra',
];

/**
 * Status and rank words that may stand in front of a role in a title ("shadow chancellor",
 * "outgoing president", "newly appointed envoy"), besides rank modifiers, roles and
 * portfolio words. Lower-case words not listed here end a title read leftwards from a
 * name, so that "met foreign minister X" does not take "met".
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'then', 'outgoing', 'incoming', 'new', 'newly', 'appointed', 'elected', 'designated', 'current',
  'sitting', 'retired', 'senior', 'junior', 'top', 'chief', 'principal', 'executive', 'managing',
  'lead', 'first', 'co', 'non', 'joint', 'permanent', 'special', 'high', 'supreme', 'shadow',
  'prime', 'general', 'federal', 'regional', 'provincial', 'city', 'county', 'district',
  'municipal', 'circuit', 'appeals', 'appellate', 'campaign', 'party', 'opposition', 'majority',
  'minority', 'parliamentary', 'presidential', 'ministerial', 'team', 'club', 'founding',
  'longtime', 'veteran', 'ruling', 'governing', 'presiding', 'visiting', 'ranking', 'emeritus',
  'honorary', 'unelected', 'embattled', 'beleaguered', 'disgraced', 'ousted', 'de', 'facto',
  'self', 'styled', 'proclaimed',
  // the body a post is in, lower case in front of it: "council leader", "unit chief", "bureau chief"
  'council', 'union', 'unit', 'bureau', 'division', 'department', 'agency', 'board', 'committee', 'company',
  'group', 'army', 'navy', 'station', 'branch', 'section', 'desk', 'network',
];

/**
 * Portfolio words: the subjects of posts ("Work and Pensions Secretary", "secretary of
 * homeland security"). They may be lower case inside a title, and they are the only words
 * a title may join with "and" or a comma ("Culture, Media and Sport Secretary"), so that
 * "Secretary of State Rex Tillerson and Homeland Security Secretary John Kelly" stops at
 * "and" when read leftwards from Kelly.
 */
export const PORTFOLIO_WORDS: readonly string[] = [
  'foreign', 'affairs', 'home', 'interior', 'domestic', 'internal', 'external', 'international',
  'development', 'defence', 'defense', 'security', 'homeland', 'national', 'intelligence', 'state',
  'treasury', 'finance', 'financial', 'economy', 'economic', 'economics', 'budget', 'trade',
  'industry', 'industrial', 'commerce', 'business', 'enterprise', 'energy', 'climate',
  'environment', 'environmental', 'food', 'rural', 'agriculture', 'agricultural', 'fisheries',
  'forestry', 'health', 'social', 'care', 'services', 'human', 'welfare', 'work', 'works',
  'pensions', 'labour', 'labor', 'employment', 'education', 'schools', 'universities', 'science',
  'technology', 'innovation', 'research', 'digital', 'culture', 'media', 'sport', 'sports', 'arts',
  'heritage', 'tourism', 'transport', 'transportation', 'infrastructure', 'housing',
  'communities', 'local', 'government', 'urban', 'planning', 'justice', 'legal', 'law', 'police',
  'policing', 'prisons', 'immigration', 'citizenship', 'border', 'borders', 'customs', 'veterans',
  'women', 'equalities', 'equality', 'children', 'families', 'family', 'youth', 'disability',
  'disabilities', 'water', 'mines', 'mining', 'petroleum', 'oil', 'gas', 'resources', 'natural',
  'land', 'lands', 'parks', 'wildlife', 'communications', 'information', 'broadcasting',
  'telecommunications', 'public', 'relations', 'press', 'policy', 'strategy', 'operations',
  'marketing', 'sales', 'investment', 'investments', 'risk', 'compliance', 'audit', 'exchequer',
  'cabinet', 'office', 'constitutional', 'brexit', 'revenue', 'taxation', 'tax', 'monetary',
  'fiscal', 'statistics', 'data', 'privacy', 'cyber', 'counterterrorism', 'terrorism', 'crime',
  'victims', 'migration', 'refugees', 'asylum', 'integration', 'consular', 'protocol',
  'aviation', 'maritime', 'shipping', 'rail', 'roads', 'highways', 'space', 'nuclear', 'arms',
  'military', 'naval', 'army', 'navy', 'air', 'armed', 'forces', 'staff', 'personnel',
  'logistics', 'procurement', 'legislative', 'emergency', 'civil', 'rights', 'ethics', 'elections',
  'electoral', 'diplomatic', 'political', 'medical', 'technical', 'executive',
  'sporting', 'football', 'commercial', 'creative', 'artistic', 'editorial', 'musical',
];

/**
 * Role abbreviations, folded and without their period, with what they stand for. Used to
 * recognise "Lt. Gen.", "Sen.", "Gov." as roles, and by the comparison, which expands
 * them on both sides ("Gen." agrees with "General"; "CEO" with "chief executive").
 */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  gen: ['general'], gens: ['generals'], lt: ['lieutenant'], col: ['colonel'], maj: ['major'],
  sgt: ['sergeant'], capt: ['captain'], cpt: ['captain'], adm: ['admiral'], cmdr: ['commander'],
  cdr: ['commander'], brig: ['brigadier'], cpl: ['corporal'], pvt: ['private'], spc: ['specialist'],
  sen: ['senator'], sens: ['senators'], rep: ['representative'], reps: ['representatives'],
  gov: ['governor'], govs: ['governors'], atty: ['attorney'], supt: ['superintendent'],
  insp: ['inspector'], det: ['detective'], prof: ['professor'], dep: ['deputy'], asst: ['assistant'],
  assoc: ['associate'],
  vp: ['vice', 'president'], evp: ['executive', 'vice', 'president'],
  svp: ['senior', 'vice', 'president'],
  ceo: ['chief', 'executive'], cfo: ['chief', 'financial'], coo: ['chief', 'operating'],
  cto: ['chief', 'technology'], cio: ['chief', 'information'], cmo: ['chief', 'marketing'],
  mp: ['member', 'of', 'parliament'], pm: ['prime', 'minister'],
};

/** The lexicon the title reader and the comparison share. Build it with `makeRoleLexicon`. */
export interface RoleLexicon {
  /** Role phrases: folded words joined by one space ("prime minister"). */
  readonly roles: ReadonlySet<string>;
  /** Words that end some role phrase (for reading leftwards and for plurals). */
  readonly roleLastWords: ReadonlySet<string>;
  /** The longest role phrase, in words. */
  readonly maxRoleWords: number;
  readonly rankModifiers: ReadonlySet<string>;
  readonly courtesy: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly portfolio: ReadonlySet<string>;
  /** Folded abbreviation (no period) → the words it stands for. */
  readonly abbreviations: ReadonlyMap<string, readonly string[]>;
  /**
   * Whether the comparison also accepts the inverted wording of the claim's value and
   * variants ("Homeland Security Secretary" ↔ "Secretary of Homeland Security").
   */
  readonly invert: boolean;
  /** True when `words` (folded) is a role phrase. */
  isRole(words: readonly string[]): boolean;
  /** The singular role word for a plural ("justices" → "justice"), or undefined. */
  singular(word: string): string | undefined;
}

/** Options for `makeRoleLexicon`. */
export interface RoleLexiconOptions {
  /** See `RoleLexicon.invert`; default true. */
  readonly invert?: boolean;
}

/** Splits a role phrase or any title text into folded words (hyphens and punctuation separate words). */
export function roleWords(phrase: string): string[] {
  return foldString(phrase)
    .replace(/['\u2019]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Builds the lexicon: `DEFAULT_ROLES` plus `extra` role words or phrases (the config
 * file's `roles`, SPEC §5). Extra entries are folded like the defaults; blank entries are
 * ignored.
 */
export function makeRoleLexicon(extra: readonly string[] = [], options: RoleLexiconOptions = {}): RoleLexicon {
  const roles = new Set<string>();
  const roleLastWords = new Set<string>();
  let maxRoleWords = 1;
  for (const entry of [...DEFAULT_ROLES, ...extra]) {
    const words = roleWords(entry);
    if (words.length === 0) continue;
    roles.add(words.join(' '));
    roleLastWords.add(words[words.length - 1]!);
    maxRoleWords = Math.max(maxRoleWords, words.length);
  }
  const abbreviations = new Map<string, readonly string[]>(Object.entries(ROLE_ABBREVIATIONS));
  const isRole = (words: readonly string[]): boolean => roles.has(words.join(' '));
  const singular = (word: string): string | undefined => {
    const expanded = abbreviations.get(word);
    const w = expanded && expanded.length === 1 ? expanded[0]! : word;
    const candidates: string[] = [];
    if (w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y');
    if (/(?:ch|sh|ss|x)es$/.test(w)) candidates.push(w.slice(0, -2));
    if (w.endsWith('s') && !w.endsWith('ss')) candidates.push(w.slice(0, -1));
    return candidates.find((c) => c.length > 1 && roleLastWords.has(c));
  };
  return {
    roles,
    roleLastWords,
    maxRoleWords,
    rankModifiers: new Set(RANK_MODIFIERS),
    courtesy: new Set(COURTESY_TITLES),
    modifiers: new Set(TITLE_MODIFIERS),
    portfolio: new Set(PORTFOLIO_WORDS),
    abbreviations,
    invert: options.invert ?? true,
    isRole,
    singular,
  };
}
