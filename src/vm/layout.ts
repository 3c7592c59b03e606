// The linear-memory layout shared by the interpreter and the JIT.
// docs/ARCHITECTURE.md is the normative description; keep the two in step.

import { ISEQ_ARROW, ISEQ_ASYNC, ISEQ_GENERATOR, ISEQ_METHOD, type ISeq } from '../bytecode/iseq';
//
// A const enum, so every use compiles to a literal (hot interpreter paths
// must not load these from a module object). The plain exports below are
// aliases for code outside the hot paths.
export const enum L {

  // ---- Value tags: the upper 32 bits of a NaN-boxed value (§2) ----
  /** Any hi word below this is (part of) a double. */
  TAG_BASE = 0xfff90000,
  TAG_INT = 0xfff90001,
  TAG_BOOL = 0xfff90002,
  TAG_UNDEF = 0xfff90003,
  TAG_NULL = 0xfff90004,
  /** Array hole; never a JS value. */
  TAG_HOLE = 0xfff90005,
  /** Uninitialised let/const binding, or an undeclared global; never a JS value. */
  TAG_TDZ = 0xfff90006,
  /**
   * A Symbol: lo is the symbol's id, an index into the VM's host-side symbol
   * table (vm.symbols). Not a heap reference (below TAG_HEAP): symbols are
   * never collected, so nothing traces them.
   */
  TAG_SYMBOL = 0xfff90007,
  /** First heap tag: hi >= TAG_HEAP means lo is a cell reference. */
  TAG_HEAP = 0xfff90008,
  TAG_STRING = 0xfff90008,
  TAG_OBJECT = 0xfff90009,
  TAG_ARRAY = 0xfff9000a,
  TAG_FUNCTION = 0xfff9000b,

  // ---- Cell kinds (§3) ----
  K_FREE = 1,
  K_STRING = 2,
  K_OBJECT = 3,
  K_ARRAY = 4,
  K_FUNCTION = 5,
  K_ELEMENTS = 6,
  K_SLOTS = 7,
  K_ENV = 8,
  /** UTF-16 code units of a STRING, made on demand for machine code (§3). */
  K_CHARS = 9,
  /** A suspended generator's or async function's frame, copied off the stack (§8). */
  K_FRAME = 10,
  /** FRAME: u32 words in the copy, u32 index of the frame header within it, then the words. */
  FRAME_WORDS = 8,
  FRAME_HEADER_AT = 12,
  FRAME_DATA = 16,

  // ---- Cell field offsets (bytes) ----
  HDR_KIND = 0,
  HDR_GC = 1,
  HDR_FLAGS = 2,
  HDR_SIZE = 4,

  STR_LENGTH = 8,
  STR_HOSTID = 12,
  /** u32: the string's CHARS cell, 0 = not materialised yet. */
  STR_CHARS = 16,
  STR_SIZE = 24,

  /** CHARS: u32 length in code units, then the u16 code units from offset 16. */
  CHARS_LENGTH = 8,
  CHARS_DATA = 16,

  OBJ_SHAPE = 8,
  OBJ_SLOTS = 12,
  OBJ_INLINE = 16,

  ARR_LENGTH = 16,
  ARR_CAPACITY = 20,
  ARR_ELEMENTS = 24,
  ARR_SIZE = 32,

  FN_ISEQ = 16,
  FN_ENV = 20,
  FN_THIS = 24,
  FN_HOME = 32,
  FN_FLAGS = 36,
  /** u32: the class's instance-field initialiser function (0 = none). */
  FN_FIELDS = 40,
  FN_INLINE = 48,

  FNF_ARROW = 1,
  FNF_NATIVE = 2,
  FNF_CLASS = 4,
  FNF_DERIVED = 8,
  FNF_METHOD = 16,
  /** The `.prototype` object has not been materialised yet. */
  FNF_LAZY_PROTO = 32,
  /** A generator function: not a constructor; its lazy `prototype` inherits from %GeneratorPrototype%. */
  FNF_GENERATOR = 64,

  VEC_CAPACITY = 8, // ELEMENTS and SLOTS
  VEC_DATA = 16,

  ENV_PARENT = 8,
  ENV_COUNT = 12,
  ENV_DATA = 16,

  // ---- Frames (§5) ----
  FR_CALLER_FP = 0, // u32
  FR_RETURN_PC = 4, // u32
  FR_ISEQ = 8, // u32
  FR_ENV = 12, // u32
  FR_PC = 16, // u32 saved pc
  FR_FLAGS = 20, // u32
  FR_JIT_RET = 24, // u64
  FR_ARGC = 32, // u32
  FR_NEWTARGET = 36, // u32
  FRAME_HEADER = 40,

  FRAME_CONSTRUCT = 1,
  FRAME_HOST_BOUNDARY = 2,
  /**
   * The frame of a function using `arguments` called with more arguments than
   * parameters: it was built just above the caller's argument slots (which
   * keep every actual argument), so its callee slot is 8 × (argc + 2) bytes
   * above the one the caller pushed (§5).
   */
  FRAME_ARGS_MOVED = 4,
  /**
   * A generator frame the interpreter resumed in its own loop (gen.next() from
   * bytecode, §8): yield and leave hand an iterator result to the caller's
   * callee slot, whose byte offset is in the header's JIT-return word (fp + 24).
   */
  FRAME_GEN_INLINE = 8,

  /**
   * u32 in the reserved area: nonzero when an interrupt is pending (Ctrl-C in
   * the REPL, stored by the native SIGINT handler while an evaluation runs).
   * Checked at loop back-edges and function entries by the interpreter and
   * machine code.
   */
  INTERRUPT = 40,
  /** u32 in the reserved area: vm.protoEpoch (bumped when a prototype gets a property), for machine code. */
  PROTO_EPOCH = 48,

  // ---- Machine-code allocation buffer (§1, §3): u32 words in the reserved area ----
  /** Next free byte of the buffer machine code bump-allocates from (0: none). */
  ALLOC_PTR = 56,
  /** Bump limit: an allocation may end at most here (16 bytes below the buffer's real end). */
  ALLOC_END = 60,

  // ---- Regions (§1) ----
  GLOBALS_BASE = 64,
  MAX_GLOBALS = 65536,
  STACK_BASE = GLOBALS_BASE + MAX_GLOBALS * 8,
  DEFAULT_STACK_BYTES = 4 * 1024 * 1024,
  /** Room kept free above the stack limit for one frame's temps and native calls. */
  STACK_RED_ZONE = 64 * 1024,
}

