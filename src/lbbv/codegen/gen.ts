// The JIT's code generators: one gen_<opcode> per bytecode instruction the
// JIT compiles, found through the GEN table (registry.ts). An instruction
// without a handler ends its block with a side exit, so coverage can grow one
// instruction at a time. Values live in their VM stack slots (addressed from
// r13, the frame); the Context says what is known about each, and a guard is
// emitted only where it is not.
//
// The gen functions live by instruction family:
//   stack.ts   constants, stack moves, locals, environments, globals
//   arith.ts   arithmetic, bitwise operators, comparisons, !, typeof
//   branch.ts  jump, branchif, branchunless
//   calls.ts   send, new, the callee frame, leave, throw
//   props.ts   property reads/writes, length, element access
//   alloc.ts   objects, arrays, closures, environments allocated inline
//   misc.ts    self-hosted built-in helpers, for...in, in, this coercion, arguments[i]
// Each registers its functions with reg('<opcode>', gen_<opcode>) when it
// loads; this module loads them all. Built-in fast paths live apart
// (builtins.ts, registered in natives.ts).

import './stack';
import './arith';
import './branch';
import './calls';
import './props';
import './alloc';
import './misc';

export { GEN, type GenFn } from './registry';
export { doubleSource, loadDouble, pushCachedDouble, storeInteger } from './arith';
export { guardNativeCallee } from './calls';
export { genIsArray } from './misc';
