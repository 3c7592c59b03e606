// Single-gen tests (as YJIT's test_gen_*): one gen function at a time. Each
// runs a small function `f` once at threshold 1, so its first block is
// compiled for the argument types of that call; the block compiler reports
// every instruction it compiles (JitOptions.observe), and the test checks
// that the handler under test compiled its instruction itself (no runtime
// call, no exit), the context it left, and the result against node's.
import { format } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { VM } from '../../src/index';
import { Context, initContextHashing, Type, typeName } from '../../src/lbbv/context';
import { Status } from '../../src/lbbv/codegen/state';
import type { InsnCompiled } from '../../src/lbbv/jit';
import { blockId } from '../../src/lbbv/versions';
import { loadNative } from '../../src/native';

const native = loadNative();

beforeAll(async () => {
  await initContextHashing();
});

interface GenRun {
  /** The last compilation of the first `op` compiled in f (an earlier one may have ended its block to peek at run-time types). */
  insn: InsnCompiled;
  /** Everything compiled in f, in order. */
  all: InsnCompiled[];
  vm: VM;
}

/**
 * Defines f (`fn`), prints f(args) once with the JIT at threshold 1, checks
 * the output against node's and that `op` in f was compiled by its gen
 * function; returns its compilation record.
 */
function gen(fn: string, args: string, op: string): GenRun {
  const src = `${fn}\nconsole.log(f(${args}));\n`;
  let out = '';
  const vm = new VM({ stdout: (s) => (out += s), jitCallThreshold: 1 });
  expect(vm.engine.jitReason).toBeNull();
  const all: InsnCompiled[] = [];
  vm.engine.jit!.options.observe = (e) => {
    if (e.iseq.name === 'f') all.push(e);
  };
  const r = vm.run(src, 'gen-test.js');
  expect(r.error).toBeUndefined();
  // node is the oracle: the same function, evaluated by the host.
  const expected = format(new Function(`${fn}\nreturn f(${args});`)());
  expect(out).toBe(`${expected}\n`);
  const first = all.find((e) => e.op === op);
  expect(first, `${op} compiled in f (compiled: ${all.map((e) => e.op).join(' ')})`).toBeDefined();
  const insn = all.filter((e) => e.op === op && e.pc === first!.pc).pop();
  expect(insn!.byGen, `${op} compiled by gen_${op}`).toBe(true);
  return { insn: insn!, all, vm };
}

/** The types of the top n temps (t0 first). */
function temps(ctx: Context, n: number): string[] {
  return Array.from({ length: n }, (_, d) => typeName(ctx.peekType(d)));
}

