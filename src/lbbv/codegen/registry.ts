// The opcode → gen function table. Each family file (stack.ts, arith.ts,
// branch.ts, calls.ts, props.ts, alloc.ts, misc.ts) registers its gen
// functions here with reg('<opcode>', gen_<opcode>) when it loads;
// codegen/gen.ts loads them all, and the block compiler (jit.ts) reads GEN.

import { OP, OPS } from '../../bytecode/opcodes';
import type { JitState, Status } from './state';

export type GenFn = (j: JitState) => Status;

// -------------------------------------------------------------------- table

/** gen function per opcode; undefined means "side exit to the interpreter". */
export const GEN: (GenFn | undefined)[] = new Array(OPS.length);

/**
 * For gen functions whose code never touches the double cache's registers
 * and calls out only on outlined paths that reload the cache
 * (jit.genSlowPath, jit.genRefillPath): the cache survives them (the slots
 * they write are forgotten by the block compiler).
 */
export function keepsXmm(fn: GenFn): GenFn {
  return (j) => {
    const status = fn(j);
    j.keepXmm();
    return status;
  };
}

export function reg(name: string, fn: GenFn): void {
  const op = OP[name];
  if (op === undefined) throw new Error(`lbbv: no opcode ${name}`);
  if (GEN[op]) throw new Error(`lbbv: gen_${name} registered twice`);
  GEN[op] = fn;
}
