// Temp mappings: what a stack temp is a copy of. Knowing that a temp is a copy
// of local i (or of `this`) lets a guard on the temp upgrade the local too,
// and lets a later read of the local reuse what was learned.
//
// In a Context a mapping is stored as a 4-bit code: 0 stack, 1 self,
// 2 + i local i (i < MAX_LOCALS), so every code is < MAP_CODE_COUNT.
import { MAX_LOCALS } from './limits';

/** A temp's mapping as seen by users of Context. */
export type TempMapping =
  /** A plain value, related to nothing else. */
  | { readonly kind: 'stack' }
  /** A copy of `this`: its type is the Context's selfType. */
  | { readonly kind: 'self' }
  /** A copy of local `index` (< MAX_LOCALS): its type is that local's type. */
  | { readonly kind: 'local'; readonly index: number };

/** Code of a plain stack temp (0, so zero-filled storage means "no alias"). */
export const MAP_STACK = 0;
/** Code of a copy of `this`. */
export const MAP_SELF = 1;
/** Code of a copy of local 0; local i is MAP_LOCAL0 + i. */
export const MAP_LOCAL0 = 2;
/** Number of valid codes. */
export const MAP_CODE_COUNT = MAP_LOCAL0 + MAX_LOCALS;

/** Shared, frozen mapping objects, indexed by code. */
const MAPPINGS: readonly TempMapping[] = Object.freeze([
  Object.freeze({ kind: 'stack' as const }),
  Object.freeze({ kind: 'self' as const }),
  ...Array.from({ length: MAX_LOCALS }, (_, index) => Object.freeze({ kind: 'local' as const, index })),
]);

/** The mapping a code stands for (shared object; do not compare by identity). */
export function mappingOfCode(code: number): TempMapping {
  const m = MAPPINGS[code];
  if (m === undefined) throw new RangeError(`bad temp mapping code ${code}`);
  return m;
}

/** The code of a mapping (inverse of mappingOfCode). */
export function codeOfMapping(m: TempMapping): number {
  switch (m.kind) {
    case 'stack': return MAP_STACK;
    case 'self': return MAP_SELF;
    case 'local':
      if (!(Number.isInteger(m.index) && m.index >= 0 && m.index < MAX_LOCALS)) {
        throw new RangeError(`temp mapping to untracked local ${m.index}`);
      }
      return MAP_LOCAL0 + m.index;
  }
}

/** "l3", "self" or "" (stack): the suffix used by Context.toString(). */
export function mappingName(code: number): string {
  if (code === MAP_STACK) return '';
  return code === MAP_SELF ? 'self' : `l${code - MAP_LOCAL0}`;
}
