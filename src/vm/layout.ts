// The linear-memory layout shared by the interpreter and the JIT.
// docs/ARCHITECTURE.md is the normative description; keep the two in step.

// ---- Value tags: the upper 32 bits of a NaN-boxed value (§2) ----
/** Any hi word below this is (part of) a double. */
export const TAG_BASE = 0xfff90000;
export const TAG_INT = 0xfff90001;
export const TAG_BOOL = 0xfff90002;
export const TAG_UNDEF = 0xfff90003;
export const TAG_NULL = 0xfff90004;
/** Array hole; never a JS value. */
export const TAG_HOLE = 0xfff90005;
/** Uninitialised let/const binding, or an undeclared global; never a JS value. */
export const TAG_TDZ = 0xfff90006;
/** First heap tag: hi >= TAG_HEAP means lo is a cell reference. */
export const TAG_HEAP = 0xfff90008;
export const TAG_STRING = 0xfff90008;
export const TAG_OBJECT = 0xfff90009;
export const TAG_ARRAY = 0xfff9000a;
export const TAG_FUNCTION = 0xfff9000b;

// ---- Cell kinds (§3) ----
export const K_FREE = 1;
export const K_STRING = 2;
export const K_OBJECT = 3;
export const K_ARRAY = 4;
export const K_FUNCTION = 5;
export const K_ELEMENTS = 6;
export const K_SLOTS = 7;
export const K_ENV = 8;

// ---- Cell field offsets (bytes) ----
export const HDR_KIND = 0;
export const HDR_GC = 1;
export const HDR_FLAGS = 2;
export const HDR_SIZE = 4;

export const STR_LENGTH = 8;
export const STR_HOSTID = 12;
export const STR_SIZE = 16;

export const OBJ_SHAPE = 8;
export const OBJ_SLOTS = 12;
export const OBJ_INLINE = 16;

export const ARR_LENGTH = 16;
export const ARR_CAPACITY = 20;
export const ARR_ELEMENTS = 24;
export const ARR_SIZE = 32;

export const FN_ISEQ = 16;
export const FN_ENV = 20;
export const FN_THIS = 24;
export const FN_HOME = 32;
export const FN_FLAGS = 36;
/** u32: the class's instance-field initialiser function (0 = none). */
export const FN_FIELDS = 40;
export const FN_INLINE = 48;

export const FNF_ARROW = 1;
export const FNF_NATIVE = 2;
export const FNF_CLASS = 4;
export const FNF_DERIVED = 8;
export const FNF_METHOD = 16;
/** The `.prototype` object has not been materialised yet. */
export const FNF_LAZY_PROTO = 32;

export const VEC_CAPACITY = 8; // ELEMENTS and SLOTS
export const VEC_DATA = 16;

export const ENV_PARENT = 8;
export const ENV_COUNT = 12;
export const ENV_DATA = 16;

// ---- Frames (§5) ----
export const FR_CALLER_FP = 0; // u32
export const FR_RETURN_PC = 4; // u32
export const FR_ISEQ = 8; // u32
export const FR_ENV = 12; // u32
export const FR_PC = 16; // u32 saved pc
export const FR_FLAGS = 20; // u32
export const FR_JIT_RET = 24; // u64
export const FR_ARGC = 32; // u32
export const FR_NEWTARGET = 36; // u32
export const FRAME_HEADER = 40;

export const FRAME_CONSTRUCT = 1;
export const FRAME_HOST_BOUNDARY = 2;

// ---- Regions (§1) ----
export const GLOBALS_BASE = 64;
export const MAX_GLOBALS = 65536;
export const STACK_BASE = GLOBALS_BASE + MAX_GLOBALS * 8;
export const DEFAULT_STACK_BYTES = 4 * 1024 * 1024;
/** Room kept free above the stack limit for one frame's temps and native calls. */
export const STACK_RED_ZONE = 64 * 1024;
