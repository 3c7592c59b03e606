// Block versions.
//
// A BlockId is (iseq, instruction index). Each BlockId has a list of
// compiled versions, each specialised for the Context it was compiled with.
// find() takes an exact match; otherwise, while the BlockId has a single
// version, a context that a compatible version would lose types for gets a
// version of its own; after that, the compatible version with the smallest
// Context.diff serves. The cap (--jit-max-versions) makes the last version the generic
// one, which every later request can use. Guard-chain versions (one instruction
// compiled again for another receiver shape, callee or operand type) are
// bounded by their chain's depth limit instead and do not count towards the
// cap.

import { Context, INCOMPATIBLE } from '../context';

/** A compiled block version. */
export class Block {
  /** (iseqId, pc) as one BlockId. */
  readonly id: BlockId;
  /** Branches whose targets point at this block (patched back to stubs on invalidation). */
  readonly incoming: number[] = [];
  /** Branches this block ends with (indices into the JIT's branch table). */
  readonly outgoing: number[] = [];
  /** [start, end) of the block's inline code, as positions in the inline code block. */
  start = 0;
  end = 0;
  /** Bytecode instructions covered (for --stats jit_insns_count). */
  insnCount = 0;
  /** Last instruction index compiled into the block. */
  endPc = 0;
  /** An assumption it was compiled under broke: it is out of the version table and no branch leads here any more. */
  invalid = false;

  constructor(
    readonly iseqId: number,
    readonly pc: number,
    /** The entry context (interned id and the object). */
    readonly ctxId: number,
    readonly ctx: Context,
    /** Absolute address of the block's first instruction. */
    readonly address: number,
    /** 1-based version number within its BlockId, for --disasm. */
    readonly version: number,
  ) {
    this.id = blockId(iseqId, pc);
  }
}

/**
 * A block's identity, (iseq, instruction index), packed into one number
 * (iseq id × 2^20 + pc) so it serves as a map key as it is.
 */
export type BlockId = number & { readonly __blockId: never };

export function blockId(iseqId: number, pc: number): BlockId {
  return (iseqId * 0x100000 + pc) as BlockId;
}

/** How much of the version cap stays out of reach of specialising a context that a compatible version could serve (see find). */
export const SPECIALISE_SLACK = 2;

export class VersionTable {
  private readonly byId = new Map<BlockId, Block[]>();
  /** Number of compiled blocks (all versions). */
  blockCount = 0;

  constructor(readonly maxVersions: number) {}

  versions(id: BlockId): readonly Block[] {
    return this.byId.get(id) ?? [];
  }

  /**
   * find_block_version: the version to use for `ctx`, or null to compile a
   * new one. An exact match (diff 0) is used; so is the compatible version
   * with the smallest diff (ties: the first), except that while the BlockId
   * has fewer than maxVersions - SPECIALISE_SLACK versions (one, with the
   * default cap of 4), a context that would lose type knowledge on a more
   * general version gets its own version instead (as Higgs does; YJIT takes
   * any compatible version), so the order in which contexts arrive does not
   * decide which type checks remain. The rest of the cap is kept for
   * contexts no version can serve. (Measured on the ports, quick runs: slack
   * 1 gave 1.34 versions per block (geomean over ports) and 21.8% of the
   * one-version run's type checks; slack 2 gives 1.28 and 21.0%.)
   */
  find(id: BlockId, ctx: Context): Block | null {
    let best: Block | null = null;
    let bestDiff = INCOMPATIBLE;
    for (const b of this.versions(id)) {
      const d = Context.diff(ctx, b.ctx);
      if (d < bestDiff) {
        best = b;
        bestDiff = d;
      }
    }
    if (best && bestDiff > 0 && ctx.chainDepth === 0 && Context.typeLoss(ctx, best.ctx) > 0 && this.rootCount(id) + SPECIALISE_SLACK < this.maxVersions) return null;
    return best;
  }

  /**
   * The context a new version must be compiled for: `ctx` itself, or the
   * generic context when the BlockId would reach the version cap.
   */
  limitContext(id: BlockId, ctx: Context): Context {
    // Guard-chain versions (depth > 0) are bounded by their chain's depth limit, not by the cap.
    if (ctx.chainDepth > 0) return ctx;
    return this.rootCount(id) + 1 >= this.maxVersions ? ctx.generic() : ctx;
  }

  /** Versions of a BlockId that are not guard-chain versions (the ones the cap counts). */
  rootCount(id: BlockId): number {
    let n = 0;
    for (const b of this.versions(id)) if (b.ctx.chainDepth === 0) n++;
    return n;
  }

  /** True when the cap leaves no room for another version for `ctx` (chain versions are not capped). */
  atCap(id: BlockId, ctx: Context): boolean {
    return ctx.chainDepth === 0 && this.rootCount(id) >= this.maxVersions;
  }

  add(block: Block): void {
    const key = block.id;
    let list = this.byId.get(key);
    if (!list) {
      list = [];
      this.byId.set(key, list);
    }
    list.push(block);
    this.blockCount++;
  }

  /** Takes an invalidated version out: later requests compile a new one in its place. */
  remove(block: Block): void {
    const key = block.id;
    const list = this.byId.get(key);
    if (!list) return;
    const i = list.indexOf(block);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byId.delete(key);
  }

  /** Number of distinct BlockIds with at least one version. */
  get blockIdCount(): number {
    return this.byId.size;
  }

  /** versions → number of BlockIds with that many versions. */
  histogram(): Record<string, number> {
    const h: Record<string, number> = {};
    for (const list of this.byId.values()) h[list.length] = (h[list.length] ?? 0) + 1;
    return h;
  }

  get maxVersionsSeen(): number {
    let m = 0;
    for (const list of this.byId.values()) m = Math.max(m, list.length);
    return m;
  }

  /** Distinct iseqs with compiled code. */
  iseqCount(): number {
    const s = new Set<number>();
    for (const key of this.byId.keys()) s.add(Math.floor(key / 0x100000));
    return s.size;
  }

  *all(): IterableIterator<Block> {
    for (const list of this.byId.values()) yield* list;
  }
}
