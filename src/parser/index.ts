// Front end: acorn parses, then a subset checker rejects everything lbbv does
// not implement, before any code runs. Both kinds of failure become an
// LbbvSyntaxError with a location and a code frame.

import * as acorn from 'acorn';
import { LbbvSyntaxError } from './errors';
import { checkSubset } from './subset';

export { LbbvSyntaxError, codeFrame } from './errors';
export type Node = acorn.AnyNode;
export type Program = acorn.Program;

/**
 * Parses a script (sloppy mode, like a CommonJS module body) and checks it
 * against the supported subset. Throws LbbvSyntaxError.
 */
export function parseProgram(source: string, file: string, opts: { allowReturn?: boolean } = {}): acorn.Program {
  let program: acorn.Program;
  try {
    program = acorn.parse(source, {
      ecmaVersion: 2022,
      sourceType: 'script',
      locations: true,
      allowReturnOutsideFunction: opts.allowReturn ?? true,
      allowHashBang: true,
    });
  } catch (e) {
    const err = e as { message?: string; pos?: number; loc?: { line: number; column: number } };
    if (err && err.loc) {
      // acorn appends " (line:col)" to its messages; the location is printed separately.
      let msg = v8Message(String(err.message).replace(/ \(\d+:\d+\)$/, ''), source, (err as { pos?: number }).pos ?? -1);
      let col = err.loc.column + 1;
      if (/regular expression/.test(msg) && typeof err.pos === 'number') {
        // acorn's own wording differs from V8's: ask the host engine, as node would say it.
        msg = regexpLiteralError(source, err.pos) ?? msg;
        col = Math.max(1, col - 1);
      }
      throw new LbbvSyntaxError(msg, file, err.loc.line, col, source);
    }
    throw e;
  }
  checkSubset(program, file, source);
  return program;
}

/**
 * V8's message for the invalid regexp literal whose body starts at `pos`
 * (just after the opening slash), or null if it cannot be found.
 */
function regexpLiteralError(source: string, pos: number): string | null {
  let i = pos;
  let inClass = false;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
    else if (c === '\n') return null;
  }
  if (i >= source.length) return null;
  const body = source.slice(pos, i);
  const flags = /^[\w$]*/.exec(source.slice(i + 1))![0];
  if (!/^[dgimsuyv]*$/.test(flags) || new Set(flags).size !== flags.length) return 'Invalid regular expression flags';
  try {
    new RegExp(body, flags);
  } catch (e) {
    return (e as Error).message;
  }
  return null;
}

/** Strict-mode early errors acorn reports, in V8's words (what node prints). */
const STRICT_MESSAGES: [RegExp, string][] = [
  [/^'with' in strict mode$/, 'Strict mode code may not include a with statement'],
  [/^Deleting local variable in strict mode$/, 'Delete of an unqualified identifier in strict mode.'],
  [/^Octal literal in strict mode$/, 'Octal escape sequences are not allowed in strict mode.'],
  [/^(Binding|Assigning to) (eval|arguments) in strict mode$/, 'Unexpected eval or arguments in strict mode'],
  [/^The keyword '(implements|interface|let|package|private|protected|public|static|yield)' is reserved$/, 'Unexpected strict mode reserved word'],
  [/^Argument name clash$/, 'Duplicate parameter name not allowed in this context'],
];

function v8Message(msg: string, source: string, pos: number): string {
  for (const [re, v8] of STRICT_MESSAGES) if (re.test(msg)) return v8;
  if (msg === 'Invalid number' && pos >= 0 && source[pos] === '0' && /[0-9]/.test(source[pos + 1] ?? '')) {
    // A legacy octal (010) or a decimal with a leading zero (08) in strict code.
    const digits = /^0[0-9]+/.exec(source.slice(pos))![0];
    return /[89]/.test(digits) ? 'Decimals with leading zeros are not allowed in strict mode.' : 'Octal literals are not allowed in strict mode.';
  }
  return msg;
}
