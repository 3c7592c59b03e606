// Promises, microtasks, timers and the event loop (docs/ARCHITECTURE.md §8).
//
// A promise is an OBJECT flagged HF_INTERNAL_REFS whose internal record
// (vm.internals) holds its state, result and reactions; the collector marks
// the values a record holds (markRefs). Jobs waiting in the microtask queue,
// process.nextTick callbacks, timers and immediates are host-side records
// whose values are roots (markRoots).
//
// The loop runs as Node's does: after the main script, the nextTick queue
// then the microtask queue drain; then each iteration runs the due timers
// (in order of due time, then creation), sleeps until the next timer when
// nothing else is pending, and runs the immediates queued before that
// phase. Both queues drain after every callback. A rejection still without
// a handler once they are drained is fatal: it escapes as an
// UnhandledRejection (exit code 1), as in Node 20.

import { Thrown } from './errors';
import type { Heap } from './heap';
import { HF_INTERNAL_REFS, L } from './layout';
import { asyncStep, GenRecord, Resume } from './generators';
import type { VM } from './vm';

const PENDING = 0;
const FULFILLED = 1;
const REJECTED = 2;

/** A `then` reaction (handlers may be non-callable: pass-through) or an await. */
interface Reaction {
  /** onFulfilled and onRejected values; an await has none. */
  flo: number;
  fhi: number;
  rlo: number;
  rhi: number;
  /** The promise `then` returned (0: none, e.g. an await). */
  derived: number;
  /** An await: the async activation to resume (0: a `then`). */
  act: number;
}

export class PromiseRecord {
  /** Object.prototype.toString's tag (until Symbol.toStringTag exists). */
  readonly tag = 'Promise';
  state = PENDING;
  lo = 0;
  hi = L.TAG_UNDEF;
  reactions: Reaction[] = [];
  handled = false;

  markRefs(h: Heap): void {
    h.markValue(this.lo, this.hi);
    for (const r of this.reactions) markReaction(h, r);
  }
}

function markReaction(h: Heap, r: Reaction): void {
  h.markValue(r.flo, r.fhi);
  h.markValue(r.rlo, r.rhi);
  h.mark(r.derived);
  h.mark(r.act);
}

/** The state shared by a promise's resolve and reject functions. */
class ResolvingState {
  resolved = false;
  constructor(readonly promise: number) {}
  markRefs(h: Heap): void {
    h.mark(this.promise);
  }
}

/** A queued microtask. */
type Job =
  | { k: 'reaction'; r: Reaction; lo: number; hi: number; rejected: boolean }
  | { k: 'thenable'; promise: number; tlo: number; thi: number; flo: number; fhi: number }
  | { k: 'call'; flo: number; fhi: number; args: number[] };

interface Timer {
  id: number;
  seq: number;
  due: number;
  /** setInterval's period; -1 for setTimeout. */
  repeat: number;
  delay: number;
  flo: number;
  fhi: number;
  args: number[];
  /** The Timeout object returned (0 for immediates). */
  obj: number;
  live: boolean;
  ref: boolean;
}

/** A rejection no handler took: fatal, as in Node 20 (exit code 1). */
export class UnhandledRejection extends Thrown {}

export class EventLoop {
  private readonly microtasks: Job[] = [];
  private mtHead = 0;
  private readonly ticks: Job[] = [];
  private timers: Timer[] = [];
  private immediates: Timer[] = [];
  private readonly byId = new Map<number, Timer>();
  private nextId = 1;
  private seq = 0;
  /** Rejected promises without a handler, in rejection order, checked once the queues drain. */
  private unhandled: number[] = [];
  /**
   * The loop's clock (ms), updated at the start of each iteration as libuv's
   * is: the timers phase runs what is due by it. A timer's due time counts
   * from the real clock when it is made (Node's getLibuvNow() updates the
   * loop time), so two timers made a millisecond apart may run in different
   * phases, in Node and here alike.
   */
  private now = 0;
  private readonly t0 = performance.now();
  /** Native ids of the resolve and reject functions (one each; the promise comes from the callee cell). */
  resolveFnId = -1;
  rejectFnId = -1;
  promiseProto = 0;
  promiseCtor = 0;
  timeoutProto = 0;
  immediateProto = 0;
  private readonly sleeper = new Int32Array(new SharedArrayBuffer(4));
  /** The loop is running callbacks: a nested drain (from a callback) must not start. */
  private draining = false;

