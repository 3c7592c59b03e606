// Callbacks: the calls machine code makes into TypeScript
// (lbbv_callback(id, a, b, c)), emitted and handled here. The ids are the
// Callback enum; each handler gets its arguments as a named record
// (CALLBACKS below decodes the three words machine code passes). Runtime
// calls, slow paths, allocation refills, direct built-in calls, throw to a
// handler and generic-entry requests all come through here.

import { OPS, popCount } from '../bytecode/opcodes';
import { Op } from '../bytecode/opnums';
import { L } from '../vm/layout';
import { RT } from '../native';
import type { VM } from '../vm/vm';
import * as X from '../x86asm';
import { Context, Type } from './context';
import { runtimeCall, RUNTIME_EXIT } from './runtime';
import { JitState } from './codegen/state';
import { counterName, EXITS, type ExitReason } from './exits';
import type { Jit } from './jit';
import { blockId } from './versions';
import { compileBlock, exitTo } from './core';
import { branchStubHit } from './branches';
import { genericEntry } from './entry';
import { verifyFailed } from './verify';
import { calleeBlock, CALLS_INTO_CALLEE, genRuntimeCallIntoCallee } from './callee-entry';

/**
 * The callbacks machine code makes into TypeScript: lbbv_callback(id, a, b,
 * c), the id in edi and a, b, c in rsi, rdx, rcx. CALLBACKS gives each its
 * argument record (InsnArgs, StubHitArgs, GenericEntryArgs).
 */
export const enum Callback {
  /** A branch stub was reached (StubHitArgs). */
  StubHit = 1,
  /** Perform one instruction's slow path in TypeScript (runtime.ts) (InsnArgs). */
  Runtime = 2,
  /** The allocation buffer is used up: get a fresh one (may collect) (InsnArgs). */
  Refill = 3,
  /** A megamorphic call site needs the generic entry of an iseq, made on first use (GenericEntryArgs). */
  GenericEntry = 4,
  /** Call the built-in at a `send` directly, its identity guarded by the caller (InsnArgs). */
  Native = 5,
  /** `throw`: find the handler; if it is in a frame machine code can resume, the address to jump to (0: exit) (InsnArgs). */
  Throw = 6,
  /** The receiver of the `charCodeAt` at a `send` needs its CHARS cell (may collect) (InsnArgs). */
  StringChars = 7,
  /** --jit-verify-ctx: a value at a block's entry does not have its context's type (VerifyArgs); reports and throws. */
  VerifyCtx = 8,
  /** An interrupt is pending (the INTERRUPT word) at a loop back-edge or function entry (InsnArgs); throws InterruptSignal. */
  Interrupt = 9,
}

/** Runtime-block word where Callback.Throw leaves the handler's frame (byte offset). */
const THROW_FP = RT.SCRATCH + 8;

/**
 * Calls the slow path of the current instruction (runtime.ts) and
 * continues after it: operands popped, results pushed with unknown types.
 */
export function genRuntimeCall(jit: Jit, j: JitState, reason: ExitReason): void {
  j.xmmLose();
  const name = counterName(reason, OPS[j.iseq.code[j.pc]].name);
  j.comment(`runtime call (${name})`);
  // Counted by why the fast path did not apply, among the slow paths (with --stats only).
  if (jit.options.stats) X.inc(jit.inline, X.qword(X.R15, jit.counterOffset(jit.reasonSlot(`${name}_slow_path`, 'runtime_call'))));
  if (CALLS_INTO_CALLEE.has(j.iseq.code[j.pc])) genRuntimeCallIntoCallee(jit, j);
  else emitRuntimeCallback(jit, jit.inline, j.pc, j.ctx.stackSize);
  const op = j.iseq.code[j.pc];
  const operands = Array.from({ length: OPS[op].operands.length }, (_, i) => j.op(i));
  let ctx = j.ctx.pop(popCount(op, operands));
  // The for...in iterator's four locals are written by the call: the context no longer knows their types.
  if (op === Op.forin_start || op === Op.forin_next) for (let i = 0; i < 4; i++) ctx = j.setLocalType(operands[0] + i, Type.Unknown, ctx);
  for (let i = 0; i < OPS[op].push; i++) ctx = ctx.push(Type.Unknown);
  j.ctx = ctx;
}

