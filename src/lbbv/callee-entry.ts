// Runtime-called calls that continue in machine code (issue 19: "calls from
// machine code to a bytecode function never nest through the interpreter").
//
// A call instruction whose fast path does not apply (new of a derived class
// or of a class with field initialisers, super(...), a send the gen function
// declined) is a runtime call: runtime.ts pushes the callee's frame as the
// interpreter would. Instead of exiting so that the interpreter runs the
// callee, the callback returns the address of the callee's generic entry
// block (compiled on the spot); machine code moves r13 to the new frame,
// makes the frame return to this call site (its JIT return address: a
// table of continuation entries, one per return type, as calls.ts
// genPushFrame's) and jumps. The callee runs in machine code and its
// `leave` comes back here. Only when there is no block (code memory full,
// --jit-only) does the interpreter run the callee (the generic exit).

import { trackedLocals } from '../bytecode/liveness';
import { ISEQ_SUSPENDS } from '../bytecode/iseq';
import { Op } from '../bytecode/opnums';
import { L } from '../vm/layout';
import * as X from '../x86asm';
import { Context, MAX_LOCALS, Type } from './context';
import type { JitState } from './codegen/state';
import type { Jit } from './jit';
import { Callback, emitCallback, frameArgs } from './callbacks';
import { compileBlock, EXIT_FP } from './core';
import { withoutDeadTypes } from './branches';
import { blockId } from './versions';

/** Call instructions whose runtime call enters a bytecode callee's machine code. */
export const CALLS_INTO_CALLEE: ReadonlySet<number> = new Set([Op.send, Op.new, Op.invokesuper, Op.invokesuperspread]);

/** Entries of a call site's continuation table (calls.ts RETURN_TYPES: leave jumps to entry k at +5k). */
const RETURN_TYPE_COUNT = 8;

/**
 * The runtime call of the current call instruction, continuing in the
 * callee's machine code when it is a bytecode function (see the header). A
 * construct (new, super()) keeps an object result, else takes `this` from
 * the slot above the result.
 */
export function genRuntimeCallIntoCallee(jit: Jit, j: JitState): void {
  const cb = jit.inline;
  const done = cb.newLabel('runtime_done');
  const ret = cb.newLabel('callee_return');
  const cont = cb.newLabel('callee_returned');
  emitCallback(jit, cb, Callback.Runtime, () => frameArgs(cb, j.pc, j.ctx.stackSize));
  X.jcc(cb, 'e', done, { rel32: true });
  X.cmp(cb, X.RAX, 1);
  X.jcc(cb, 'e', jit.genericExit, { rel32: true });
  j.comment('enter the callee frame the runtime pushed, returning here');
  X.mov(cb, X.ECX, X.dword(X.R15, EXIT_FP));
  X.lea(cb, X.R13, X.mem(0, X.R12, 0, X.RCX));
  X.lea(cb, X.RCX, X.ripTo(64, ret));
  X.mov(cb, X.qword(X.R13, L.FR_JIT_RET), X.RCX);
  X.jmp(cb, X.RAX);
  // leave jumps to ret + 5 * (return type index): every entry continues at `cont`.
  cb.bindLabel(ret);
  for (let k = 0; k < RETURN_TYPE_COUNT; k++) X.jmp(cb, cont, { rel32: true });
  cb.bindLabel(cont);
  const op = j.iseq.code[j.pc];
  if (op !== Op.send) {
    // The result is where the callee slot was: below `this` and the arguments (new), or where the
    // arguments began (super(): the runtime inserted the callee and `this` below them); `this` is right above it.
    const argc = op === Op.invokesuperspread ? 0 : j.op(0);
    const resultIndex = op === Op.new ? j.ctx.stackSize - argc - 2 : j.ctx.stackSize - (op === Op.invokesuper ? argc : 1);
    const result = X.qword(X.R13, L.FRAME_HEADER + 8 * resultIndex);
    j.comment('construct: keep an object result, else `this`');
    X.cmp(cb, X.dword(X.R13, result.disp + 4), L.TAG_OBJECT | 0);
    X.jcc(cb, 'ae', done, { rel32: true });
    j.copy(result, X.qword(X.R13, result.disp + 8));
  }
  cb.bindLabel(done);
  cb.linkLabels();
}

/**
 * After a runtime call at (caller iseq code, pc) pushed a bytecode frame at
 * fp (q-index) to run from pc 0: the address of the callee's generic block
 * there (its locals past the parameters undefined), compiled if needed; 0
 * when the call site does not continue in machine code or there is none.
 */
export function calleeBlock(jit: Jit, callerCode: Int32Array | Uint32Array | number[], callerPc: number, fp: number, pc: number): number {
  if (!CALLS_INTO_CALLEE.has(callerCode[callerPc]) || pc !== 0 || jit.full) return 0;
  const iseq = jit.vm.iseqs[jit.vm.u32[fp + 2]];
  // Generator and async bodies stay interpreted (their frames suspend; docs/ARCHITECTURE.md §8).
  if (iseq.flags & ISEQ_SUSPENDS) return 0;
  if (jit.options.only && !jit.options.only.has(iseq.name)) return 0;
  let ctx = Context.unknown(0);
  const slots = trackedLocals(iseq, MAX_LOCALS);
  // The runtime filled the locals after the parameters with undefined (a rest parameter holds its array).
  for (let i = iseq.paramCount; i < iseq.localCount; i++) if (slots[i] >= 0 && i !== iseq.restIndex) ctx = ctx.setLocalType(slots[i], Type.Undefined);
  ctx = withoutDeadTypes(jit, iseq.id, 0, ctx);
  const blk = jit.versions.find(blockId(iseq.id, 0), ctx) ?? (jit.versions.atCap(blockId(iseq.id, 0), ctx) ? null : compileBlock(jit, iseq, 0, ctx, fp));
  if (!blk) return 0;
  jit.counters.callee_entries++;
  return blk.address;
}