  constructor(private readonly vm: VM) {}

  /** Jobs being run (dequeued, so no longer in a queue) and the rest of an immediates batch: still roots. */
  private readonly active: Job[] = [];
  private batch: Timer[] = [];

  markRoots(h: Heap): void {
    for (const j of this.active) markJob(h, j);
    for (const t of this.batch) markTimer(h, t);
    for (let i = this.mtHead; i < this.microtasks.length; i++) markJob(h, this.microtasks[i]);
    for (const j of this.ticks) markJob(h, j);
    for (const t of this.timers) markTimer(h, t);
    for (const t of this.immediates) markTimer(h, t);
    for (const p of this.unhandled) h.mark(p);
  }

  // ------------------------------------------------------------ promises

  record(lo: number, hi: number): PromiseRecord | null {
    if (hi !== L.TAG_OBJECT) return null;
    const r = this.vm.internals.get(lo);
    return r instanceof PromiseRecord ? r : null;
  }

  /** A new pending promise whose prototype is proto (default Promise.prototype). */
  newPromise(proto = this.promiseProto): number {
    const vm = this.vm;
    const p = vm.newObject(proto);
    vm.u8[p + L.HDR_FLAGS] |= HF_INTERNAL_REFS;
    vm.internals.set(p, new PromiseRecord());
    return p;
  }

  /** The resolve and reject functions of a promise (a fresh shared "already resolved" state). */
  resolvingFunctions(p: number): [number, number] {
    const vm = this.vm;
    const mark = vm.handleMark();
    const st = vm.newObject(0);
    vm.u8[st + L.HDR_FLAGS] |= HF_INTERNAL_REFS;
    vm.internals.set(st, new ResolvingState(p));
    vm.protect(st, L.TAG_OBJECT);
    const res = vm.newFunction(this.resolveFnId, 0, L.FNF_NATIVE | L.FNF_METHOD);
    vm.u32[(res + L.FN_HOME) >>> 2] = st;
    vm.protect(res, L.TAG_FUNCTION);
    const rej = vm.newFunction(this.rejectFnId, 0, L.FNF_NATIVE | L.FNF_METHOD);
    vm.u32[(rej + L.FN_HOME) >>> 2] = st;
    vm.releaseHandles(mark);
    return [res, rej];
  }

  /** The native body of a resolve (reject) function: the callee cell at fnQ names its state. */
  resolvingCall(fnQ: number, reject: boolean, lo: number, hi: number): void {
    const vm = this.vm;
    const st = vm.internals.get(vm.u32[(vm.u32[fnQ] + L.FN_HOME) >>> 2]) as ResolvingState;
    if (st.resolved) return;
    st.resolved = true;
    if (reject) this.reject(st.promise, lo, hi);
    else this.resolve(st.promise, lo, hi);
  }

  /** Resolves p with a value: adopts a thenable's state (through a job), else fulfils. */
  resolve(p: number, lo: number, hi: number): void {
    const vm = this.vm;
    if (hi === L.TAG_OBJECT && lo === p) {
      this.reject(p, vm.makeError('TypeError', 'Chaining cycle detected for promise #<Promise>'), L.TAG_OBJECT);
      return;
    }
    if (hi !== L.TAG_OBJECT && hi !== L.TAG_ARRAY && hi !== L.TAG_FUNCTION) return this.settle(p, FULFILLED, lo, hi);
    vm.protect(lo, hi);
    try {
      vm.getProp(lo, hi, 'then');
    } catch (e) {
      vm.unprotect(1);
      if (!(e instanceof Thrown)) throw e;
      return this.reject(p, e.lo, e.hi);
    }
    vm.unprotect(1);
    if (vm.rhi !== L.TAG_FUNCTION) return this.settle(p, FULFILLED, lo, hi);
    this.microtasks.push({ k: 'thenable', promise: p, tlo: lo, thi: hi, flo: vm.rlo, fhi: vm.rhi });
  }