/**
 * An outlined slow path for the current instruction: count `counter`, do
 * the instruction's runtime call with the stack as it was at the
 * instruction's start, then jump back to `after` (bound where the
 * instruction's inline code ends). Returns its address.
 */
export function genSlowPath(jit: Jit, j: JitState, counter: ExitReason, after: X.Label): number {
  const ocb = jit.outlined;
  const addr = ocb.addrOf();
  const name = counterName(counter, OPS[j.iseq.code[j.pc]].name);
  ocb.comment(`slow path: ${name}`);
  X.inc(ocb, X.qword(X.R15, jit.counterOffset(jit.reasonSlot(name, EXITS[counter].kind))));
  emitRuntimeCallback(jit, ocb, j.pc, j.insnCtx.stackSize);
  j.xmmReload(ocb);
  X.jmp(ocb, after, { rel32: true });
  return addr;
}

/**
 * At a megamorphic call site whose callee's iseq (ecx) has no generic
 * entry yet: asks for one (lbbv_callback(Callback.GenericEntry, iseq, fp,
 * stack size)); rax is then its address, or 0 and the code goes to `none`.
 */
export function emitGenericEntryCall(jit: Jit, cb: X.CodeBlock, stackSize: number, none: number): void {
  emitCallback(jit, cb, Callback.GenericEntry, () => {
    X.mov(cb, X.ESI, X.ECX);
    X.mov(cb, X.RDX, X.R13);
    X.sub(cb, X.RDX, X.R12);
    X.mov(cb, X.ECX, stackSize);
  });
  X.jcc(cb, 'e', none, { rel32: true });
}

/**
 * The outlined refill path of an inline allocation: gets a fresh
 * allocation buffer from the heap with the stack as at the instruction's
 * start (the collector may run), then jumps back to `retry`.
 */
export function genRefillPath(jit: Jit, j: JitState, retry: X.Label): number {
  return genCallbackRetryPath(jit, j, Callback.Refill, 'allocation buffer full: refill, retry', retry);
}

/**
 * The outlined path of an inline `charCodeAt` whose receiver has no CHARS
 * cell yet: makes it (lbbv_callback(Callback.StringChars, …), with the stack as
 * at the instruction's start: the collector may run), then jumps back to
 * `retry`. Returns its address.
 */
export function genStringCharsPath(jit: Jit, j: JitState, retry: X.Label): number {
  return genCallbackRetryPath(jit, j, Callback.StringChars, 'receiver has no CHARS cell yet: copy its code units, retry', retry);
}

/** An outlined path that calls back (`id`, with the stack as at the instruction's start), reloads the double cache and jumps to `retry`. */
export function genCallbackRetryPath(jit: Jit, j: JitState, id: Callback, what: string, retry: X.Label): number {
  const ocb = jit.outlined;
  const addr = ocb.addrOf();
  ocb.comment(what);
  emitCallback(jit, ocb, id, () => frameArgs(ocb, j.pc, j.insnCtx.stackSize));
  j.xmmReload(ocb);
  X.jmp(ocb, retry, { rel32: true });
  return addr;
}

/**
 * lbbv_callback(Callback.Runtime, fp, pc, stack size), then: a negative result
 * (a JS exception) returns an error to `enter`; 1 (the call pushed a
 * bytecode frame for the interpreter) takes the generic exit; 0 goes on.
 */
export function emitRuntimeCallback(jit: Jit, cb: X.CodeBlock, pc: number, stackSize: number): void {
  emitCallback(jit, cb, Callback.Runtime, () => frameArgs(cb, pc, stackSize));
  X.jcc(cb, 'ne', jit.genericExit, { rel32: true });
}

/**
 * A direct call of built-in `nativeId` (its identity guarded by the
 * caller) at the current `send`: no generic call dispatch; the result
 * replaces the callee.
 */
