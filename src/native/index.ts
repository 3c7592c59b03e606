// Loader and typed API of the native addon (native/): executable memory mapped
// W^X, the VM's linear memory reserved at a stable address, and the
// trampolines JS → machine code (`enter`) and machine code → JS (the callback).
// See native/README.md. The addon is optional: loadNative() returns
// { native: null, reason } when it is unavailable and lbbv runs interpreter-only.

import * as path from 'path';
import { MAX_JIT_MEM_MIB, NATIVE_ABI_VERSION, RT, DEFAULT_JIT_MEM_MIB } from './layout';

export * from './layout';

/** The JS dispatcher that machine code reaches through `lbbv_callback(id, a, b, c)`. Its result goes back in rax. */
export type NativeCallback = (id: number, a: number, b: number, c: number) => number | bigint;

/** The executable code region: one memory, two views. Write into `rw`/`bytes`, run at `rxBase + offset`. */
export interface CodeMemory {
  /** The read-write view (never executable). */
  readonly rw: ArrayBuffer;
  /** A Uint8Array over `rw`. */
  readonly bytes: Uint8Array;
  /** Address of the read-execute view (never writable): byte `i` of `rw` executes at `rxBase + i`. */
  readonly rxBase: number;
  /** Size in bytes of each view (a multiple of the page size). */
  readonly size: number;
  /** Address at which byte `offset` of `rw` executes. */
  address(offset: number): number;
  /**
   * Makes code written in [offset, offset + length) visible to instruction
   * fetch. A no-op on x86-64 (coherent instruction cache, self-modifying code
   * detected by physical address); call it anyway after writing code.
   */
  flush(offset: number, length: number): void;
  /** Unmaps the region now (otherwise when `rw` is garbage collected). Code in it must never run again. */
  release(): void;
}

/** The VM's linear memory: reserved up front (PROT_NONE), committed read-write as it grows. Usable as the VM's MemoryBacking. */
export interface VMMemory {
  /** One ArrayBuffer over the whole reservation; only [0, committed) may be touched. */
  readonly buffer: ArrayBuffer;
  /** Absolute address of byte 0 (never changes). */
  readonly address: number;
  /** Bytes reserved (buffer.byteLength). */
  readonly reserved: number;
  /** Bytes currently read-write (a multiple of the page size). */
  readonly committed: number;
  /** Makes [0, bytes) read-write; false (reason in lastError) if beyond the reservation or the OS refuses. Never shrinks. */
  commit(bytes: number): boolean;
  /** Why the last commit failed, or null. */
  readonly lastError: string | null;
  /** Unmaps the reservation now (otherwise when `buffer` is garbage collected); `buffer` is detached. */
  release(): void;
}

export interface Native {
  readonly pageSize: number;
  /** The runtime block (r15 in generated code), RUNTIME_SIZE bytes; field offsets in RT. */
  readonly runtime: ArrayBuffer;
  /** Absolute address of the runtime block. */
  readonly runtimeAddress: number;
  /** Address of `int64 lbbv_callback(int64 id, int64 a, int64 b, int64 c)` (also at [r15 + RT.CALLBACK]). */
  readonly callbackAddress: number;
  /** Maps a code region of `sizeMiB` MiB (default DEFAULT_JIT_MEM_MIB, at most MAX_JIT_MEM_MIB). Throws on failure. */
  createCodeMemory(sizeMiB?: number): CodeMemory;
  /** Reserves `reserveBytes` of VM memory and commits the first `commitBytes`. Throws on failure. */
  reserveMemory(reserveBytes: number, commitBytes?: number): VMMemory;
  /**
   * Calls the machine code at `code` (an address inside a code region's RX
   * view) with r12 = memBase, r13 = memBase + fp, rbx = memBase + sp,
   * r15 = the runtime block. Returns its rax as a number (exact when
   * |rax| < 2^53; all 64 bits via lastResult()). If a callback threw during
   * the call, rethrows that exception instead.
   */
  enter(code: number, memBase: number, fp: number, sp: number): number;
  /**
   * Registers the JS dispatcher called by `lbbv_callback` (null: none; a call
   * then fails with an Error). With `argsInRuntime`, it is called without
   * arguments and reads id, a, b, c as doubles at RT.CALLBACK_ARGS (cheaper:
   * no JS values are made for them).
   */
  setCallback(fn: NativeCallback | null, argsInRuntime?: boolean): void;
  /** The full rax of the last return from machine code (RT.RET_RAX). */
  lastResult(): bigint;
  /** The rdx of the last return from machine code (RT.RET_RDX). */
  lastResult2(): bigint;
  /**
   * The stdout buffer that survives SIGINT/SIGTERM (absent from an older
   * addon): allocated once per process, with handlers that write its pending
   * bytes (count in word 0, bytes from OUTPUT_HEADER) to fd 1 and die by the
   * signal. Every call returns the same block.
   */
  outputBuffer?: (bytes: number) => ArrayBuffer;
  /** Writes the output block's pending bytes to fd 1 and clears the count, with SIGINT/SIGTERM blocked meanwhile. */
  flushOutput?: () => void;
  /**
   * While `address` is not 0, SIGINT stores 1 in the u32 at that address (a
   * VM memory's INTERRUPT word) instead of its usual action; 0 restores the
   * previous action. Absent from an older addon.
   */
  watchInterrupt?: (address: number) => void;
}

export type NativeLoad = { native: Native; reason: null } | { native: null; reason: string };