  reject(p: number, lo: number, hi: number): void {
    this.settle(p, REJECTED, lo, hi);
  }

  private settle(p: number, state: number, lo: number, hi: number): void {
    const rec = this.vm.internals.get(p) as PromiseRecord;
    if (rec.state !== PENDING) return;
    rec.state = state;
    rec.lo = lo;
    rec.hi = hi;
    const reactions = rec.reactions;
    rec.reactions = [];
    for (const r of reactions) this.microtasks.push({ k: 'reaction', r, lo, hi, rejected: state === REJECTED });
    if (state === REJECTED && !rec.handled) this.unhandled.push(p);
  }

  /** PerformPromiseThen: subscribes a reaction to p. */
  then(p: number, r: Reaction): void {
    const rec = this.vm.internals.get(p) as PromiseRecord;
    if (rec.state === PENDING) rec.reactions.push(r);
    else this.microtasks.push({ k: 'reaction', r, lo: rec.lo, hi: rec.hi, rejected: rec.state === REJECTED });
    rec.handled = true;
  }

  /** `await v` in an async activation: resumes it with v's outcome (PromiseResolve, then a reaction). */
  await(act: number, lo: number, hi: number): void {
    const vm = this.vm;
    // The activation is off the stack now: keep it (and the value) alive until the reaction holds it.
    vm.protect(act, L.TAG_OBJECT);
    vm.protect(lo, hi);
    const p = this.promiseResolve(lo, hi);
    this.then(p, { flo: 0, fhi: L.TAG_UNDEF, rlo: 0, rhi: L.TAG_UNDEF, derived: 0, act });
    vm.unprotect(2);
  }

  /** A promise of ours whose constructor is the intrinsic Promise (PromiseResolve returns it as is). */
  isPlainPromise(lo: number, hi: number): boolean {
    const vm = this.vm;
    if (this.record(lo, hi) === null) return false;
    vm.getProp(lo, hi, 'constructor');
    return vm.rhi === L.TAG_FUNCTION && vm.rlo === this.promiseCtor;
  }

  /** Promise.resolve(v) for the intrinsic constructor, in the result registers. */
  promiseResolve(lo: number, hi: number): number {
    const vm = this.vm;
    if (this.isPlainPromise(lo, hi)) return lo;
    vm.protect(lo, hi);
    const p = this.newPromise();
    vm.protect(p, L.TAG_OBJECT);
    this.resolve(p, lo, hi);
    vm.unprotect(2);
    return p;
  }

  // ------------------------------------------------------------ queues

  enqueueCall(flo: number, fhi: number, args: number[] = [], tick = false): void {
    (tick ? this.ticks : this.microtasks).push({ k: 'call', flo, fhi, args });
  }

  private runJob(j: Job): void {
    this.active.push(j);
    try {
      this.runJobBody(j);
    } finally {
      this.active.pop();
    }
  }