export function genNativeCall(jit: Jit, j: JitState, nativeId: number): void {
  j.comment(`direct call of built-in ${jit.vm.natives[nativeId].name}`);
  const cb = jit.inline;
  j.xmmLose();
  emitCallback(jit, cb, Callback.Native, () => frameArgs(cb, j.pc, j.ctx.stackSize));
}

/**
 * throw in machine code: lbbv_callback(Callback.Throw, fp, pc, stack size) finds
 * the handler; when machine code can run it, the callback has moved the
 * exception to the handler frame's stack and returns the address of the
 * handler's block, with the frame in THROW_FP: r13 moves there and the
 * code jumps. Otherwise (0) the interpreter throws as before.
 */
export function genThrow(jit: Jit, j: JitState): void {
  const cb = jit.inline;
  j.xmmLose();
  emitCallback(jit, cb, Callback.Throw, () => frameArgs(cb, j.pc, j.ctx.stackSize));
  X.jcc(cb, 'e', j.sideExit('throw'), { rel32: true });
  j.comment('throw: to the handler, in its frame');
  X.mov(cb, X.R13, X.qword(X.R15, THROW_FP));
  X.add(cb, X.R13, X.R12);
  X.jmp(cb, X.RAX);
}

/**
 * Callback.Throw: the handler search of the interpreter's unwind(), from the
 * frame at fpBytes and pc, over frames machine code pushed or the
 * interpreter runs alike. It stops (0: the interpreter throws) at a frame
 * with a host boundary (a native's call into JS lies between) and when no
 * version of the handler's block can be had. Otherwise it truncates the
 * handler frame's stack to the exception and returns the address of the
 * handler block's generic version.
 */
export function throwToHandler(jit: Jit, fpBytes: number, pc: number, stackSize: number): number {
  const vm = jit.vm;
  const u32 = vm.u32;
  const tq = (fpBytes >>> 2) + (L.FRAME_HEADER >>> 2) + 2 * (stackSize - 1);
  let fp = fpBytes >>> 2;
  let lookupPc = pc;
  for (;;) {
    const iseq = vm.iseqs[u32[fp + 2]];
    const h = iseq.findHandler(lookupPc);
    if (h) {
      const ctx = Context.unknown(1);
      const id = blockId(iseq.id, h.handler);
      let blk = jit.versions.find(id, ctx);
      if (!blk) {
        if (jit.versions.atCap(id, ctx)) return 0;
        // Compiling may allocate: the collector sees the frames up to the throw, the exception on top.
        vm.fp = fpBytes >>> 2;
        vm.sp = tq + 2;
        blk = compileBlock(jit, iseq, h.handler, ctx, -1);
        if (!blk) return 0;
      }
      const q = fp + (L.FRAME_HEADER >>> 2);
      const lo = u32[tq];
      const hi = u32[tq + 1];
      u32[q] = lo;
      u32[q + 1] = hi;
      jit.rt32[THROW_FP / 4] = fp << 2;
      jit.rt32[THROW_FP / 4 + 1] = 0;
      jit.counters.throw_to_handler_count++;
      return blk.address;
    }
    // A generator frame resumed in the interpreter's loop completes its generator when unwound: the interpreter does that.
    if (u32[fp + 5] & (L.FRAME_HOST_BOUNDARY | L.FRAME_GEN_INLINE)) return 0;
    lookupPc = u32[fp + 1] - 1;
    fp = u32[fp] >>> 2;
  }
}

/**
 * Calls lbbv_callback(id, rsi, rdx, rcx) with the arguments `setArgs` puts
 * in place; a negative result (a JS exception) returns an error to
 * `enter`, otherwise the result is in rax (flags from `test rax, rax`).
 */
export function emitCallback(jit: Jit, cb: X.CodeBlock, id: Callback, setArgs: () => void): void {
  X.mov(cb, X.EDI, id);
  setArgs();
  X.call(cb, X.qword(X.R15, RT.CALLBACK));
  X.test(cb, X.RAX, X.RAX);
  X.jcc(cb, 's', jit.errorExit, { rel32: true });
}

/**
 * At a loop back-edge or a function's entry: when the INTERRUPT word is set
 * (Ctrl-C in the REPL), an outlined call stops the evaluation
 * (Callback.Interrupt throws; the code returns an error to enter()). A
 * compare and a not-taken branch on the common path.
 */
