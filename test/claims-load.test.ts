import { describe, expect, it } from 'vitest';
import { parseClaims } from '../src/claims/load.js';
import { kindEnv } from '../src/check.js';
import { formatProblem } from '../src/core/problem.js';

const env = kindEnv();
const load = (text: string, file = 'claims/a.yaml') => parseClaims([{ file, text }], env);
const messages = (text: string) => load(text).problems.map(formatProblem);

describe('claim files: valid input', () => {
  it('applies defaults, keeps positions, and sorts claims by id', () => {
    const { claims, problems } = load(`defaults:
  severity: warning
  required: true
claims:
  - id: zeta
    kind: name
    value: Luis Videgaray
  - id: alpha
    kind: quantity
    value: "218,000"
    cues: [non-Mexican]
    severity: error
`);
    expect(problems).toEqual([]);
    expect(claims.map((c) => [c.id, c.severity, c.required, c.line, c.column])).toEqual([
      ['alpha', 'error', true, 8, 5],
      ['zeta', 'warning', true, 5, 5],
    ]);
    const q = claims[0]!;
    expect(q.kind === 'quantity' && q.value).toBe(218000);
  });

  it('reads quantity values with units and tolerances', () => {
    const { claims, problems } = load(`claims:
  - { id: a, kind: quantity, value: "$21.6bn", tolerance: 2%, cues: [wall] }
  - { id: b, kind: quantity, value: 2.5 billion, unit: USD, cues: [Mérida] }
  - { id: c, kind: quantity, value: 45, unit: years, cues: [low] }
`);
    expect(problems).toEqual([]);
    const [a, b, c] = claims as any[];
    expect([a.value, a.unitClass, a.currency, a.tolerance]).toEqual([21.6e9, 'currency', 'USD', 21.6e9 * 0.02]);
    expect([b.value, b.unitClass, b.currency]).toEqual([2.5e9, 'currency', 'USD']);
    expect([c.value, c.unitClass]).toEqual([45, 'time']);
  });
});