/** The raw exports of native/src/lbbv_native.cc. */
interface Addon {
  abiVersion: number;
  pageSize: number;
  runtime: ArrayBuffer;
  runtimeAddress: number;
  callbackAddress: number;
  createCodeMemory(bytes: number): { rw: ArrayBuffer; rxBase: number; size: number };
  reserveMemory(bytes: number): { buffer: ArrayBuffer; address: number; size: number };
  commit(buffer: ArrayBuffer, bytes: number): number;
  release(buffer: ArrayBuffer): void;
  enter(code: number, memBase: number, fp: number, sp: number): number;
  setCallback(fn: NativeCallback | null, argsInRuntime?: boolean): void;
  outputBuffer?: (bytes: number) => ArrayBuffer;
  flushOutput?: () => void;
  watchInterrupt?: (address: number) => void;
}

/** Path of the built addon (the same relative path from src/native and dist/native). */
export const ADDON_PATH = path.resolve(__dirname, '..', '..', 'native', 'build', 'Release', 'lbbv_native.node');

// Shared by every copy of this module in the process (the addon must be
// initialised once per thread: it owns the runtime block).
const CACHE = Symbol.for('lbbv.native');

/**
 * Loads the addon once. Returns { native, reason: null }, or { native: null, reason }
 * when it is unavailable: not x86-64 Linux, not built, fails to load, or
 * disabled with the environment variable LBBV_NO_NATIVE=1.
 */
export function loadNative(): NativeLoad {
  const g = globalThis as { [CACHE]?: NativeLoad };
  return (g[CACHE] ??= tryLoad());
}

function tryLoad(): NativeLoad {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return { native: null, reason: `the JIT needs x86-64 Linux, this is ${process.arch} ${process.platform}` };
  if (process.env.LBBV_NO_NATIVE && process.env.LBBV_NO_NATIVE !== '0')
    return { native: null, reason: 'the native addon is disabled by LBBV_NO_NATIVE' };
  const mod: { exports: Partial<Addon> } = { exports: {} };
  try {
    process.dlopen(mod, ADDON_PATH);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).split('\n')[0];
    return { native: null, reason: `the native addon did not load (${msg}); build it with \`npx lbbv --build-native\`` };
  }
  const addon = mod.exports as Addon;
  if (addon.abiVersion !== NATIVE_ABI_VERSION)
    return { native: null, reason: `the native addon is stale (ABI ${addon.abiVersion}, want ${NATIVE_ABI_VERSION}); rebuild it with \`npx lbbv --build-native\`` };
  return { native: wrap(addon), reason: null };
}

function wrap(addon: Addon): Native {
  const rt64 = new BigInt64Array(addon.runtime);
  return {
    pageSize: addon.pageSize,
    runtime: addon.runtime,
    runtimeAddress: addon.runtimeAddress,
    callbackAddress: addon.callbackAddress,
    createCodeMemory: (sizeMiB = DEFAULT_JIT_MEM_MIB) => createCodeMemory(addon, sizeMiB),
    reserveMemory: (reserveBytes, commitBytes = 0) => reserveMemory(addon, reserveBytes, commitBytes),
    enter: addon.enter,
    setCallback: addon.setCallback,
    lastResult: () => rt64[RT.RET_RAX / 8],
    lastResult2: () => rt64[RT.RET_RDX / 8],
    outputBuffer: addon.outputBuffer && addon.flushOutput ? onceOutputBuffer(addon.outputBuffer) : undefined,
    flushOutput: addon.flushOutput,
    watchInterrupt: addon.watchInterrupt,
  };
}

/** The addon's output block is made once per process: one ArrayBuffer over it. */
function onceOutputBuffer(make: (bytes: number) => ArrayBuffer): (bytes: number) => ArrayBuffer {
  const g = globalThis as { [OUTPUT_CACHE]?: ArrayBuffer };
  return (bytes) => (g[OUTPUT_CACHE] ??= make(bytes));
}
const OUTPUT_CACHE = Symbol.for('lbbv.native.output');

function createCodeMemory(addon: Addon, sizeMiB: number): CodeMemory {
  if (!(sizeMiB > 0 && sizeMiB <= MAX_JIT_MEM_MIB))
    throw new RangeError(`lbbv: JIT memory size must be in (0, ${MAX_JIT_MEM_MIB}] MiB, got ${sizeMiB}`);
  const { rw, rxBase, size } = addon.createCodeMemory(Math.ceil(sizeMiB * 1024 * 1024));
  return {
    rw,
    bytes: new Uint8Array(rw),
    rxBase,
    size,
    address: (offset) => rxBase + offset,
    flush: () => {
      // x86-64 keeps instruction fetch coherent with stores, also through the
      // second (RW) virtual mapping; nothing to do. A port to another
      // architecture would clear the instruction cache for the range here.
    },
    release: () => addon.release(rw),
  };
}

function reserveMemory(addon: Addon, reserveBytes: number, commitBytes: number): VMMemory {
  const { buffer, address, size } = addon.reserveMemory(reserveBytes);
  let committed = 0;
  let lastError: string | null = null;
  const mem: VMMemory = {
    buffer,
    address,
    reserved: size,
    get committed() {
      return committed;
    },
    get lastError() {
      return lastError;
    },
    commit(bytes: number): boolean {
      if (bytes <= committed) return true;
      if (!(bytes <= size)) {
        lastError = `cannot commit ${bytes} bytes: only ${size} are reserved`;
        return false;
      }
      try {
        committed = addon.commit(buffer, bytes);
        lastError = null;
        return true;
      } catch (e) {
        lastError = String((e as Error)?.message ?? e);
        return false;
      }
    },
    release: () => addon.release(buffer),
  };
  if (commitBytes > 0 && !mem.commit(commitBytes)) {
    const why = mem.lastError;
    mem.release();
    throw new Error(`lbbv: cannot commit the initial ${commitBytes} bytes of VM memory: ${why}`);
  }
  return mem;
}
