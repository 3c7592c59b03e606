// Host exceptions that carry JS values across host frames.

/** A JS exception in flight: the thrown value's words. Not an Error subclass, so throwing it captures no host stack. */
export class Thrown {
  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {}
}

/** `process.exit(code)`: unwinds every host frame to the embedding API. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** Errors the VM raises that are not JS exceptions (limits of the host); reported with a location, exit code 1. */
export class FatalError extends Error {}
