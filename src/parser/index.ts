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
    program = IterativeParser.parse(source, {
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

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * acorn with binary operators parsed in a loop: acorn's precedence climbing
 * calls itself once per operator of a left-associative chain, so
 * `0+1+1+…` with a few thousand terms ran out of host stack where node
 * accepts millions. Same grammar and AST; only the operators of one
 * precedence level to the left are folded iteratively (the right operand
 * still recurses per precedence level, a bounded depth).
 */
const IterativeParser: typeof acorn.Parser = acorn.Parser.extend(
  ((Base: any) =>
    class extends Base {
      parseExprOp(left: any, leftStartPos: number, leftStartLoc: any, minPrec: number, forInit: boolean): any {
        const tt = acorn.tokTypes;
        for (;;) {
          let prec = this.type.binop;
          if (prec == null || (forInit && this.type === tt._in) || !(prec > minPrec)) return left;
          const logical = this.type === tt.logicalOR || this.type === tt.logicalAND;
          const coalesce = this.type === tt.coalesce;
          // `??` binds like the logical operators (and may not be mixed with them unparenthesised).
          if (coalesce) prec = (tt.logicalAND as any).binop;
          const op = this.value;
          this.next();
          const rightStart = this.start;
          const rightStartLoc = this.startLoc;
          const right = this.parseExprOp(this.parseMaybeUnary(null, false, false, forInit), rightStart, rightStartLoc, prec, forInit);
          left = this.buildBinary(leftStartPos, leftStartLoc, left, right, op, logical || coalesce);
          if ((logical && this.type === tt.coalesce) || (coalesce && (this.type === tt.logicalOR || this.type === tt.logicalAND))) {
            this.raiseRecoverable(this.start, 'Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses');
          }
        }
      }
    }) as any,
);
/* eslint-enable @typescript-eslint/no-explicit-any */

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
