// Entering machine code from the interpreter (Jit.enter): the entry
// prologues, typed (a function's start, argument types checked) or generic
// (loop headers, and functions called with varying types), the back-off
// after side exits, and the generic entries megamorphic call sites jump
// through.

import { ISEQ_ARGUMENTS, ISEQ_SUSPENDS, type ISeq } from '../bytecode/iseq';
import { trackedLocals } from '../bytecode/liveness';
import { L } from '../vm/layout';
import type { VM } from '../vm/vm';
import { RT } from '../native';
import * as X from '../x86asm';
import { Context, MAX_LOCALS, tagOfType, Type, typeName, typeOfTag } from './context';
import { Slot } from './stats';
import { blockId } from './versions';
import { emitFrameHeader } from './codegen/frame';
import type { Jit } from './jit';
import { compileBlock } from './core';
import { withoutDeadTypes } from './branches';
import { EXIT_FP } from './core';
import { TRACE_SITE } from './core';

/** What a typed entry returns when the arguments' types are not the ones it was made for (nothing ran). */
const ENTRY_TYPES_DIFFER = 3;

/** Longest entry back-off after side exits, in skipped entries. */
const MAX_BACKOFF = 1024;

/**
 * The generic entry of an iseq for megamorphic calls, made on first use:
 * a trampoline that pushes the callee's frame for any argument count and
 * jumps to its entry version for unknown argument types. Its interface
 * (see gen_send): rax = the function, rdi = address of its stack slot,
 * esi = argc, edx = the caller's return pc, rcx = the JIT return address,
 * r8 = where to go if the frame does not fit. Returns 0 where there is
 * none (rest parameters, code memory full); the site then calls the
 * runtime.
 */
export function genericEntry(jit: Jit, iseqId: number): number {
  const have = iseqId < jit.genericEntryCount ? Number(jit.genericEntries[iseqId]) : 0;
  if (have !== 0 || iseqId >= jit.genericEntryCount || jit.full) return have;
  const iseq = jit.vm.iseqs[iseqId];
  // Rest parameters, and functions reading `arguments` (their frame may move): the runtime's call path.
  if (iseq.restIndex >= 0 || iseq.flags & (ISEQ_ARGUMENTS | ISEQ_SUSPENDS)) return 0;
  let ctx = Context.unknown(0);
  const slots = trackedLocals(iseq, MAX_LOCALS);
  for (let i = iseq.paramCount; i < iseq.localCount; i++) if (slots[i] >= 0) ctx = ctx.setLocalType(slots[i], Type.Undefined);
  const id = blockId(iseqId, 0);
  const blk = jit.versions.find(id, ctx) ?? (jit.versions.atCap(id, ctx) ? null : compileBlock(jit, iseq, 0, ctx, -1));
  if (!blk) return 0;
  const ocb = jit.outlined;
  const addr = ocb.addrOf();
  const nl = iseq.localCount;
  const p = iseq.paramCount;
  const args = 16;
  const nf = args + 8 * nl;
  ocb.comment(`generic entry ${iseq.name || '<anonymous>'} (iseq ${iseqId}, ${p} params, ${nl} locals)`);
  X.lea(ocb, X.R9, X.mem(0, X.RDI, nf + L.FRAME_HEADER + 8 * iseq.maxStack));
  X.sub(ocb, X.R9, X.R12);
  X.cmp(ocb, X.R9, jit.vm.stackLimit * 4);
  const fits = ocb.newLabel('fits');
  X.jcc(ocb, 'b', fits);
  X.jmp(ocb, X.R8);
  ocb.bindLabel(fits);
  ocb.linkLabels();
  X.mov(ocb, X.R11, BigInt(L.TAG_UNDEF) << 32n);
  for (let i = 0; i < nl; i++) {
    // Parameters the caller did not pass, and the other locals, start undefined.
    const skip = ocb.newLabel('skip');
    if (i < p) {
      X.cmp(ocb, X.ESI, i);
      X.jcc(ocb, 'a', skip);
    }
    X.mov(ocb, X.qword(X.RDI, args + 8 * i), X.R11);
    ocb.bindLabel(skip);
  }
  ocb.linkLabels();
  X.mov(ocb, X.R9D, X.dword(X.R12, L.FN_FLAGS, X.RAX));
  const notArrow = ocb.newLabel('not_arrow');
  X.test(ocb, X.R9D, L.FNF_ARROW);
  X.jcc(ocb, 'e', notArrow);
  X.mov(ocb, X.R9, X.qword(X.R12, L.FN_THIS, X.RAX));
  X.mov(ocb, X.qword(X.RDI, 8), X.R9);
  ocb.bindLabel(notArrow);
  ocb.linkLabels();
  // The same frame header as a call from machine code (codegen/frame.ts).
  emitFrameHeader(ocb, { base: X.RDI, disp: nf, returnPc: X.EDX, iseqId, flags: 0, jitRet: X.RCX, argc: X.ESI, construct: false, scratch: [X.R9, X.R11] });
  X.lea(ocb, X.R13, X.mem(0, X.RDI, nf));
  X.jmp(ocb, blk.address, { rel32: true });
  if (ocb.dropped) return 0;
  jit.genericEntries[iseqId] = BigInt(addr);
  jit.genericEntryBlocks.set(iseqId, blk);
  return addr;
}

