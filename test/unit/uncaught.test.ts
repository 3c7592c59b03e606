// Uncaught errors are reported as node reports them (code frame at the
// throw, then util.inspect of the error with its V8-style stack), in every
// JIT mode: node is the oracle, compared byte for byte after removing what
// only node has (its node:internal frames, its `Node.js vX` line and, for a
// thrown non-Error, the `--trace-uncaught` hint, where lbbv prints the
// frames of the throw instead). docs/LANGUAGE.md lists these differences.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LBBV, MODES, runProcess } from '../diff/modes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbbv-uncaught-'));

const PROGRAMS: Record<string, string> = {
  'method.js': `class Shape {
  constructor(w) { this.w = w; }
  area() {
    return this.w.x.y;
  }
}
function run() {
  const s = new Shape(3);
  return s.area();
}
run();
`,
  'subclass.js': `class ValidationError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'ValidationError';
  }
}
function check(x) {
  if (x < 0) throw new ValidationError('negative: ' + x);
}
check(-1);
`,
  'props.js': `const e = new Error('with properties'); e.code = 'E42'; e.info = { a: 1 };
function rethrow() {
  try { throw e; } catch (x) { throw x; }
}
rethrow();
`,
  'unnamed-subclass.js': `class E2 extends Error {}
throw new E2('e2');
`,
  'ctor.js': `class Foo {
\tconstructor() { this.x = null.y; }
}
const o = { m() { return new Foo(); } };
o.m();
`,
  // A throw from a function the JIT compiled (hot loop, default threshold).
  'hot.js': `function f(i) {
  if (i === 250) return i.a.b;
  return i;
}
let s = 0;
for (let i = 0; i < 300; i++) s += f(i);
`,
};

const NON_ERRORS: Record<string, string> = {
  'object.js': `function f() {
  throw { code: 'E' };
}
f();
`,
  'string.js': `throw 'a string';
`,
};

function write(name: string, src: string): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, src);
  return f;
}

/** node's stderr without what only node prints. */
function nodeReport(stderr: string): string {
  const out: string[] = [];
  for (const line of stderr.split('\n')) {
    if (/^ {4}at .*node:internal/.test(line)) {
      // `{` opening an error's extra properties follows its last frame.
      if (line.endsWith(' {')) out[out.length - 1] += ' {';
      continue;
    }
    out.push(line);
  }
  return out
    .join('\n')
    .replace(/\n\nNode\.js v[\d.]+\n$/, '\n')
    .replace(/\n\(Use `node --trace-uncaught \.\.\.` to show where the exception was thrown\)\n/, '\n');
}

describe('uncaught errors match node', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    test(name, async () => {
      const f = write(name, src);
      const node = await runProcess(process.execPath, [name], dir);
      expect(node.code).toBe(1);
      const want = nodeReport(node.stderr);
      for (const [mode, flags] of Object.entries(MODES)) {
        const r = await runProcess(process.execPath, [LBBV, ...flags, name], dir);
        expect(r.code, mode).toBe(1);
        expect(r.stderr, `${mode}: ${f}`).toBe(want);
      }
    });
  }

  for (const [name, src] of Object.entries(NON_ERRORS)) {
    test(`${name}: a thrown non-Error value, with the frames of its throw`, async () => {
      write(name, src);
      const node = await runProcess(process.execPath, [name], dir);
      const want = nodeReport(node.stderr);
      for (const [mode, flags] of Object.entries(MODES)) {
        const r = await runProcess(process.execPath, [LBBV, ...flags, name], dir);
        expect(r.code, mode).toBe(1);
        const [report, frames] = r.stderr.split('Thrown at:\n');
        expect(report, mode).toBe(want);
        expect(frames, mode).toMatch(new RegExp(`^ {4}at .*${name.replace('.', '\\.')}:\\d+:\\d+\\)?\n`));
      }
    });
  }
});

describe('unsupported features (item 5)', () => {
  test('every unsupported feature of a file is reported at once, up to 10, before anything runs', async () => {
    write('gaps.js', 'const a = 1n;\nconsole.log("never");\nwith (Math) { max(1, 2); }\n');
    const r = await runProcess(process.execPath, [LBBV, 'gaps.js'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const f = path.join(dir, 'gaps.js');
    expect(r.stderr).toContain(`${f}:1:11\n> 1 | const a = 1n;\n    |           ^\nSyntaxError: BigInt literals are not supported\n\n${f}:3:1\n`);
    expect(r.stderr).toContain('SyntaxError: The with statement is not supported\n\n2 unsupported features in ');
    write('many.js', Array.from({ length: 14 }, (_, i) => `with (Math) { max(${i}, 2); }`).join('\n') + '\n');
    const m = await runProcess(process.execPath, [LBBV, 'many.js'], dir);
    expect(m.stderr.match(/SyntaxError: The with statement is not supported/g)!.length).toBe(10);
    expect(m.stderr).toContain('10 unsupported features in');
    expect(m.stderr).toContain('(the first 10)');
  });
});
