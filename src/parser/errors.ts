// Errors raised before a program runs: real syntax errors from acorn and
// "not supported" errors from the subset checker. Both carry a location and
// render as `file:line:col` plus a code frame, never a host stack trace.

export class LbbvSyntaxError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    /** 1-based column. */
    readonly column: number,
    readonly source: string,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }

  /** Further unsupported features of the same file (the checker reports up to 10 at once). */
  more: LbbvSyntaxError[] = [];

  /** `file:line:col`, the code frame, then `SyntaxError: message`; then the same for each further feature. */
  format(): string {
    const one = (e: LbbvSyntaxError): string => `${e.file}:${e.line}:${e.column}\n${codeFrame(e.source, e.line, e.column)}\nSyntaxError: ${e.message}`;
    if (this.more.length === 0) return one(this);
    const n = this.more.length + 1;
    return [one(this), ...this.more.map(one)].join('\n\n') + `\n\n${n} unsupported features in ${this.file}${n >= 10 ? ' (the first 10)' : ''}`;
  }
}

/** The offending line with a caret under the column, plus one line of context before it. */
export function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const width = String(line).length;
  for (let l = Math.max(1, line - 1); l <= Math.min(lines.length, line); l++) {
    const mark = l === line ? '>' : ' ';
    out.push(`${mark} ${String(l).padStart(width)} | ${lines[l - 1]}`);
  }
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  return out.join('\n');
}
