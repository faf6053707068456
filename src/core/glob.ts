import { RE2JS } from 're2js';

/** A compiled glob: `test` says whether a whole source id matches. */
export interface GlobMatcher {
  readonly source: string;
  test(id: string): boolean;
}

/**
 * Compiles a glob over source ids (a claim's `sources`, a waiver's `source`) to a matcher
 * of whole ids: `*` any characters except `/`; `**` any characters, `/` included (`**​/` also
 * matches no folder at all, so `**​/a` matches `a`); `?` one character except `/`;
 * `[abc]`, `[a-z]`, `[!a]`/`[^a]` a character class; `\` escapes the next character.
 * Everything else is literal. Throws an Error naming the glob when a character class is
 * invalid (`[z-a]`); parsers validate globs first and report a problem instead.
 */
export function compileGlob(glob: string): GlobMatcher {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '\\' && i + 1 < glob.length) {
      re += escapeRe(glob[++i]!);
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^[]/g, '\\$&')}]`;
      i = end;
    } else {
      re += escapeRe(c);
    }
  }
  try {
    // RE2: matching is linear in the id's length whatever the glob ("*a*a*a*a*a*b" would
    // backtrack polynomially in a JavaScript RegExp).
    const compiled = RE2JS.compile(re);
    return { source: glob, test: (s: string) => compiled.matches(s) };
  } catch {
    throw new Error(`invalid character class in glob ${JSON.stringify(glob)}`);
  }
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
