// Branches between block versions (YJIT's branch handling in core.rs):
// conditional branches and direct jumps to a (iseq, pc, context) target,
// the stubs that stand for targets not compiled yet, guard failure paths,
// and branch_stub_hit, which compiles a stub's target and patches the
// branch to it.

import { liveLocals, readsSelf, trackedLocals } from '../bytecode/liveness';
import { L } from '../vm/layout';
import * as X from '../x86asm';
import { Context, MAX_LOCALS, Type } from './context';
import { JitState } from './codegen/state';
import { Branch, BranchShape, type BranchTarget, emitBranch, makeFallthrough, retarget } from './stubs';
import type { Jit } from './jit';
import { compileBlock, exitTo } from './core';
import { Callback, emitCallback } from './callbacks';

/** A stub: calls branch_stub_hit(branch, target, fp) and jumps where it says. */
export function genStub(jit: Jit, branchId: number, idx: number, iseqId: number, pc: number): number {
  const ocb = jit.outlined;
  const addr = ocb.addrOf();
  if (ocb.commentsEnabled) ocb.comment(`stub: branch ${branchId} target ${idx} → ${jit.vm.iseqs[iseqId].name || '<anonymous>'} pc ${pc}`);
  emitCallback(jit, ocb, Callback.StubHit, () => {
    X.mov(ocb, X.ESI, branchId);
    X.mov(ocb, X.EDX, idx);
    X.mov(ocb, X.RCX, X.R13);
    X.sub(ocb, X.RCX, X.R12);
  });
  X.jmp(ocb, X.RAX);
  return addr;
}

/** Ends the current block with a jump to (iseqId, pc) in context ctx (a stub until that version exists). */
export function genDirectJump(jit: Jit, j: JitState, pc: number, ctx: Context, iseqId = j.iseq.id): Branch {
  return genBranch(jit, j, null, pc, ctx, -1, null, iseqId);
}

/**
 * Ends the current block with a branch: to `pc0` (falling through, or the
 * only target) and, when `cc` is given, to `pc1` if cc holds. Targets
 * already compiled for a compatible context are jumped to directly;
 * others get stubs.
 */
export function genBranch(jit: Jit, j: JitState, cc: X.CC | null, pc0: number, ctx0: Context, pc1: number, ctx1: Context | null, iseqId = j.iseq.id): Branch {
  const id = jit.branches.length;
  const target = (pc: number, ctx: Context, idx: number): BranchTarget => {
    // A guard chain's depth belongs to its instruction: successors start again at depth 0.
    if (pc !== j.pc || iseqId !== j.iseq.id) ctx = ctx.withChainDepth(0);
    ctx = withoutDeadTypes(jit, iseqId, pc, ctx);
    const blk = jit.versions.find(iseqId, pc, ctx);
    const t: BranchTarget = { iseqId, pc, ctxId: jit.contexts.intern(ctx), ctx, address: 0, block: blk };
    t.address = blk ? blk.address : genStub(jit, id, idx, iseqId, pc);
    return t;
  };
  const t0 = target(pc0, ctx0, 0);
  const t1 = cc !== null && ctx1 ? target(pc1, ctx1, 1) : null;
  const br = new Branch(id, j.block, cc, [t0, t1]);
  jit.branches.push(br);
  j.block.outgoing.push(id);
  for (const t of [t0, t1]) if (t && t.block) t.block.incoming.push(id);
  emitBranch(jit.inline, br);
  jit.counters.compiled_branch_count++;
  return br;
}

/**
 * The context a branch to (iseq, pc) versions on: types of locals that are
 * dead there (written before any read; bytecode/liveness.ts) and of a
 * `this` the function never reads are dropped, so arrivals that differ
 * only in values nobody reads share one version.
 */
export function withoutDeadTypes(jit: Jit, iseqId: number, pc: number, ctx: Context): Context {
  const iseq = jit.vm.iseqs[iseqId];
  const live = liveLocals(iseq, pc);
  const slots = trackedLocals(iseq, MAX_LOCALS);
  let c = ctx;
  for (let i = 0; i < Math.min(slots.length, 32); i++) {
    const s = slots[i];
    if (s >= 0 && !(live & (1 << i)) && c.localType(s) !== Type.Unknown) c = c.setLocalType(s, Type.Unknown);
  }
  if (c.selfType !== Type.Unknown && !readsSelf(iseq)) c = c.setSelfType(Type.Unknown);
  return c;
}

/**
 * A guard's failure path: `jcc cc` to a stub for (pc, ctx). The branch is
 * never made to fall through (shape Next0: the guarded code follows).
 */
export function genGuardBranch(jit: Jit, j: JitState, cc: X.CC, pc: number, ctx: Context): void {
  const id = jit.branches.length;
  ctx = withoutDeadTypes(jit, j.iseq.id, pc, ctx);
  const blk = jit.versions.find(j.iseq.id, pc, ctx);
  const t: BranchTarget = { iseqId: j.iseq.id, pc, ctxId: jit.contexts.intern(ctx), ctx, address: 0, block: blk };
  t.address = blk ? blk.address : genStub(jit, id, 0, j.iseq.id, pc);
  const br = new Branch(id, j.block, null, [t, null]);
  br.shape = BranchShape.Next0;
  br.start = jit.inline.writePos;
  br.jumpPos[0] = X.jcc(jit.inline, cc, t.address, { rel32: true });
  br.end = jit.inline.writePos;
  jit.branches.push(br);
  j.block.outgoing.push(id);
  if (blk) blk.incoming.push(id);
  jit.counters.compiled_branch_count++;
}

/**
 * branch_stub_hit: compiles (or finds) the version of the branch's target
 * for its context, patches the branch to it, and returns its address. If
 * the branch is the last code written, the new block goes right after it
 * and the branch falls through. If nothing can be compiled, returns the
 * generic exit with the interpreter's resume point filled in.
 */
export function branchStubHit(jit: Jit, branchId: number, idx: 0 | 1, fpBytes: number): number {
  const br = jit.branches[branchId];
  const t = br.targets[idx]!;
  if (t.block) return t.block.address;
  jit.counters.stub_hit_count++;
  const iseq = jit.vm.iseqs[t.iseqId];
  let blk = jit.versions.find(t.iseqId, t.pc, t.ctx);
  if (!blk && jit.versions.atCap(t.iseqId, t.pc, t.ctx)) {
    // At the cap and nothing fits: the interpreter takes it from here.
    return exitTo(jit, t.pc, fpBytes + L.FRAME_HEADER + 8 * t.ctx.stackSize, fpBytes);
  }
  if (!blk) {
    // Compiling may allocate (pinned strings, a lazy prototype): let the collector see this frame's stack.
    jit.vm.fp = fpBytes >>> 2;
    jit.vm.sp = jit.vm.fp + (L.FRAME_HEADER >>> 2) + 2 * t.ctx.stackSize;
    const fell = makeFallthrough(jit.inline, br, idx);
    blk = compileBlock(jit, iseq, t.pc, t.ctx, fpBytes >>> 2);
    if (blk && fell) jit.counters.block_next_count++;
    if (!blk) {
      if (fell) {
        // The branch now falls through into nothing: give it back its jump.
        br.jumpPos[idx] = X.jmp(jit.inline, t.address, { rel32: true });
        br.end = jit.inline.writePos;
      }
      return exitTo(jit, t.pc, fpBytes + L.FRAME_HEADER + 8 * t.ctx.stackSize, fpBytes);
    }
  }
  t.block = blk;
  t.address = blk.address;
  blk.incoming.push(br.id);
  retarget(jit.inline, br, idx, blk.address);
  return blk.address;
}