describe.skipIf(!native.native)('single gen functions: stack', () => {
  test('putint pushes an int32 constant', () => {
    const { insn } = gen('function f() { return 7; }', '', 'putint');
    expect(insn.after.stackSize).toBe(insn.before.stackSize + 1);
    expect(temps(insn.after, 1)).toEqual(['int32']);
    expect(insn.status).toBe(Status.Keep);
  });

  test('putnull, puttrue, putundef push their constants with exact types', () => {
    expect(temps(gen('function f() { return null; }', '', 'putnull').insn.after, 1)).toEqual(['null']);
    expect(temps(gen('function f() { return true; }', '', 'puttrue').insn.after, 1)).toEqual(['true']);
    expect(temps(gen('function f(a) { let u; return u === a; }', '1', 'putundef').insn.after, 1)).toEqual(['undefined']);
  });

  test('getlocal pushes a copy of the local that aliases it', () => {
    const { insn } = gen('function f(a) { return a; }', '2.5', 'getlocal');
    expect(insn.after.stackSize).toBe(insn.before.stackSize + 1);
    expect(temps(insn.after, 1)).toEqual(['double']);
    expect(insn.after.peekMapping(0)).toEqual({ kind: 'local', index: 0 });
  });

  test('setlocal pops into the local, which takes the value\'s type', () => {
    const { insn, all } = gen('function f(a) { let c = a; return c; }', '"s"', 'setlocal');
    expect(insn.after.stackSize).toBe(insn.before.stackSize - 1);
    // c is local 1: now a string.
    expect(insn.after.localType(1)).toBe(Type.String);
    // The getlocal after it sees the string.
    const next = all[all.indexOf(insn) + 1];
    expect(next.op).toBe('getlocal');
    expect(temps(next.after, 1)).toEqual(['string']);
  });

  test('dup copies the top value and its type', () => {
    const { insn } = gen('function f(a, b) { let c = a = b; return c + a; }', '1, 2.5', 'dup');
    expect(insn.after.stackSize).toBe(insn.before.stackSize + 1);
    expect(temps(insn.after, 2)).toEqual(['double', 'double']);
  });

  test('pop drops the top value', () => {
    const { insn } = gen('function f(o) { o.x += 1; return o.x; }', '{ x: 41 }', 'pop');
    expect(insn.after.stackSize).toBe(insn.before.stackSize - 1);
  });

  test('dup2 copies the top two values in order', () => {
    const { insn } = gen('function f(o, k) { return o[k] += 1; }', '[1, 2], 1', 'dup2');
    expect(insn.after.stackSize).toBe(insn.before.stackSize + 2);
    expect(temps(insn.before, 2)).toEqual(['int32', 'array']);
    expect(temps(insn.after, 4)).toEqual(['int32', 'array', 'int32', 'array']);
  });

  test('swap exchanges the top two values and their types', () => {
    const { insn } = gen('function f(o, k) { return o[k](); }', '[function () { return 5; }], 0', 'swap');
    expect(insn.after.stackSize).toBe(insn.before.stackSize);
    expect(temps(insn.after, 2)).toEqual([temps(insn.before, 2)[1], temps(insn.before, 2)[0]]);
    expect(insn.after.peekType(0)).toBe(Type.Array);
  });
  // rot3 has a gen function but no single-gen test: the compiler emits it only for a
  // postfix update of a property (o.x++ as a value), after opt_tonumber, which ends the
  // block with a side exit (no gen function), so machine code never reaches it.
});

describe.skipIf(!native.native)('single gen functions: arithmetic and comparisons', () => {
  const binary = (op: string, expr: string, args: string, result: string): void => {
    test(`${op}: ${expr} with (${args}) leaves ${result}`, () => {
      const { insn } = gen(`function f(a, b) { return ${expr}; }`, args, op);
      expect(insn.after.stackSize).toBe(insn.before.stackSize - 1);
      expect(temps(insn.after, 1)).toEqual([result]);
      expect(insn.status).toBe(Status.Keep);
    });
  };
  binary('opt_plus', 'a + b', '20, 22', 'int32');
  binary('opt_plus', 'a + b', '0.5, 2', 'double');
  binary('opt_minus', 'a - b', '3, 10', 'int32');
  binary('opt_mult', 'a * b', '-6, 7', 'int32');
  binary('opt_mult', 'a * b', '1.5, 1.5', 'double');
  binary('opt_div', 'a / b', '7, 2', 'double');
  binary('opt_mod', 'a % b', '17, 5', 'int32');
  binary('opt_and', 'a & b', '12, 10', 'int32');
  binary('opt_or', 'a | b', '12, 10', 'int32');
  binary('opt_xor', 'a ^ b', '12, 10', 'int32');
  binary('opt_shl', 'a << b', '3, 4', 'int32');
  binary('opt_sar', 'a >> b', '-64, 3', 'int32');
  binary('opt_lt', 'a < b', '1, 2', 'bool');
  binary('opt_le', 'a <= b', '2.5, 2', 'bool');
  binary('opt_gt', 'a > b', '3, 2', 'bool');
  binary('opt_ge', 'a >= b', '2, 2', 'bool');
  binary('opt_stricteq', 'a === b', '2, 2', 'bool');
  binary('opt_strictneq', 'a !== b', '"x", "y"', 'bool');

  test('opt_shr: an unsigned shift of a negative int32 gives a double result', () => {
    const { insn } = gen('function f(a) { return a >>> 0; }', '-1', 'opt_shr');
    expect(insn.after.stackSize).toBe(insn.before.stackSize - 1);
    expect(isNumberType(insn.after.peekType(0))).toBe(true);
  });

  test('opt_inc and opt_dec keep an int32 an int32', () => {
    for (const [op, expr] of [['opt_inc', 'a + 1'], ['opt_dec', 'a - 1']] as const) {
      const { insn } = gen(`function f(a) { let x = a; x${op === 'opt_inc' ? '++' : '--'}; return x + 0 * (${expr}); }`, '41', op);
      expect(insn.after.stackSize).toBe(insn.before.stackSize);
      expect(temps(insn.after, 1)).toEqual(['int32']);
    }
  });

  test('opt_neg of an int32 is a number (0 negates to -0, a double)', () => {
    const { insn } = gen('function f(a) { return -a; }', '5', 'opt_neg');
    expect(insn.after.stackSize).toBe(insn.before.stackSize);
    expect(isNumberType(insn.after.peekType(0))).toBe(true);
    expect(gen('function f(a) { return -a; }', '0', 'opt_neg').insn.byGen).toBe(true);
  });

  test('opt_not of a known boolean folds to the other constant', () => {
    const { insn } = gen('function f(a) { return !(a < 1); }', '0', 'opt_not');
    expect(insn.before.peekType(0)).toBe(Type.Boolean);
    expect(temps(insn.after, 1)).toEqual(['bool']);
    const folded = gen('function f() { return !true; }', '', 'opt_not').insn;
    expect(temps(folded.after, 1)).toEqual(['false']);
  });

  test('opt_typeof of a known type is a string', () => {
    const { insn } = gen('function f(a) { return typeof a; }', '1.5', 'opt_typeof');
    expect(temps(insn.after, 1)).toEqual(['string']);
  });
});

