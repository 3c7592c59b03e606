// The exit-storm policy: a side exit that keeps running is a cliff.
//
// Every side exit machine code takes writes the index of its site (one
// emitted exit) to the runtime block; Jit.enter counts the exit against its
// site when machine code returns. When one site has exited STORM_EXITS
// times, the block holding it is invalidated (jit.invalidateBlock) and the
// instruction's storm level goes up by one, so the block compiled next in
// its place is wider at that instruction:
//
//   level 1  a gen function that has a generic inline path takes it
//            (numbers of any representation for arithmetic, comparisons
//            and bitwise operators: STORM_GENERIC_OPS); any other
//            instruction with a runtime call (runtime.ts RUNTIME_OPS)
//            compiles to that call;
//   level 2  the runtime call, for those too.
//
// Instructions with neither stay as they are (the entry back-off still
// bounds them). Each recompile counts in --stats as exit_storm_recompiles;
// the runtime calls made in place of a stormed fast path count as the
// slow path `exit_storm_<op>_slow_path`. The back-off of the function the exit
// left is reset, so the recompiled code runs at once.
//
// Counting is per emitted exit: warm-up exits of an instruction that then
// settles stay below the limit, and one exit site in a loop cannot exit more
// than STORM_EXITS times before its block is replaced.

import type { ISeq } from '../bytecode/iseq';
import { Op } from '../bytecode/opnums';
import type { Block } from './versions';
import { blockId } from './versions';
import type { ExitKind } from './exits';

/** Exits of one site before its block is recompiled wider. */
export const STORM_EXITS = 16;

/** Highest storm level (see the header). */
export const MAX_STORM_LEVEL = 2;

/** Instructions whose gen functions have a generic inline path for storm level 1. */
export const STORM_GENERIC_OPS: ReadonlySet<number> = new Set([
  Op.opt_plus, Op.opt_minus, Op.opt_mult, Op.opt_div,
  Op.opt_lt, Op.opt_le, Op.opt_gt, Op.opt_ge,
  Op.opt_and, Op.opt_or, Op.opt_xor, Op.opt_shl, Op.opt_sar, Op.opt_shr, Op.opt_mod,
  Op.opt_stricteq, Op.opt_strictneq,
]);

/** One emitted side exit. */
export interface ExitSite {
  readonly iseq: ISeq;
  /** Where the interpreter resumes. */
  readonly pc: number;
  /** The instruction whose code holds the exit. */
  readonly insnPc: number;
  readonly name: string;
  readonly kind: ExitKind;
  /** The block whose code holds the exit (null: shared code). */
  readonly block: Block | null;
  /** Times it ran. */
  count: number;
}

/** What the policy needs of the JIT. */
export interface StormHost {
  invalidateBlock(b: Block): void;
}

export class StormPolicy {
  /** Every side exit emitted, by index (the runtime block holds index + 1 of the last one taken). */
  readonly sites: ExitSite[] = [];
  /** Storm level by blockId(iseq, instruction pc). */
  private readonly levels = new Map<number, number>();
  /** Blocks invalidated because an exit in them stormed. */
  recompiles = 0;

  constructor(private readonly host: StormHost) {}

  /** Records an emitted exit; returns the number the exit writes (index + 1). */
  addSite(site: ExitSite): number {
    this.sites.push(site);
    return this.sites.length;
  }

  /** The storm level of the instruction at (iseq, pc). */
  level(iseq: ISeq, pc: number): number {
    return this.levels.get(blockId(iseq.id, pc)) ?? 0;
  }

  /** An exit ran (its number as written by machine code; 0: not a recorded site). True when it made a block recompile. */
  onExit(siteNumber: number): boolean {
    if (siteNumber === 0) return false;
    const site = this.sites[siteNumber - 1];
    if (!site) return false;
    site.count++;
    if (site.kind !== 'side_exit' || site.count < STORM_EXITS || !site.block || site.block.invalid) return false;
    const key = blockId(site.iseq.id, site.insnPc);
    const level = this.levels.get(key) ?? 0;
    if (level >= MAX_STORM_LEVEL) return false;
    this.levels.set(key, level + 1);
    this.recompiles++;
    this.host.invalidateBlock(site.block);
    // The recompiled code should run now, not after the back-off the storm built up.
    site.iseq.jitSkip = 0;
    site.iseq.jitBackoff = 0;
    return true;
  }
}