/**
 * Runs machine code for the frame at fp (q-index) from pc with the stack
 * top at sp, compiling an entry first if needed. Returns false if there is
 * no code (not compilable there); otherwise vm.pc/vm.sp are where the
 * interpreter resumes.
 */
export function enter(jit: Jit, vm: VM, fp: number, pc: number, sp: number): boolean {
  const iseq = vm.iseqs[vm.u32[fp + 2]];
  // Generator and async bodies stay interpreted (their frames suspend; docs/ARCHITECTURE.md §8).
  if (iseq.flags & ISEQ_SUSPENDS) return false;
  // Back-off: code whose last entries side-exited waits a growing number of entries before it runs again.
  if (iseq.jitSkip > 0) {
    iseq.jitSkip--;
    return false;
  }
  const stackSize = (sp - fp - (L.FRAME_HEADER >>> 2)) >>> 1;
  if (stackSize > 255) return false;
  const key = blockId(iseq.id, pc) * 256 + stackSize;
  let entry = jit.entries.get(key);
  if (entry === undefined) {
    entry = compileEntry(jit, iseq, pc, stackSize, fp, key);
    jit.entries.set(key, entry);
  }
  if (entry === 0) return false;
  jit.counters.jit_entry_count++;
  const exitsBefore = jit.rt32[jit.counterOffset(Slot.Exits) / 4];
  jit.rt32[TRACE_SITE / 4] = 0;
  if (jit.native.enter(entry, vm.mem.address, fp << 2, sp << 2) === ENTRY_TYPES_DIFFER) {
    // A typed function entry called with other argument types: from now on the function is entered generically.
    jit.counters.entry_types_differ++;
    entry = compileEntry(jit, iseq, pc, stackSize, fp, key, true);
    jit.entries.set(key, entry);
    if (entry === 0) return false;
    jit.native.enter(entry, vm.mem.address, fp << 2, sp << 2);
  }
  const site = jit.rt32[TRACE_SITE / 4];
  jit.rt32[TRACE_SITE / 4] = 0;
  if (site !== 0 && jit.storm.onExit(site)) {
    // The exit stormed and its block is recompiled wider (storm.ts): the back-off it built up goes.
    iseq.jitBackoff = 0;
    iseq.jitSkip = 0;
  } else if (jit.rt32[jit.counterOffset(Slot.Exits) / 4] !== exitsBefore) {
    iseq.jitBackoff = Math.min(Math.max(1, iseq.jitBackoff * 2), MAX_BACKOFF);
    iseq.jitSkip = iseq.jitBackoff;
    jit.counters.backoff_count++;
  } else if (iseq.jitBackoff > 0) iseq.jitBackoff >>= 1;
  vm.pc = jit.rt32[RT.EXIT_PC / 4];
  vm.sp = jit.rt32[RT.EXIT_SP / 4] >>> 2;
  vm.fp = jit.rt32[EXIT_FP / 4] >>> 2;
  return true;
}

