// Context.diff: can code compiled for one context run with another's
// knowledge, and how much does it lose? Version lookup picks the existing
// version with the smallest diff; INCOMPATIBLE means "cannot use it".
import type { Context } from './context';
import { MAX_LOCALS, MAX_TEMPS } from './limits';
import { MAP_STACK } from './mapping';
import { getNibble } from './nibbles';
import { INCOMPATIBLE, typeDiff } from './types';

/**
 * The cost of entering code compiled for `dst` in state `src`:
 * - INCOMPATIBLE if stackSize, spOffset or chainDepth differ (the code
 *   addresses a different stack layout or guard chain), if any local, self or
 *   (resolved) temp type of dst is not a supertype of src's, or if a dst temp
 *   aliases a local or self that src's temp does not (dst would trust an
 *   alias src cannot guarantee);
 * - otherwise the sum of the type diffs, plus `aliasCost` (1) per temp
 *   alias src has and dst dropped (dst's temp is a plain stack value).
 */
export function contextDiff(src: Context, dst: Context, aliasCost = 1): number {
  if (src.stackSize !== dst.stackSize || src.spOffset !== dst.spOffset || src.chainDepth !== dst.chainDepth) {
    return INCOMPATIBLE;
  }
  let sum = typeDiff(src.selfType, dst.selfType);
  if (sum === INCOMPATIBLE) return INCOMPATIBLE;
  for (let i = 0; i < MAX_LOCALS; i++) {
    const d = typeDiff(getNibble(src.packedLocals, i), getNibble(dst.packedLocals, i));
    if (d === INCOMPATIBLE) return INCOMPATIBLE;
    sum += d;
  }
  const tracked = Math.min(src.stackSize, MAX_TEMPS);
  for (let depth = 0; depth < tracked; depth++) {
    const d = typeDiff(src.peekType(depth), dst.peekType(depth));
    if (d === INCOMPATIBLE) return INCOMPATIBLE;
    sum += d;
    // Mappings: equal is free, dropping an alias costs 1, inventing one is unsound.
    const srcMap = getNibble(src.packedTempMaps, depth);
    const dstMap = getNibble(dst.packedTempMaps, depth);
    if (srcMap === dstMap) continue;
    if (dstMap !== MAP_STACK) return INCOMPATIBLE;
    sum += aliasCost;
  }
  return sum;
}