  private runJobBody(j: Job): void {
    const vm = this.vm;
    switch (j.k) {
      case 'call':
        vm.callFunction(j.flo, j.fhi, 0, L.TAG_UNDEF, j.args);
        return;
      case 'thenable': {
        const [res, rej] = this.resolvingFunctions(j.promise);
        vm.protect(res, L.TAG_FUNCTION);
        vm.protect(rej, L.TAG_FUNCTION);
        try {
          vm.callFunction(j.flo, j.fhi, j.tlo, j.thi, [res, L.TAG_FUNCTION, rej, L.TAG_FUNCTION]);
        } catch (e) {
          if (!(e instanceof Thrown)) throw e;
          const st = vm.internals.get(vm.u32[(rej + L.FN_HOME) >>> 2]) as ResolvingState;
          if (!st.resolved) {
            st.resolved = true;
            this.reject(j.promise, e.lo, e.hi);
          }
        } finally {
          vm.unprotect(2);
        }
        return;
      }
      case 'reaction': {
        const r = j.r;
        if (r.act !== 0) {
          asyncStep(vm, r.act, vm.internals.get(r.act) as GenRecord, j.rejected ? Resume.Throw : Resume.Next, j.lo, j.hi);
          return;
        }
        const hlo = j.rejected ? r.rlo : r.flo;
        const hhi = j.rejected ? r.rhi : r.fhi;
        if (hhi !== L.TAG_FUNCTION) {
          if (r.derived !== 0) {
            if (j.rejected) this.reject(r.derived, j.lo, j.hi);
            else this.resolve(r.derived, j.lo, j.hi);
          }
          return;
        }
        try {
          vm.callFunction(hlo, hhi, 0, L.TAG_UNDEF, [j.lo, j.hi]);
        } catch (e) {
          if (!(e instanceof Thrown)) throw e;
          if (r.derived !== 0) this.reject(r.derived, e.lo, e.hi);
          return;
        }
        if (r.derived !== 0) this.resolve(r.derived, vm.rlo, vm.rhi);
        return;
      }
    }
  }

