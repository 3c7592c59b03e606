import type { ThrowSite } from './stack';
// Host exceptions that carry JS values across host frames.

/** A JS exception in flight: the thrown value's words. Not an Error subclass, so throwing it captures no host stack. */
export class Thrown {
  /** Where it was thrown (src/vm/stack.ts), set when its unwinding starts: the code frame of an uncaught exception. */
  site: ThrowSite | undefined = undefined;
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {}
}

/** `process.exit(code)`: unwinds every host frame to the embedding API. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/**
 * An interrupted evaluation (Ctrl-C in the REPL): unwinds every frame to the
 * embedding API without running JS handlers or `finally` blocks, as V8's
 * TerminateExecution does.
 */
export class InterruptSignal {
  readonly message = 'Script execution was interrupted by `SIGINT`';
  /** Where it stopped: "\n    at …" lines as V8 prints a stack. */
  constructor(readonly trace: string) {}
}

/** Errors the VM raises that are not JS exceptions (limits of the host); reported with a location, exit code 1. */
export class FatalError extends Error {}

/** V8's message for host stack exhaustion. */
const HOST_STACK_MESSAGE = 'Maximum call stack size exceeded';

/**
 * Whether a host exception is V8's host stack overflow. Runs on an exhausted
 * host stack, so it calls nothing that needs stack of its own (no regexp: V8
 * compiles a regexp on first use, and that compile can itself overflow).
 */
export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === HOST_STACK_MESSAGE;
}