/**
 * An entry from the interpreter at (iseq, pc): aligns the native stack and
 * jumps to a version of the block there. At a function's start the first
 * entry is typed like a call from machine code (interprocedural
 * versioning): the arguments' current types, the other locals undefined.
 * It checks the argument types; when a later call brings others it returns
 * ENTRY_TYPES_DIFFER without running anything, and enter() replaces it by
 * a generic entry (`generic`). Loop entries are generic: typing them
 * multiplied versions more than it saved checks (sudoku, fannkuchredux).
 */
export function compileEntry(jit: Jit, iseq: ISeq, pc: number, stackSize: number, fp: number, key: number, generic = false): number {
  let ctx = Context.unknown(stackSize);
  const slots = trackedLocals(iseq, MAX_LOCALS);
  const typed = !generic && pc === 0 && stackSize === 0;
  if (typed) {
    const lb = fp - 2 * iseq.localCount;
    for (let i = 0; i < iseq.localCount; i++) {
      // A rest parameter's local holds its array (the call filled it), not undefined: left unknown.
      if (slots[i] < 0 || i === iseq.restIndex) continue;
      ctx = ctx.setLocalType(slots[i], i < iseq.paramCount ? typeOfTag(jit.vm.u32[lb + 2 * i + 1]) : Type.Undefined);
    }
    // As for a branch: the same version as a call from machine code with these argument types.
    ctx = withoutDeadTypes(jit, iseq.id, pc, ctx);
  }
  const id = blockId(iseq.id, pc);
  const blk = jit.versions.find(id, ctx) ?? (jit.versions.atCap(id, ctx) ? null : compileBlock(jit, iseq, pc, ctx, fp));
  if (!blk) return 0;
  const ocb = jit.outlined;
  const addr = ocb.addrOf();
  ocb.comment(`entry ${iseq.name}@${pc} (stack ${stackSize})`);
  // The version found or made may know less than ctx (the cap): check only what it relies on.
  const differ = ocb.newLabel('types_differ');
  let checks = 0;
  for (let i = 0; typed && i < iseq.paramCount; i++) {
    const t = slots[i] < 0 ? Type.Unknown : blk.ctx.localType(slots[i]);
    if (t === Type.Unknown) continue;
    ocb.comment(`entry: argument ${i} is ${typeName(t)}?`);
    if (jit.options.stats) X.inc(ocb, X.qword(X.R15, jit.counterOffset(Slot.TypeChecks)));
    const tag = X.dword(X.R13, -8 * (iseq.localCount - i) + 4);
    if (t === Type.Double) {
      X.cmp(ocb, tag, L.TAG_BASE | 0);
      X.jcc(ocb, 'ae', differ, { rel32: true });
    } else {
      X.cmp(ocb, tag, tagOfType(t) | 0);
      X.jcc(ocb, 'ne', differ, { rel32: true });
    }
    checks++;
  }
  X.sub(ocb, X.RSP, 8);
  // r14: the int32 tag in the high half, for one-store int boxing (state.storeInt).
  X.mov(ocb, X.R14, BigInt(L.TAG_INT) << 32n);
  X.jmp(ocb, blk.address, { rel32: true });
  if (checks > 0) {
    ocb.bindLabel(differ);
    X.mov(ocb, X.EAX, ENTRY_TYPES_DIFFER);
    X.ret(ocb);
  }
  ocb.linkLabels();
  if (ocb.dropped) return 0;
  jit.entryBlocks.set(key, blk);
  return addr;
}