  /**
   * Node's processTicksAndRejections: the nextTick queue, then the
   * microtask queue, until both are empty; then unhandled rejections.
   */
  drain(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      for (;;) {
        while (this.ticks.length > 0) this.runJob(this.ticks.shift()!);
        while (this.mtHead < this.microtasks.length) {
          const j = this.microtasks[this.mtHead++];
          if (this.mtHead > 1024 && this.mtHead * 2 > this.microtasks.length) {
            this.microtasks.splice(0, this.mtHead);
            this.mtHead = 0;
          }
          this.runJob(j);
        }
        this.microtasks.length = 0;
        this.mtHead = 0;
        if (this.ticks.length === 0) break;
      }
      this.checkUnhandled();
    } finally {
      this.draining = false;
    }
  }

  /** Whether an unhandled rejection ends the program (Node's default); test262's async tests turn it off. */
  unhandledFatal = true;

  private checkUnhandled(): void {
    const list = this.unhandled;
    this.unhandled = [];
    if (!this.unhandledFatal) return;
    for (const p of list) {
      const rec = this.vm.internals.get(p) as PromiseRecord | undefined;
      if (rec && !rec.handled) throw new UnhandledRejection(rec.lo, rec.hi);
    }
  }

  // -------------------------------------------------------------- timers

  /** Milliseconds on the loop's clock. */
  private clock(): number {
    return Math.floor(performance.now() - this.t0);
  }

  addTimer(flo: number, fhi: number, delay: number, repeat: boolean, args: number[], obj: number): Timer {
    if (!(delay >= 1 && delay <= 0x7fffffff)) delay = 1;
    delay = Math.trunc(delay);
    const t: Timer = { id: this.nextId++, seq: this.seq++, due: this.clock() + delay, repeat: repeat ? delay : -1, delay, flo, fhi, args, obj, live: true, ref: true };
    this.timers.push(t);
    this.byId.set(t.id, t);
    return t;
  }

  addImmediate(flo: number, fhi: number, args: number[], obj: number): Timer {
    const t: Timer = { id: this.nextId++, seq: this.seq++, due: 0, repeat: -1, delay: 0, flo, fhi, args, obj, live: true, ref: true };
    this.immediates.push(t);
    this.byId.set(t.id, t);
    return t;
  }

  /** Timeout.refresh(): the same delay again from now. */
  refresh(t: Timer): void {
    if (!t.live || t.repeat === -2) return;
    t.due = this.clock() + t.delay;
    t.seq = this.seq++;
  }

  timerById(id: number): Timer | undefined {
    return this.byId.get(id);
  }

  clear(t: Timer | undefined): void {
    if (!t) return;
    t.live = false;
    this.byId.delete(t.id);
  }

  private runTimer(t: Timer): void {
    const vm = this.vm;
    if (t.repeat < 0) {
      t.live = false;
      this.byId.delete(t.id);
    }
    try {
      vm.callFunction(t.flo, t.fhi, t.obj, t.obj === 0 ? L.TAG_UNDEF : L.TAG_OBJECT, t.args);
    } finally {
      if (t.repeat >= 0 && t.live) {
        t.due = this.clock() + t.repeat;
        t.seq = this.seq++;
      }
    }
  }

  /** Whether anything keeps the loop alive: a live referenced timer or an immediate. */
  private alive(): boolean {
    this.timers = this.timers.filter((t) => t.live);
    this.immediates = this.immediates.filter((t) => t.live);
    return this.immediates.length > 0 || this.timers.some((t) => t.ref);
  }

  /** One pass of the timers phase: every timer due by the loop's clock, in order. */
  private runDueTimers(): void {
    for (;;) {
      let best: Timer | null = null;
      for (const t of this.timers) {
        if (!t.live || t.due > this.now) continue;
        if (best === null || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = t;
      }
      if (best === null) return;
      this.runTimer(best);
      this.drain();
    }
  }

  private runImmediates(): void {
    const batch = this.immediates;
    this.batch = batch;
    this.immediates = [];
    for (let i = 0; i < batch.length; i++) {
      const t = batch[i];
      if (!t.live) continue;
      t.live = false;
      this.byId.delete(t.id);
      try {
        this.vm.callFunction(t.flo, t.fhi, t.obj, t.obj === 0 ? L.TAG_UNDEF : L.TAG_OBJECT, t.args);
      } catch (e) {
        // The rest of this batch still runs on the next turn (as Node's), if the error is caught by the host.
        this.immediates = batch.slice(i + 1).concat(this.immediates);
        this.batch = [];
        throw e;
      }
      this.drain();
    }
    this.batch = [];
  }

  /**
   * Runs the loop. With block, until nothing is pending (sleeping until the
   * next timer); without, only what is due now, returning the milliseconds
   * until the next timer (-1: nothing pending) so a host loop can come back.
   */
  run(block = true): number {
    this.drain();
    for (;;) {
      this.now = this.clock();
      this.runDueTimers();
      if (!this.alive()) return -1;
      if (this.immediates.length === 0) {
        let next = Infinity;
        for (const t of this.timers) if (t.live && t.ref && t.due < next) next = t.due;
        const wait = next - this.clock();
        if (wait > 0) {
          if (!block) return wait;
          Atomics.wait(this.sleeper, 0, 0, wait);
        }
      }
      this.runImmediates();
      if (!block && !this.alive()) return -1;
    }
  }

  /** Whether a timer, immediate or job is pending. */
  pending(): boolean {
    return this.alive() || this.mtHead < this.microtasks.length || this.ticks.length > 0;
  }
}

function markJob(h: Heap, j: Job): void {
  switch (j.k) {
    case 'call':
      h.markValue(j.flo, j.fhi);
      for (let i = 0; i < j.args.length; i += 2) h.markValue(j.args[i], j.args[i + 1]);
      return;
    case 'thenable':
      h.mark(j.promise);
      h.markValue(j.tlo, j.thi);
      h.markValue(j.flo, j.fhi);
      return;
    case 'reaction':
      markReaction(h, j.r);
      h.markValue(j.lo, j.hi);
      return;
  }
}

function markTimer(h: Heap, t: Timer): void {
  if (!t.live) return;
  h.markValue(t.flo, t.fhi);
  for (let i = 0; i < t.args.length; i += 2) h.markValue(t.args[i], t.args[i + 1]);
  h.mark(t.obj);
}
