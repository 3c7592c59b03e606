// Constants shared by the native addon (native/src/lbbv_native.cc, enter.S)
// and the JIT. Normative description: native/README.md and
// docs/ARCHITECTURE.md §6. Importing this file never loads the addon.

/** Byte offsets of the fields of the JIT runtime block (the block r15 points at). All fields are u64. */
export const RT = {
  /** 1 while a JS exception thrown by a callback is pending (generated code: `cmp qword ptr [r15], 0; jne exit`). */
  PENDING: 0,
  /** Address of `lbbv_callback(id, a, b, c)`: generated code calls it with `call qword ptr [r15 + 8]`. */
  CALLBACK: 8,
  /** Written by generated code before it returns to `enter` (meaning defined by the JIT, e.g. the bytecode pc). */
  EXIT_PC: 16,
  /** Written by generated code before it returns to `enter` (e.g. the VM sp, as an offset). */
  EXIT_SP: 24,
  /** Written by the entry trampoline: the full 64-bit rax the generated code returned. */
  RET_RAX: 32,
  /** Written by the entry trampoline: rdx when the generated code returned (a second result word). */
  RET_RDX: 40,
  /** Number of `enter` calls currently active on this thread (maintained by the addon). */
  DEPTH: 48,
  /** Lowest native rsp generated code should go to before calling out (bottom of the thread's stack + 256 KiB); 0 if unknown. */
  STACK_LIMIT: 56,
  /** 16 u64 scratch words (128..255) for passing extra arguments/results between generated code and callbacks. */
  SCRATCH: 128,
  /** The last 4 scratch words: id, a, b, c of a callback, as doubles, for a dispatcher registered with argsInRuntime. */
  CALLBACK_ARGS: 224,
  /** 256..RUNTIME_SIZE-1: free for the JIT's own fields (the JIT documents them). */
  JIT: 256,
} as const;

/** Size in bytes of the runtime block (one page). */
export const RUNTIME_SIZE = 4096;

/** Number of u64 scratch words at RT.SCRATCH. */
export const RT_SCRATCH_WORDS = 16;

/**
 * What `lbbv_callback` returns in rax when, and only when, the JS callback
 * threw (or returned something that is not an integer in (-2^63, 2^63)):
 * INT64_MIN, 0x8000000000000000. RT.PENDING is then 1, and the generated code
 * must return to `enter` without running more JS; `enter` rethrows the
 * original exception. This is the value as a JS number (exact: -2^63).
 */
export const CALLBACK_ERROR = -(2 ** 63);

/** CALLBACK_ERROR as a bigint. */
export const CALLBACK_ERROR_BIG = -(1n << 63n);

/** Default size of the executable code region, in MiB (`--jit-mem-size`); see native/README.md for why. */
export const DEFAULT_JIT_MEM_MIB = 64;

/**
 * Largest code region, in MiB: any two addresses inside it are within a
 * rel32 jump or call of each other.
 */
export const MAX_JIT_MEM_MIB = 2048;

/** Largest VM memory reservation in bytes (4 GiB): references are 32-bit offsets, and Node 20 caps external ArrayBuffers there. */
export const MAX_VM_MEMORY = 2 ** 32;

/** The addon's ABI version; the loader refuses an addon built from other sources. */
export const NATIVE_ABI_VERSION = 2;

/** Offset of the first pending byte in the addon's output block (Native.outputBuffer); word 0 is the pending count. */
export const OUTPUT_HEADER = 64;
