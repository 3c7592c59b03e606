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
    const err = e as { message?: string; loc?: { line: number; column: number } };
    if (err && err.loc) {
      // acorn appends " (line:col)" to its messages; the location is printed separately.
      const msg = String(err.message).replace(/ \(\d+:\d+\)$/, '');
      throw new LbbvSyntaxError(msg, file, err.loc.line, err.loc.column + 1, source);
    }
    throw e;
  }
  checkSubset(program, file, source);
  return program;
}