export function genInterruptCheck(jit: Jit, j: JitState): void {
  const ocb = jit.outlined;
  const stop = ocb.addrOf();
  ocb.comment(`interrupt at pc ${j.pc}`);
  emitCallback(jit, ocb, Callback.Interrupt, () => frameArgs(ocb, j.pc, j.ctx.stackSize));
  X.jmp(ocb, jit.errorExit, { rel32: true });
  j.comment('interrupt check');
  X.cmp(jit.inline, X.dword(X.R12, L.INTERRUPT), 0);
  X.jcc(jit.inline, 'ne', stop, { rel32: true });
}

/** Callback arguments naming an instruction: the frame (byte offset), its pc and its stack size. */
export function frameArgs(cb: X.CodeBlock, pc: number, stackSize: number): void {
  X.mov(cb, X.RSI, X.R13);
  X.sub(cb, X.RSI, X.R12);
  X.mov(cb, X.EDX, pc);
  X.mov(cb, X.ECX, stackSize);
}

// ------------------------------------------------------------------ the table

/** An instruction's callback: its frame (byte offset from the heap base), its pc, and the stack size at it. */
export interface InsnArgs {
  readonly fpBytes: number;
  readonly pc: number;
  readonly stackSize: number;
}

/** Callback.StubHit: which branch, which of its two targets, and the frame (byte offset). */
export interface StubHitArgs {
  readonly branchId: number;
  readonly target: 0 | 1;
  readonly fpBytes: number;
}

/** Callback.GenericEntry: the callee's iseq, the caller's frame (byte offset) and the caller's stack size. */
export interface GenericEntryArgs {
  readonly iseqId: number;
  readonly fpBytes: number;
  readonly stackSize: number;
}

/** Callback.VerifyCtx: which check failed (Jit.verifySites), and the frame (byte offset). */
export interface VerifyArgs {
  readonly site: number;
  readonly fpBytes: number;
}

/**
 * One callback: how the three words machine code passes (rsi, rdx, rcx)
 * make its argument record, and what it does. The result goes back in rax;
 * a negative one (a JS exception pending) makes the code return an error to
 * enter().
 */
interface Handler<A> {
  readonly args: (a: number, b: number, c: number) => A;
  readonly run: (jit: Jit, args: A) => number;
}

function handler<A>(h: Handler<A>): Handler<unknown> {
  return h as Handler<unknown>;
}

const insnArgs = (a: number, b: number, c: number): InsnArgs => ({ fpBytes: a, pc: b, stackSize: c });

/** Makes the VM's registers name the instruction's frame and stack (a collection may run, an error may be thrown). */
function atInsn(jit: Jit, x: InsnArgs): VM {
  const vm = jit.vm;
  vm.fp = x.fpBytes >>> 2;
  vm.pc = x.pc;
  vm.sp = vm.fp + (L.FRAME_HEADER >>> 2) + 2 * x.stackSize;
  return vm;
}

