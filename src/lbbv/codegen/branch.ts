// Gen functions: jumps and conditional branches.
// Registered in the opcode table (registry.ts); codegen/gen.ts loads every family.

import { L } from '../../vm/layout';
import * as X from '../../x86asm';
import { Type, typeName } from '../context';
import { JitState, Status } from './state';
import { reg, type GenFn } from './registry';
import { genInterruptCheck } from '../callbacks';

// The instructions each shared gen function serves: exit reasons are built
// from them (`${name}_overflow`), and exits.ts must declare every one.
type CondBranchName = 'branchif' | 'branchunless';

// -------------------------------------------------------------- control flow

const gen_jump: GenFn = (j) => {
  // A loop's back-edge: where an interrupt (Ctrl-C in the REPL) stops a running loop.
  if (j.op(0) <= j.pc) genInterruptCheck(j.jit, j);
  j.jit.genDirectJump(j, j.op(0), j.ctx);
  return Status.End;
};

/** branchif / branchunless on a boolean or int32; a known true/false folds to a jump. */
function genCondBranch(j: JitState, name: CondBranchName, jumpIfTrue: boolean): Status {
  const target = j.op(0);
  const fall = j.nextPc;
  if (target <= j.pc) genInterruptCheck(j.jit, j);
  let t = j.ctx.peekType(0);
  if (t === Type.True || t === Type.False) {
    j.comment(`${name} folded: always ${t === Type.True ? 'true' : 'false'}`);
    const taken = (t === Type.True) === jumpIfTrue;
    j.jit.genDirectJump(j, taken ? target : fall, j.ctx.pop(1));
    return Status.End;
  }
  const known = ALWAYS_TRUTHY.has(t) ? true : t === Type.Undefined || t === Type.Null ? false : null;
  if (known !== null) {
    j.comment(`${name} folded: ${typeName(t)} is always ${known ? 'truthy' : 'falsy'}`);
    j.jit.genDirectJump(j, known === jumpIfTrue ? target : fall, j.ctx.pop(1));
    return Status.End;
  }
  if (t !== Type.Boolean && t !== Type.Int32) {
    if (!j.canPeek()) return j.defer();
    const seen = j.peekRuntimeType(0);
    if ((seen === Type.Boolean || seen === Type.True || seen === Type.False || seen === Type.Int32) && !j.chainExhausted()) {
      t = seen === Type.Int32 ? Type.Int32 : Type.Boolean;
      j.guardTop(0, t, `${name}_type_changed`);
    } else {
      // Anything else (or a site that saw too many types): test truthiness by the tag.
      genTruthy(j);
      const ctx = j.ctx.pop(1);
      j.jit.genBranch(j, jumpIfTrue ? 'ne' : 'e', fall, ctx, target, ctx);
      return Status.End;
    }
  }
  X.cmp(j.cb, j.top(0, 32), 0);
  const ctx = j.ctx.pop(1);
  j.jit.genBranch(j, jumpIfTrue ? 'ne' : 'e', fall, ctx, target, ctx);
  return Status.End;
}

/** Types whose values are always truthy. */
const ALWAYS_TRUTHY: ReadonlySet<Type> = new Set([Type.Object, Type.Array, Type.Function]);

/**
 * ToBoolean of the top value of any type, by its tag, into eax (0 or 1),
 * ending with `test eax, eax`: int32/boolean nonzero, double neither ±0
 * nor NaN, string not empty, objects true, undefined/null false.
 */
export function genTruthy(j: JitState): void {
  const cb = j.cb;
  j.comment('truthiness by tag');
  const isDouble = cb.newLabel('double');
  const isString = cb.newLabel('string');
  const falsy = cb.newLabel('falsy');
  const done = cb.newLabel('done');
  X.mov(cb, X.RAX, j.top(0));
  X.mov(cb, X.RDX, X.RAX);
  X.shr(cb, X.RDX, 32);
  X.cmp(cb, X.EDX, L.TAG_BASE | 0);
  X.jcc(cb, 'b', isDouble);
  X.cmp(cb, X.EDX, L.TAG_BOOL | 0);
  X.jcc(cb, 'a', isString);
  // int32 or boolean: the low word.
  X.test(cb, X.EAX, X.EAX);
  X.setcc(cb, 'ne', X.AL);
  X.movzx(cb, X.EAX, X.AL);
  X.jmp(cb, done);
  cb.bindLabel(isDouble);
  X.movq(cb, X.XMM0, X.RAX);
  X.xorpd(cb, X.XMM1, X.XMM1);
  X.ucomisd(cb, X.XMM0, X.XMM1);
  // Equal to 0 (either sign) or unordered (NaN) is falsy: ZF is set in both cases.
  X.setcc(cb, 'ne', X.AL);
  X.movzx(cb, X.EAX, X.AL);
  X.jmp(cb, done);
  cb.bindLabel(isString);
  // A symbol (below the heap tags) is truthy.
  X.mov(cb, X.EAX, 1);
  X.cmp(cb, X.EDX, L.TAG_SYMBOL | 0);
  X.jcc(cb, 'e', done);
  X.cmp(cb, X.EDX, L.TAG_STRING | 0);
  X.jcc(cb, 'b', falsy);
  X.jcc(cb, 'a', done);
  // A string: truthy unless empty.
  X.mov(cb, X.ECX, X.mem(32, j.top(0).base, j.top(0).disp));
  X.cmp(cb, X.dword(X.R12, L.STR_LENGTH, X.RCX), 0);
  X.setcc(cb, 'ne', X.AL);
  X.movzx(cb, X.EAX, X.AL);
  X.jmp(cb, done);
  cb.bindLabel(falsy);
  X.xor(cb, X.EAX, X.EAX);
  cb.bindLabel(done);
  cb.linkLabels();
  X.test(cb, X.EAX, X.EAX);
}

const gen_branchif: GenFn = (j) => genCondBranch(j, 'branchif', true);
const gen_branchunless: GenFn = (j) => genCondBranch(j, 'branchunless', false);

reg('jump', gen_jump);
reg('branchif', gen_branchif);
reg('branchunless', gen_branchunless);