describe.skipIf(!native.native)('single gen functions: branches', () => {
  test('branchunless on an int32 ends the block; the arm taken gets its own block with the operand popped', () => {
    const { insn, vm } = gen('function f(a) { return a ? 10 : 20; }', '7', 'branchunless');
    expect(insn.before.peekType(0)).toBe(Type.Int32);
    expect(insn.status).toBe(Status.End);
    const iseq = insn.iseq;
    const jit = vm.engine.jit!;
    // The taken arm (a < b) ran and was compiled, with the condition popped.
    const next = insn.pc + 2;
    const arms = jit.versions.versions(blockId(iseq.id, next));
    expect(arms.length).toBe(1);
    expect(arms[0].ctx.stackSize).toBe(insn.before.stackSize - 1);
    // The other arm never ran: no version of it.
    const other = iseq.code[insn.pc + 1];
    expect(jit.versions.versions(blockId(iseq.id, other)).length).toBe(0);
  });

  test('a branch on a known constant folds: only the taken target is ever compiled, without a test', () => {
    const { insn, vm } = gen('function f() { if (true) return 1; return 2; }', '', 'branchunless');
    expect(insn.before.peekType(0)).toBe(Type.True);
    const jit = vm.engine.jit!;
    const other = insn.iseq.code[insn.pc + 1];
    expect(jit.versions.versions(blockId(insn.iseq.id, other)).length).toBe(0);
  });

  test('branchif on an int32 tests its truthiness (a countdown loop)', () => {
    const { insn } = gen('function f(a) { let n = 0; do { n += 2; } while (--a); return n; }', '5', 'branchif');
    expect(insn.before.peekType(0)).toBe(Type.Int32);
    expect(insn.status).toBe(Status.End);
  });

  test('a comparison followed by a branch compiles as one compare-and-branch that ends the block', () => {
    const { insn, all } = gen('function f(a, b) { return a < b ? 10 : 20; }', '1, 2', 'opt_lt');
    expect(insn.status).toBe(Status.End);
    expect(all.map((e) => e.op)).not.toContain('branchunless');
  });

  test('jump ends the block and leads to a version of its target for the same context', () => {
    const { insn, vm } = gen('function f(a, b) { return a < b ? 10 : 20; }', '1, 2', 'jump');
    expect(insn.status).toBe(Status.End);
    const target = insn.iseq.code[insn.pc + 1];
    const versions = vm.engine.jit!.versions.versions(blockId(insn.iseq.id, target));
    expect(versions.length).toBe(1);
    expect(versions[0].ctx.stackSize).toBe(insn.after.stackSize);
    expect(versions[0].ctx.peekType(0)).toBe(insn.after.peekType(0));
  });
});

function isNumberType(t: Type): boolean {
  return t === Type.Int32 || t === Type.Double || t === Type.UnknownImm;
}