export const TAG_BASE = L.TAG_BASE;
export const TAG_INT = L.TAG_INT;
export const TAG_BOOL = L.TAG_BOOL;
export const TAG_UNDEF = L.TAG_UNDEF;
export const TAG_NULL = L.TAG_NULL;
export const TAG_HOLE = L.TAG_HOLE;
export const TAG_TDZ = L.TAG_TDZ;
export const TAG_SYMBOL = L.TAG_SYMBOL;
export const TAG_HEAP = L.TAG_HEAP;
export const TAG_STRING = L.TAG_STRING;
export const TAG_OBJECT = L.TAG_OBJECT;
export const TAG_ARRAY = L.TAG_ARRAY;
export const TAG_FUNCTION = L.TAG_FUNCTION;
export const K_FREE = L.K_FREE;
export const K_STRING = L.K_STRING;
export const K_OBJECT = L.K_OBJECT;
export const K_ARRAY = L.K_ARRAY;
export const K_FUNCTION = L.K_FUNCTION;
export const K_ELEMENTS = L.K_ELEMENTS;
export const K_SLOTS = L.K_SLOTS;
export const K_ENV = L.K_ENV;
export const K_CHARS = L.K_CHARS;
export const K_FRAME = L.K_FRAME;
export const HDR_KIND = L.HDR_KIND;
export const HDR_GC = L.HDR_GC;
export const HDR_FLAGS = L.HDR_FLAGS;
export const HDR_SIZE = L.HDR_SIZE;
export const STR_LENGTH = L.STR_LENGTH;
export const STR_HOSTID = L.STR_HOSTID;
export const STR_CHARS = L.STR_CHARS;
export const STR_SIZE = L.STR_SIZE;
export const CHARS_LENGTH = L.CHARS_LENGTH;
export const CHARS_DATA = L.CHARS_DATA;
export const OBJ_SHAPE = L.OBJ_SHAPE;
export const OBJ_SLOTS = L.OBJ_SLOTS;
export const OBJ_INLINE = L.OBJ_INLINE;
export const ARR_LENGTH = L.ARR_LENGTH;
export const ARR_CAPACITY = L.ARR_CAPACITY;
export const ARR_ELEMENTS = L.ARR_ELEMENTS;
export const ARR_SIZE = L.ARR_SIZE;
export const FN_ISEQ = L.FN_ISEQ;
export const FN_ENV = L.FN_ENV;
export const FN_THIS = L.FN_THIS;
export const FN_HOME = L.FN_HOME;
export const FN_FLAGS = L.FN_FLAGS;
export const FN_FIELDS = L.FN_FIELDS;
export const FN_INLINE = L.FN_INLINE;
export const FNF_ARROW = L.FNF_ARROW;
export const FNF_NATIVE = L.FNF_NATIVE;
export const FNF_CLASS = L.FNF_CLASS;
export const FNF_DERIVED = L.FNF_DERIVED;
export const FNF_METHOD = L.FNF_METHOD;
export const FNF_LAZY_PROTO = L.FNF_LAZY_PROTO;
export const VEC_CAPACITY = L.VEC_CAPACITY;
export const VEC_DATA = L.VEC_DATA;
export const ENV_PARENT = L.ENV_PARENT;
export const ENV_COUNT = L.ENV_COUNT;
export const ENV_DATA = L.ENV_DATA;
export const FR_CALLER_FP = L.FR_CALLER_FP;
export const FR_RETURN_PC = L.FR_RETURN_PC;
export const FR_ISEQ = L.FR_ISEQ;
export const FR_ENV = L.FR_ENV;
export const FR_PC = L.FR_PC;
export const FR_FLAGS = L.FR_FLAGS;
export const FR_JIT_RET = L.FR_JIT_RET;
export const FR_ARGC = L.FR_ARGC;
export const FR_NEWTARGET = L.FR_NEWTARGET;
export const FRAME_HEADER = L.FRAME_HEADER;
export const FRAME_CONSTRUCT = L.FRAME_CONSTRUCT;
export const FRAME_HOST_BOUNDARY = L.FRAME_HOST_BOUNDARY;
export const FRAME_ARGS_MOVED = L.FRAME_ARGS_MOVED;
export const GLOBALS_BASE = L.GLOBALS_BASE;
export const MAX_GLOBALS = L.MAX_GLOBALS;
export const STACK_BASE = L.STACK_BASE;
export const DEFAULT_STACK_BYTES = L.DEFAULT_STACK_BYTES;
export const STACK_RED_ZONE = L.STACK_RED_ZONE;

