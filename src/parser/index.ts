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
      let msg = String(err.message).replace(/ \(\d+:\d+\)$/, '');
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