describe('claim files: every problem at its position', () => {
  it.each([
    ['misspelt field with a did-you-mean', 'claims:\n  - id: a\n    kind: name\n    valeu: X Y\n', ['claims/a.yaml:4:5: unknown field "valeu" (did you mean "value"?)']],
    ['unknown kind', 'claims:\n  - id: a\n    kind: quantitty\n    value: 1\n', ['claims/a.yaml:3:11: unknown kind "quantitty" (did you mean "quantity"?); kinds: quantity, date, name, title, quote']],
    ['id with a space', 'claims:\n  - id: bad id\n    kind: name\n    value: X Y\n', ['claims/a.yaml:2:9: claim id must start with a letter or digit and contain only letters, digits, ".", "_" and "-" (no spaces)']],
    ['impossible date', 'claims:\n  - id: a\n    kind: date\n    value: 2017-02-30\n    cues: [met]\n', ['claims/a.yaml:4:12: "2017-02-30" is not a real date (write YYYY-MM-DD, YYYY-MM or YYYY)']],
    ['date in the wrong form', 'claims:\n  - id: a\n    kind: date\n    value: 23/02/2017\n    cues: [met]\n', ['claims/a.yaml:4:12: "value" of a date claim must be YYYY-MM-DD, YYYY-MM or YYYY']],
    ['unparsable figure', 'claims:\n  - id: a\n    kind: quantity\n    value: lots\n    cues: [x]\n', ['claims/a.yaml:4:12: cannot read "lots" as a number (write digits such as 218000, "218,000", "2.5 billion" or "$21.6bn")']],
    ['invalid regular expression', 'claims:\n  - id: a\n    kind: quantity\n    value: 1\n    cues: [ok, "/(?<=a)b/"]\n', ['claims/a.yaml:5:16: cues[1]: invalid regular expression /(?<=a)b/: look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported (crosscheck uses RE2 syntax: no look-around or back-references)']],
    ['empty cue list', 'claims:\n  - id: a\n    kind: quantity\n    value: 1\n    cues: []\n', ['claims/a.yaml:5:11: "cues" must have at least 1 item']],
    ['wrong type', 'claims:\n  - id: a\n    kind: name\n    value: X Y\n    required: yes\n', ['claims/a.yaml:5:15: "required" must be boolean']],
    ['bad severity', 'claims:\n  - id: a\n    kind: name\n    value: X Y\n    severity: fatal\n', ['claims/a.yaml:5:15: "severity" must be one of: error, warning']],
    ['top-level list', '- id: a\n  kind: name\n', ['claims/a.yaml:1:1: a claim file must be a mapping with a "claims:" list, not a list (put the list under "claims:")']],
    ['empty file', '', ['claims/a.yaml:1:1: empty claim file (a claim file is a mapping with a "claims:" list)']],
    ['empty claims list', 'claims: []\n', ['claims/a.yaml:1:9: "claims" must have at least 1 item']],
    ['missing claims', 'defaults: {}\n', ['claims/a.yaml:1:1: missing required field "claims"']],
    ['unknown top-level field', 'claim:\n  - id: a\n', ['claims/a.yaml:1:1: unknown field "claim" (did you mean "claims"?)']],
    ['YAML syntax error', 'claims:\n  - id: a\n    kind: [name\n', ['claims/a.yaml:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]']],
    ['duplicate key', 'claims:\n  - id: a\n    id: b\n    kind: name\n    value: X Y\n', ['claims/a.yaml:3:5: Map keys must be unique']],
    ['unknown field in defaults', 'defaults:\n  severty: warning\nclaims:\n  - { id: a, kind: name, value: X Y }\n', ['claims/a.yaml:2:3: unknown field "severty" (did you mean "severity"?)']],
    ['field only other kinds have', 'claims:\n  - id: a\n    kind: name\n    value: X Y\n    cues: [x]\n', ['claims/a.yaml:5:5: unknown field "cues"; known fields: id, kind, subject, severity, required, sources, note, reference, examples, value, variants']],
  ])('%s', (_name, text, expected) => {
    expect(messages(text)).toEqual(expected);
  });

  it('reports a duplicate id at both places, across files', () => {
    const { problems } = parseClaims(
      [
        { file: 'claims/a.yaml', text: 'claims:\n  - { id: dup, kind: name, value: X Y }\n' },
        { file: 'claims/b.yaml', text: 'claims:\n  - id: other\n    kind: name\n    value: Z W\n  - id: dup\n    kind: name\n    value: X Y\n' },
      ],
      env,
    );
    expect(problems.map(formatProblem).sort()).toEqual([
      'claims/a.yaml:2:11: duplicate claim id "dup": used again at claims/b.yaml:5:9',
      'claims/b.yaml:5:9: duplicate claim id "dup": already used at claims/a.yaml:2:11 (ids must be unique across all claim files)',
    ]);
  });

  it('refuses alias bombs without expanding them', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    lines.push('claims: *l');
    expect(messages(lines.join('\n'))).toEqual(['claims/a.yaml:1:1: cannot load YAML: too many alias references (a "billion laughs" document?)']);
  });

  it('survives a deeply nested document', () => {
    const text = `claims: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const problems = messages(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^claims\/a\.yaml:1:\d+: /);
  });

  it('reports every problem in one file at once', () => {
    const problems = messages('claims:\n  - id: a\n    kind: name\n    valeu: X\n  - id: b c\n    kind: date\n    value: 2017\n    cues: [x]\n  - id: c\n    kind: quantity\n    value: 1\n    cues: []\n');
    expect(problems).toEqual([
      'claims/a.yaml:4:5: unknown field "valeu" (did you mean "value"?)',
      'claims/a.yaml:5:9: claim id must start with a letter or digit and contain only letters, digits, ".", "_" and "-" (no spaces)',
      'claims/a.yaml:12:11: "cues" must have at least 1 item',
    ]);
  });
});