// ---- Constants the VM and machine code share (not part of the L enum) ----

/** Header flag: the object is some shape's prototype (changes bump protoEpoch). */
export const HF_IS_PROTO = 1;
/** Header flag (strings): an interned (pinned) string; equal contents mean the same cell. */
export const HF_INTERNED = 2;
/** Header flag (byte 2, bit 2) on arrays that are not extensible (preventExtensions/seal/freeze): element stores take the VM's checked path. */
export const HF_FROZEN_ELEMENTS = 4;
/** Header flag (bit 3) on sealed or frozen arrays: elements cannot be deleted. */
export const HF_SEALED_ELEMENTS = 8;
/** Header flag (bit 4) on frozen arrays: elements are read-only. */
export const HF_READONLY_ELEMENTS = 16;
/** OBJECT flag (bit 5; on ARRAY cells the same bit is HF_SPARSE): its internal record (vm.internals) holds heap references the collector marks (generators, promises). */
export const HF_INTERNAL_REFS = 0x20;
/**
 * Header flag (bit 5, on ARRAY cells; on OBJECT cells the same bit is HF_INTERNAL_REFS) of an array in sparse (dictionary) elements mode (vm/sparse.ts): its
 * ARR_LENGTH and ARR_CAPACITY fields are 0, so every inline bounds check fails and takes
 * the slow path; ELEMENTS holds the real length and the (index, value) pairs.
 */
export const HF_SPARSE = 0x20;
/** Header flag of an arguments object (getElem/setElem consult vm.argMaps for mapped indices). */
export const HF_ARGUMENTS = 0x40;
/** Header flag of a strict (unmapped) arguments object: reading or writing `callee` throws. */
export const HF_ARGS_STRICT = 0x80;

/**
 * Lookup cache geometry (vm.lookupCache, used by objectGet in interpreter.ts
 * and by keyed reads in machine code): entries of [shape, key cell, holder,
 * offset, epoch] at index hash(shape, key cell), in the linear memory.
 */
export const enum MC {
  ENTRIES = 4096,
  WORDS = 5,
  /** Holder word of an entry saying the key is on neither the object nor its prototypes (no cell is at 1). */
  ABSENT = 1,
}

/** The lookup cache's hash multiplier (machine code computes the same index, see lookupCacheIndex). */
export const LOOKUP_HASH = 0x9e3779b1;

/** Word index in vm.lookupCache of the entry for (shape id, key STRING cell). */
export function lookupCacheIndex(shapeId: number, keyRef: number): number {
  return (((Math.imul(shapeId, LOOKUP_HASH) ^ (keyRef >>> 3)) >>> 0) & (MC.ENTRIES - 1)) * MC.WORDS;
}

/** vm.globalAssumed: machine code relies on the global's current value. */
export const GLOBAL_ASSUMED = 1;
/** vm.globalAssumed: the global changed after an assumption; it is loaded, not assumed, from now on. */
export const GLOBAL_REASSIGNED = 2;

/** Size of a closure's FUNCTION cell (4 inline property slots). */
export const CLOSURE_SIZE = L.FN_INLINE + 8 * 4;

/** FN_FLAGS of a closure of `iseq`: arrows capture this; methods have no prototype; other functions get one lazily. */
export function closureFlags(iseq: ISeq): number {
  if (iseq.flags & ISEQ_ARROW) return L.FNF_ARROW;
  if (iseq.flags & ISEQ_GENERATOR) return L.FNF_GENERATOR | L.FNF_LAZY_PROTO | (iseq.flags & ISEQ_METHOD ? L.FNF_METHOD : 0);
  if (iseq.flags & (ISEQ_METHOD | ISEQ_ASYNC)) return L.FNF_METHOD;
  return L.FNF_LAZY_PROTO;
}
/**
 * The smallest VM stack (KiB): four red zones, so that at least three
 * quarters of it hold frames (a 64 KiB stack was all red zone, and even
 * `console.log(1)` overflowed).
 */
export const MIN_STACK_KIB = (4 * L.STACK_RED_ZONE) / 1024;
