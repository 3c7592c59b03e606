// The built-in codegen table (YJIT's yjit_reg_method): a built-in's
// qualified name → the generator gen_send uses when the callee is that
// built-in. The JIT finds each built-in's native id by its name through the
// realm when it starts (resolveNatives), so the VM keeps no list for it.
//
// To add a fast path: write the generator in builtins.ts (it guards the
// callee's identity with guardNativeCallee), then register it here.
// A generator returns null when the call's arguments do not fit it; the
// call then takes the generic built-in path (a direct call, identity guarded).

import { L } from '../../vm/layout';
import type { VM } from '../../vm/vm';
import * as X from '../../x86asm';
import { Type } from '../context';
import {
  genArrayIsArray, genArrayPush, genMathImul, genMathMinMax, genMathPowInt, genMathUnary, genStringCharCodeAt,
} from './builtins';
import type { JitState, Status } from './state';

/** A fast path for a call of a built-in with `argc` arguments (the callee's native id given), or null. */
export type NativeGen = (j: JitState, argc: number, nativeId: number) => Status | null;

/** The operand types of the top two stack values (run-time peeked) are both int32. */
function twoInts(j: JitState, argc: number): boolean {
  return argc === 2 && j.peekRuntimeType(1) === Type.Int32 && j.peekRuntimeType(0) === Type.Int32;
}

/** Math.floor and Math.ceil need SSE4.1's roundsd. */
function unary(op: 'sqrt' | 'floor' | 'ceil' | 'abs'): NativeGen {
  return (j, argc, id) => (argc >= 1 && (op !== 'floor' && op !== 'ceil' || X.hasSSE41()) ? genMathUnary(j, argc, id, op) : null);
}

export const NATIVES: Readonly<Record<string, NativeGen>> = {
  'Array.prototype.push': (j, argc, id) => (argc === 1 && j.peekTag(1) === L.TAG_ARRAY ? genArrayPush(j, id) : null),
  'Array.isArray': (j, argc, id) => (argc === 1 ? genArrayIsArray(j, id) : null),
  'String.prototype.charCodeAt': (j, argc, id) => (argc <= 1 ? genStringCharCodeAt(j, argc, id) : null),
  'Math.pow': (j, argc, id) => (twoInts(j, argc) ? genMathPowInt(j, id) : null),
  'Math.imul': (j, argc, id) => (twoInts(j, argc) ? genMathImul(j, id) : null),
  'Math.max': (j, argc, id) => (argc === 2 ? genMathMinMax(j, id, 'max') : null),
  'Math.min': (j, argc, id) => (argc === 2 ? genMathMinMax(j, id, 'min') : null),
  'Math.sqrt': unary('sqrt'),
  'Math.floor': unary('floor'),
  'Math.ceil': unary('ceil'),
  'Math.abs': unary('abs'),
};

/**
 * The native id of the built-in function `qualified` names ('Math.sqrt',
 * 'Array.prototype.push'), found from the global object through own data
 * properties; -1 if there is none.
 */
export function nativeIdOf(vm: VM, qualified: string): number {
  const [global, ...path] = qualified.split('.');
  const q = vm.globalQ(vm.globalSlot(global));
  let lo = vm.u32[q];
  let hi = vm.u32[q + 1];
  for (const key of path) {
    if (hi !== L.TAG_OBJECT && hi !== L.TAG_FUNCTION) return -1;
    if (!vm.getOwn(lo, key)) return -1;
    lo = vm.rlo;
    hi = vm.rhi;
  }
  if (hi !== L.TAG_FUNCTION || !(vm.u32[(lo + L.FN_FLAGS) >>> 2] & L.FNF_NATIVE)) return -1;
  return vm.u32[(lo + L.FN_ISEQ) >>> 2];
}

/** The table keyed by native id, for the realm of `vm` (built when the JIT starts, before any program runs). */
export function resolveNatives(vm: VM): Map<number, NativeGen> {
  const out = new Map<number, NativeGen>();
  for (const [name, gen] of Object.entries(NATIVES)) {
    const id = nativeIdOf(vm, name);
    if (id < 0) throw new Error(`lbbv: the JIT's built-in table names ${name}, which the realm does not define`);
    out.set(id, gen);
  }
  return out;
}
