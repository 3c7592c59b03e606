// Branches and stubs.
//
// A block ends in a branch with one or two targets. Each target starts as a
// stub in the outlined code block: a few instructions that call
// branch_stub_hit (through the native callback trampoline) with the branch
// and target index, then jump to the address it returns. branch_stub_hit
// (in jit.ts) compiles the target version and patches the branch so the
// stub is never taken again. Patched code never grows: a jump is only
// re-targeted in place, or removed when the new block is placed right after
// it (the branch then falls through).
//
// Branch shapes:
//   Default  jcc cc → T1 ; jmp → T0     (or just jmp → T0 for one target)
//   Next0    jcc cc → T1                (T0 follows)
//   Next1    jcc !cc → T0               (T1 follows)

import type { Context } from '../context';
import type { Block } from '../versions';
import * as X from '../../x86asm';

export const enum BranchShape {
  Default = 0,
  Next0 = 1,
  Next1 = 2,
}

export interface BranchTarget {
  readonly iseqId: number;
  readonly pc: number;
  readonly ctxId: number;
  readonly ctx: Context;
  /** Address of the stub (until compiled) or of the target block. */
  address: number;
  /** The compiled target, once branch_stub_hit has run. */
  block: Block | null;
}

export class Branch {
  shape = BranchShape.Default;
  /** Inline positions of the jump that goes to each target (-1: none, the target follows). */
  readonly jumpPos: [number, number] = [-1, -1];
  /** Inline code range of the branch. */
  start = 0;
  end = 0;

  constructor(
    readonly id: number,
    readonly src: Block,
    /** Condition for taking target 1 (jcc); null for an unconditional branch to target 0. */
    readonly cc: X.CC | null,
    readonly targets: [BranchTarget, BranchTarget | null],
  ) {}
}

/** Emits a branch's code at the inline write position with its current target addresses (Default shape). */
export function emitBranch(cb: X.CodeBlock, br: Branch): void {
  br.start = cb.writePos;
  const [t0, t1] = br.targets;
  if (br.cc !== null && t1) {
    br.jumpPos[1] = X.jcc(cb, br.cc, t1.address, { rel32: true });
  }
  br.jumpPos[0] = X.jmp(cb, t0.address, { rel32: true });
  br.end = cb.writePos;
  br.shape = BranchShape.Default;
}

/**
 * Makes target `idx` fall through when the branch is the last code in the
 * inline block: drops or inverts its jump and rewinds the write position, so
 * the target block is compiled right after it. Returns false if not possible.
 */
export function makeFallthrough(cb: X.CodeBlock, br: Branch, idx: 0 | 1): boolean {
  if (br.end !== cb.writePos || br.shape !== BranchShape.Default) return false;
  const [t0, t1] = br.targets;
  if (idx === 0) {
    // Drop the trailing `jmp → T0`.
    cb.rewind(br.jumpPos[0]);
    br.jumpPos[0] = -1;
    br.shape = BranchShape.Next0;
  } else {
    if (br.cc === null || !t1) return false;
    // `jcc → T1; jmp → T0` becomes `jcc !cc → T0` with T1 following.
    cb.rewind(br.start);
    br.jumpPos[0] = X.jcc(cb, X.invertCC(br.cc), t0.address, { rel32: true });
    br.jumpPos[1] = -1;
    br.shape = BranchShape.Next1;
  }
  br.end = cb.writePos;
  return true;
}

/** Points the jump to target `idx` at `address` in place. */
export function retarget(cb: X.CodeBlock, br: Branch, idx: 0 | 1, address: number): void {
  const pos = br.jumpPos[idx];
  if (pos < 0) return;
  const r = cb.patchJump(pos, address);
  if (!r.ok) throw new Error(`lbbv: cannot patch branch ${br.id}: ${r.error}`);
}
