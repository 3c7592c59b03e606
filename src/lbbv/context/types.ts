// The JIT's type lattice: what a block version may know about one value.
//
// The lattice is a tree. A type's parent is the next broader kind:
//
//   Unknown
//   ├─ UnknownImm            any non-heap word (hi < TAG_HEAP)
//   │  ├─ Int32
//   │  ├─ Double
//   │  ├─ Boolean
//   │  │  ├─ True
//   │  │  └─ False
//   │  ├─ Undefined
//   │  └─ Null
//   └─ UnknownHeap           any cell reference (hi >= TAG_HEAP)
//      ├─ String
//      ├─ Object             plain objects, class instances, errors, …
//      ├─ Array
//      └─ Function
//
// Why it splits and merges where it does (see also README.md):
// - Imm/Heap first: in our NaN-boxing "is a heap reference" is one unsigned
//   compare of hi, so UnknownHeap is a cheap and useful guard result.
// - Int32 and Double are siblings with no Number parent: int and double paths
//   differ in machine code (integer ALU + overflow check vs. SSE), so a merged
//   "number" would never let us skip a guard. Their union is UnknownImm.
// - True/False under Boolean: a branch on a known constant folds away, and
//   Boolean alone is exactly one tag (TAG_BOOL), so it is still guardable.
// - One Object for plain objects and instances: property access is decided by
//   the shape guard, not the type; the type only says "an OBJECT cell".
// - String, Array and Function each own a tag, so one compare proves each.
//
// Values fit in 4 bits (the encoding packs them in nibbles) and Unknown is 0,
// so zero-filled storage means "nothing known".
export const enum Type {
  /** Nothing is known: any value. */
  Unknown = 0,
  /** Some non-heap word: int32, double, boolean, undefined or null. */
  UnknownImm = 1,
  /** Some heap reference: string, object, array or function. */
  UnknownHeap = 2,
  /** An int32 stored with TAG_INT (not an integral double). */
  Int32 = 3,
  /** A double stored unboxed (hi < TAG_BASE); may hold an integral value. */
  Double = 4,
  /** true or false. */
  Boolean = 5,
  /** Exactly true. */
  True = 6,
  /** Exactly false. */
  False = 7,
  /** Exactly undefined. */
  Undefined = 8,
  /** Exactly null. */
  Null = 9,
  /** A STRING cell. */
  String = 10,
  /** An OBJECT cell: plain object, class instance, error, … */
  Object = 11,
  /** An ARRAY cell. */
  Array = 12,
  /** A FUNCTION cell (closures, natives, classes). */
  Function = 13,
}

/** Number of Type values; every valid Type is in [0, TYPE_COUNT). */
export const TYPE_COUNT = 14;

/**
 * The "cannot be used" result of typeDiff and Context.diff. It is the largest
 * safe integer, so "pick the smallest diff" needs no special case.
 */
export const INCOMPATIBLE = Number.MAX_SAFE_INTEGER;

/** PARENT[t] is the next broader kind of t (Unknown is its own parent). */
const PARENT: readonly Type[] = [
  Type.Unknown, // Unknown
  Type.Unknown, // UnknownImm
  Type.Unknown, // UnknownHeap
  Type.UnknownImm, // Int32
  Type.UnknownImm, // Double
  Type.UnknownImm, // Boolean
  Type.Boolean, // True
  Type.Boolean, // False
  Type.UnknownImm, // Undefined
  Type.UnknownImm, // Null
  Type.UnknownHeap, // String
  Type.UnknownHeap, // Object
  Type.UnknownHeap, // Array
  Type.UnknownHeap, // Function
];

/** Names printed by --disasm and Context.toString(). */
const NAMES: readonly string[] = [
  '?', 'imm', 'heap', 'int32', 'double', 'bool', 'true', 'false',
  'undefined', 'null', 'string', 'object', 'array', 'function',
];

/** True if t is a valid Type value (used to validate decoded or cast input). */
export function isType(t: number): t is Type {
  return Number.isInteger(t) && t >= 0 && t < TYPE_COUNT;
}

/** The next broader kind of t; Unknown for Unknown. */
export function parentType(t: Type): Type {
  return PARENT[t]!;
}

/**
 * How far code compiled for `dst` is from code compiled for `src` when a
 * value of type `src` flows into it:
 * - 0 if equal;
 * - 1 if dst is any strict ancestor of src (Unknown, or a broader kind). The
 *   cost is one step whatever the depth (True → UnknownImm is 1, like
 *   True → Boolean): each step loses one guard's worth of knowledge and we
 *   don't try to rank them;
 * - INCOMPATIBLE otherwise (dst assumes something src does not guarantee).
 */
export function typeDiff(src: Type, dst: Type): number {
  if (src === dst) return 0;
  // Walk up from src; the tree is at most 3 levels deep.
  for (let t = src; t !== Type.Unknown; ) {
    t = PARENT[t]!;
    if (t === dst) return 1;
  }
  return INCOMPATIBLE;
}

/** True if every value of type `sub` is also of type `sup` (sub ⊆ sup). */
export function isSubtype(sub: Type, sup: Type): boolean {
  return typeDiff(sub, sup) !== INCOMPATIBLE;
}

/**
 * The most specific type covering both a and b (their lowest common
 * ancestor), used where control flow merges: Int32∪Double = UnknownImm,
 * True∪False = Boolean, String∪Array = UnknownHeap, Int32∪String = Unknown.
 */
export function typeUnion(a: Type, b: Type): Type {
  let t = a;
  while (!isSubtype(b, t)) t = PARENT[t]!;
  return t;
}

/**
 * The more specific of two types that can describe the same value, i.e.
 * what is known after learning `b` about a value already known to be `a`.
 * null when they are disjoint (e.g. Int32 and String): no value has both.
 */
export function typeMeet(a: Type, b: Type): Type | null {
  if (isSubtype(a, b)) return a;
  if (isSubtype(b, a)) return b;
  return null;
}

/** True if t is known to be a non-heap word (UnknownImm or below). */
export function isImm(t: Type): boolean {
  return isSubtype(t, Type.UnknownImm);
}

/** True if t is known to be a heap reference (UnknownHeap or below). */
export function isHeap(t: Type): boolean {
  return isSubtype(t, Type.UnknownHeap);
}

/** True if t is known to be a number with a known representation. */
export function isNumber(t: Type): boolean {
  return t === Type.Int32 || t === Type.Double;
}

/** True if t is known to be a boolean (Boolean, True or False). */
export function isBoolean(t: Type): boolean {
  return t === Type.Boolean || t === Type.True || t === Type.False;
}

/** Short name for --disasm: "?", "imm", "heap", "int32", "double", "bool", … */
export function typeName(t: Type): string {
  return NAMES[t] ?? `type${t as number}`;
}
