// Host-side helpers for NaN-boxed values held as (lo, hi) pairs of uint32.

import { L } from './layout';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The canonical NaN's hi word. */
export const NAN_HI = 0x7ff80000;

/** Reinterprets (lo, hi) as a double. */
export function bitsToDouble(lo: number, hi: number): number {
  U32[0] = lo;
  U32[1] = hi;
  return F64[0];
}

/** Splits a double into its words; NaN becomes the canonical NaN. */
export function doubleBits(x: number): [number, number] {
  if (x !== x) return [0, NAN_HI];
  F64[0] = x;
  return [U32[0], U32[1]];
}

/** Low word of a double (call doubleHi right after for the high word). */
export function doubleLo(x: number): number {
  if (x !== x) {
    U32[0] = 0;
    U32[1] = NAN_HI;
    return 0;
  }
  F64[0] = x;
  return U32[0];
}

/** High word of the double last passed to doubleLo. */
export function doubleHi(): number {
  return U32[1];
}

/** True when x is stored as an int32 (an integer in range, not -0). */
export function isInt32Value(x: number): boolean {
  return (x | 0) === x && (x !== 0 || 1 / x > 0);
}

/** The number held by (lo, hi), which must be an int32 or a double. */
export function numberOf(lo: number, hi: number): number {
  return hi === L.TAG_INT ? lo | 0 : bitsToDouble(lo, hi);
}

export function isNumberTag(hi: number): boolean {
  return hi < L.TAG_BASE || hi === L.TAG_INT;
}
