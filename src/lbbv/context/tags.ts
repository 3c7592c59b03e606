// Where the type lattice meets the NaN-boxing of docs/ARCHITECTURE.md §2:
// which `hi` word proves a type, and which type a peeked word has.
//
// A type guard in machine code is one 32-bit compare of hi, so the JIT needs
// the exact tag of each type that has one. Types that are a range of hi words
// (Double: hi < TAG_BASE) or a union of tags (UnknownImm, UnknownHeap) have
// no single tag; their guards are unsigned range compares, written by codegen.
import { L } from '../../vm/layout';
import { Type } from './types';

/** "No single tag" result of tagOfType. */
export const NO_TAG = -1;

/**
 * The hi word (unsigned) of every value of type t, when that is one tag:
 * Int32, Boolean/True/False, Undefined, Null, String, Object, Array,
 * Function. NO_TAG (-1) for Unknown, UnknownImm, UnknownHeap and Double.
 * True and False share TAG_BOOL; lo (1 or 0) tells them apart.
 */
export function tagOfType(t: Type): number {
  switch (t) {
    case Type.Int32: return L.TAG_INT;
    case Type.Boolean:
    case Type.True:
    case Type.False: return L.TAG_BOOL;
    case Type.Undefined: return L.TAG_UNDEF;
    case Type.Null: return L.TAG_NULL;
    case Type.String: return L.TAG_STRING;
    case Type.Object: return L.TAG_OBJECT;
    case Type.Array: return L.TAG_ARRAY;
    case Type.Function: return L.TAG_FUNCTION;
    default: return NO_TAG;
  }
}

/**
 * The type of a runtime value from its hi word alone (so booleans are
 * Boolean; see typeOfValue for True/False). Doubles (hi < TAG_BASE) are
 * Double. Words that are not JS values (the array hole, the TDZ marker,
 * unused tags) are Unknown, so the JIT never specialises on them.
 */
export function typeOfTag(hi: number): Type {
  const tag = hi >>> 0;
  if (tag < L.TAG_BASE) return Type.Double;
  switch (tag) {
    case L.TAG_INT: return Type.Int32;
    case L.TAG_BOOL: return Type.Boolean;
    case L.TAG_UNDEF: return Type.Undefined;
    case L.TAG_NULL: return Type.Null;
    case L.TAG_STRING: return Type.String;
    case L.TAG_OBJECT: return Type.Object;
    case L.TAG_ARRAY: return Type.Array;
    case L.TAG_FUNCTION: return Type.Function;
    default: return Type.Unknown;
  }
}

/**
 * The most specific type of one value (lo, hi): like typeOfTag, but a
 * boolean is True or False. Use it when the JIT peeks a value to specialise
 * on, e.g. after defer_compilation.
 */
export function typeOfValue(lo: number, hi: number): Type {
  const t = typeOfTag(hi);
  if (t !== Type.Boolean) return t;
  return lo !== 0 ? Type.True : Type.False;
}