/** Every callback machine code makes, by id. */
export const CALLBACKS: { readonly [K in Callback]: Handler<unknown> } = {
  [Callback.StubHit]: handler<StubHitArgs>({
    args: (a, b, c) => ({ branchId: a, target: b as 0 | 1, fpBytes: c }),
    run: (jit, x) => branchStubHit(jit, x.branchId, x.target, x.fpBytes),
  }),
  [Callback.Runtime]: handler<InsnArgs>({
    args: insnArgs,
    run: (jit, x) => {
      jit.counters.runtime_call_count++;
      if (jit.options.stats) countRuntimeCall(jit, x);
      if (runtimeCall(jit.vm, x.fpBytes, x.pc, x.stackSize) === RUNTIME_EXIT) {
        const vm = jit.vm;
        exitTo(jit, vm.pc, vm.sp << 2, vm.fp << 2);
        // A call site that continues in machine code (callee-entry.ts): enter the callee's block.
        const addr = calleeBlock(jit, vm.iseqs[vm.u32[(x.fpBytes >>> 2) + 2]].code, x.pc, vm.fp, vm.pc);
        return addr !== 0 ? addr : 1;
      }
      return 0;
    },
  }),
  [Callback.Refill]: handler<InsnArgs>({
    args: insnArgs,
    run: (jit, x) => {
      jit.counters.alloc_refill_count++;
      atInsn(jit, x).heap.refillBuffer();
      return 0;
    },
  }),
  [Callback.GenericEntry]: handler<GenericEntryArgs>({
    args: (a, b, c) => ({ iseqId: a, fpBytes: b, stackSize: c }),
    run: (jit, x) => {
      const vm = jit.vm;
      vm.fp = x.fpBytes >>> 2;
      vm.sp = vm.fp + (L.FRAME_HEADER >>> 2) + 2 * x.stackSize;
      return genericEntry(jit, x.iseqId);
    },
  }),
  [Callback.Native]: handler<InsnArgs>({
    args: insnArgs,
    run: (jit, x) => {
      jit.counters.native_call_count++;
      const vm = jit.vm;
      const fp = x.fpBytes >>> 2;
      const argc = vm.iseqs[vm.u32[fp + 2]].code[x.pc + 1];
      const fnQ = fp + (L.FRAME_HEADER >>> 2) + 2 * x.stackSize - 2 * argc - 4;
      vm.fp = fp;
      vm.pc = x.pc;
      vm.callNative(vm.u32[(vm.u32[fnQ] + L.FN_ISEQ) >>> 2], fnQ, argc, 0);
      return 0;
    },
  }),
  [Callback.Throw]: handler<InsnArgs>({
    args: insnArgs,
    run: (jit, x) => throwToHandler(jit, x.fpBytes, x.pc, x.stackSize),
  }),
  [Callback.StringChars]: handler<InsnArgs>({
    args: insnArgs,
    run: (jit, x) => {
      jit.counters.string_chars_count++;
      const vm = atInsn(jit, x);
      const argc = vm.iseqs[vm.u32[vm.fp + 2]].code[x.pc + 1];
      // The receiver sits just above the callee, below the arguments.
      vm.stringChars(vm.u32[vm.sp - 2 * argc - 2]);
      return 0;
    },
  }),
  [Callback.Interrupt]: handler<InsnArgs>({
    args: insnArgs,
    run: (jit, x) => atInsn(jit, x).interrupt(),
  }),
  [Callback.VerifyCtx]: handler<VerifyArgs>({
    args: (a, b) => ({ site: a, fpBytes: b }),
    run: (jit, x) => verifyFailed(jit, x.site, x.fpBytes),
  }),
};

/** With --stats: runtime calls by instruction (and, at a send, by built-in). */
function countRuntimeCall(jit: Jit, x: InsnArgs): void {
  const code = jit.vm.iseqs[jit.vm.u32[(x.fpBytes >>> 2) + 2]].code;
  let name = OPS[code[x.pc]].name;
  if (code[x.pc] === Op.send) {
    // Which built-in: the callee below this and the arguments.
    const fnQ = (x.fpBytes >>> 2) + (L.FRAME_HEADER >>> 2) + 2 * (x.stackSize - code[x.pc + 1] - 2);
    const fn = jit.vm.u32[fnQ];
    if (jit.vm.u32[fnQ + 1] === L.TAG_FUNCTION && jit.vm.u32[(fn + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE) name += ` ${jit.vm.natives[jit.vm.u32[(fn + L.FN_ISEQ) >>> 2]].name}`;
  }
  jit.runtimeCalls.set(name, (jit.runtimeCalls.get(name) ?? 0) + 1);
}

const TABLE: (Handler<unknown> | undefined)[] = [];
for (const [id, h] of Object.entries(CALLBACKS)) TABLE[Number(id)] = h;

/** lbbv_callback(id, a, b, c): the handler for `id`, with its argument record. */
export function callback(jit: Jit, id: number, a: number, b: number, c: number): number {
  const h = TABLE[id];
  if (h === undefined) throw new Error(`lbbv: unknown JIT callback ${id}`);
  return h.run(jit, h.args(a, b, c));
}
