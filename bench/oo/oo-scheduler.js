'use strict';
// oo-scheduler: an operating-system style task scheduler, written for lbbv's
// object-oriented benchmark set (our own design, not a port).
//
// A Kernel keeps a priority-ordered list of tasks. Tasks exchange Packets
// through per-task inboxes: an idle task wakes the producers, producers fill
// work packets and hand them to two handlers, the handlers pair work packets
// with device packets and pass them to two devices, and the devices consume
// the payload and return the packets. Every task is a subclass of Task (an
// abstract base whose `step` throws), tasks are found by id in a sparse
// `new Array(n)` table, packet kinds are strings compared with `===`, the idle
// task's generator multiplies 16-bit values past int32 and masks the product
// with `& 0xffff`, and the checksum counter grows past 2^31.
const { run } = require('../yjit-bench-ports/harness');

const ID_IDLE = 1;
const ID_PRODUCER_A = 2;
const ID_PRODUCER_B = 3;
const ID_HANDLER_A = 4;
const ID_HANDLER_B = 5;
const ID_DEVICE_A = 6;
const ID_DEVICE_B = 7;
const TASK_SLOTS = 10;
const PAYLOAD = 6;

// state bits of a task
const HELD = 1;
const WAITING = 2;

class Packet {
  constructor(owner, kind) {
    this.link = null;
    this.owner = owner;
    this.kind = kind;
    this.seq = 0;
    this.payload = new Array(PAYLOAD);
    for (let i = 0; i < PAYLOAD; i++) this.payload[i] = 0;
  }
}

class Inbox {
  constructor() {
    this.head = null;
    this.tail = null;
    this.size = 0;
  }
  put(packet) {
    packet.link = null;
    if (this.tail === null) this.head = packet;
    else this.tail.link = packet;
    this.tail = packet;
    this.size++;
  }
  take() {
    const p = this.head;
    if (p === null) return null;
    this.head = p.link;
    if (this.head === null) this.tail = null;
    p.link = null;
    this.size--;
    return p;
  }
  isEmpty() {
    return this.head === null;
  }
}

class Task {
  constructor(kernel, id, priority) {
    this.kernel = kernel;
    this.id = id;
    this.priority = priority;
    this.inbox = new Inbox();
    this.state = 0;
    this.next = null;
    this.steps = 0;
  }
  isRunnable() {
    if ((this.state & HELD) !== 0) return false;
    if ((this.state & WAITING) !== 0) return !this.inbox.isEmpty();
    return true;
  }
  // one quantum: returns the task to run next, or null to let the kernel pick
  step(packet) {
    throw new Error('Task#step is abstract (task ' + this.id + ')');
  }
  toString() {
    return this.constructor.name + '#' + this.id;
  }
}

class IdleTask extends Task {
  seed = 0x1d3f;
  countdown;
  constructor(kernel, id, priority, rounds) {
    super(kernel, id, priority);
    this.countdown = rounds;
  }
  step(packet) {
    this.countdown--;
    if (this.countdown === 0) return this.kernel.holdSelf();
    // a 16-bit linear congruential step: the product exceeds int32 and is a
    // double when it reaches the mask
    this.seed = (this.seed * 0x9e37 + 0x79b9) & 0xffff;
    // (the low bits of such a generator cycle quickly: decide on high ones)
    if ((this.seed & 0x100) === 0) return this.kernel.release((this.seed & 0x2000) === 0 ? ID_PRODUCER_A : ID_PRODUCER_B);
    // an "interrupt": a device finishes its transfer
    return this.kernel.release((this.seed >>> 9) % 3 === 0 ? ID_DEVICE_B : ID_DEVICE_A);
  }
}

class ProducerTask extends Task {
  constructor(kernel, id, priority, target) {
    super(kernel, id, priority);
    this.target = target;
    this.letter = 0;
  }
  step(packet) {
    if (packet === null) return this.kernel.waitForPacket();
    this.target = this.target === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.owner = this.target;
    packet.seq++;
    for (let i = 0; i < PAYLOAD; i++) {
      this.letter = (this.letter + 7) % 26;
      packet.payload[i] = 65 + this.letter;
    }
    this.kernel.send(packet, this.target);
    // a producer yields after every packet until the idle task wakes it again
    return (packet.seq & 3) === 0 ? this.kernel.holdSelf() : this.kernel.waitForPacket();
  }
}

class HandlerTask extends Task {
  work = null;
  devices = null;
  constructor(kernel, id, priority, device) {
    super(kernel, id, priority);
    this.device = device;
    this.cursor = 0;
  }
  step(packet) {
    if (packet !== null) {
      if (packet.kind === 'work') this.work = this.push(this.work, packet);
      else this.devices = this.push(this.devices, packet);
    }
    if (this.work !== null) {
      const w = this.work;
      if (this.cursor >= PAYLOAD) {
        this.work = w.link;
        this.cursor = 0;
        return this.kernel.send(w, ID_PRODUCER_A + (w.seq & 1));
      }
      if (this.devices !== null) {
        const d = this.devices;
        this.devices = d.link;
        d.seq = w.payload[this.cursor];
        this.cursor++;
        return this.kernel.send(d, this.device);
      }
    }
    return this.kernel.waitForPacket();
  }
  push(list, packet) {
    packet.link = null;
    if (list === null) return packet;
    let p = list;
    while (p.link !== null) p = p.link;
    p.link = packet;
    return list;
  }
}

class DeviceTask extends Task {
  constructor(kernel, id, priority) {
    super(kernel, id, priority);
    this.pending = null;
    this.consumed = 0;
  }
  step(packet) {
    if (packet === null) {
      if (this.pending === null) return this.kernel.waitForPacket();
      const p = this.pending;
      this.pending = null;
      return this.kernel.send(p, p.owner);
    }
    this.pending = packet;
    this.consumed++;
    this.kernel.output(packet.seq);
    if (this.kernel.tracing) this.kernel.trace(String.fromCharCode(packet.seq));
    return this.kernel.holdSelf();
  }
}

class Kernel {
  constructor(tracing) {
    this.table = new Array(TASK_SLOTS);
    this.list = null;
    this.current = null;
    this.tracing = tracing;
    this.traceText = '';
    this.sends = 0;
    this.holds = 0;
    this.checksum = 0;
  }
  add(task, packets) {
    if (!(task instanceof Task)) throw new TypeError('not a task: ' + task);
    if (this.table[task.id] !== undefined) throw new Error('duplicate task id ' + task.id);
    this.table[task.id] = task;
    for (let i = 0; i < packets.length; i++) task.inbox.put(packets[i]);
    // keep the list ordered by decreasing priority
    if (this.list === null || this.list.priority < task.priority) {
      task.next = this.list;
      this.list = task;
      return task;
    }
    let p = this.list;
    while (p.next !== null && p.next.priority >= task.priority) p = p.next;
    task.next = p.next;
    p.next = task;
    return task;
  }
  find(id) {
    const t = this.table[id];
    if (t === undefined) throw new RangeError('no task with id ' + id);
    return t;
  }
  release(id) {
    const t = this.find(id);
    t.state &= ~HELD;
    return t.priority > this.current.priority ? t : this.current;
  }
  holdSelf() {
    this.holds++;
    this.current.state |= HELD;
    return this.current.next;
  }
  waitForPacket() {
    this.current.state |= WAITING;
    return this.current;
  }
  send(packet, id) {
    const t = this.find(id);
    this.sends++;
    const wasEmpty = t.inbox.isEmpty();
    t.inbox.put(packet);
    if (wasEmpty && t.priority > this.current.priority) return t;
    return this.current;
  }
  output(value) {
    this.checksum = this.checksum * 3 + value;
    if (this.checksum > 1e15) this.checksum = this.checksum % 1000000007;
  }
  trace(text) {
    if (this.traceText.length < 64) this.traceText += text;
  }
  schedule() {
    this.current = this.list;
    while (this.current !== null) {
      const t = this.current;
      if (!t.isRunnable()) {
        this.current = t.next;
        continue;
      }
      let packet = null;
      if ((t.state & WAITING) !== 0) {
        packet = t.inbox.take();
        t.state &= ~WAITING;
      }
      t.steps++;
      const next = t.step(packet);
      this.current = next === null ? null : next;
      if (this.current === null) {
        // the current task gave the processor away: restart from the top
        this.current = this.list;
        if (this.allHeldOrWaiting()) return;
      }
    }
  }
  allHeldOrWaiting() {
    for (let t = this.list; t !== null; t = t.next) if (t.isRunnable()) return false;
    return true;
  }
}

function boot(rounds, tracing) {
  const k = new Kernel(tracing);
  k.add(new IdleTask(k, ID_IDLE, 0, rounds), []);
  const work = [];
  for (let i = 0; i < 3; i++) work.push(new Packet(ID_PRODUCER_A, 'work'));
  k.add(new ProducerTask(k, ID_PRODUCER_A, 1000, ID_HANDLER_A), work);
  const work2 = [new Packet(ID_PRODUCER_B, 'work'), new Packet(ID_PRODUCER_B, 'work')];
  k.add(new ProducerTask(k, ID_PRODUCER_B, 1001, ID_HANDLER_B), work2);
  const devA = [];
  const devB = [];
  for (let i = 0; i < 3; i++) {
    devA.push(new Packet(ID_HANDLER_A, 'dev'));
    devB.push(new Packet(ID_HANDLER_B, 'dev'));
  }
  k.add(new HandlerTask(k, ID_HANDLER_A, 2000, ID_DEVICE_A), devA);
  k.add(new HandlerTask(k, ID_HANDLER_B, 3000, ID_DEVICE_B), devB);
  k.add(new DeviceTask(k, ID_DEVICE_A, 4000), []);
  k.add(new DeviceTask(k, ID_DEVICE_B, 5000), []);
  // every task but the idle one starts waiting for its first packet
  for (let t = k.list; t !== null; t = t.next) if (t.id !== ID_IDLE) t.state = WAITING;
  // and the producers and devices start held until the idle task wakes them
  k.find(ID_PRODUCER_A).state |= HELD;
  k.find(ID_PRODUCER_B).state |= HELD;
  return k;
}

function simulate(rounds, tracing) {
  const k = boot(rounds, tracing);
  // a misuse is rejected through the validation paths
  let rejected = 0;
  try {
    k.add(new DeviceTask(k, ID_DEVICE_A, 1), []);
  } catch (e) {
    if (e instanceof Error && e.message === 'duplicate task id 6') rejected++;
  }
  try {
    k.find(TASK_SLOTS - 1);
  } catch (e) {
    if (e instanceof RangeError) rejected++;
  }
  k.schedule();
  let steps = 0;
  let consumed = 0;
  for (let t = k.list; t !== null; t = t.next) {
    steps += t.steps;
    if (t instanceof DeviceTask) consumed += t.consumed;
  }
  return {
    sends: k.sends,
    holds: k.holds,
    steps: steps,
    consumed: consumed,
    checksum: k.checksum,
    rejected: rejected,
    trace: k.traceText,
    summary: k.list.toString() + '..' + k.find(ID_IDLE).toString(),
  };
}

function describe(r) {
  return 'sends=' + r.sends + ' holds=' + r.holds + ' steps=' + r.steps + ' consumed=' + r.consumed +
    ' checksum=' + r.checksum + ' rejected=' + r.rejected + ' ' + r.summary + ' trace=' + r.trace;
}

// Expected results were computed under node (the oracle).
run({
  name: 'oo-scheduler',
  config: {
    rounds: 20000,
    repeat: 3,
    expect: 'sends=15829 holds=7066 steps=57595 consumed=6782 checksum=69175628290 rejected=2 ' +
      'DeviceTask#7..IdleTask#1 trace=XHOVCJQXEELSZLSGZGNUHOBIPWVTCAHOJQVNUCBIPWDKDKRYRFMYZGNUBFIMJQJQ',
  },
  small: {
    rounds: 1500,
    repeat: 1,
    expect: 'sends=1272 holds=565 steps=4521 consumed=543 checksum=13220927391232 rejected=2 ' +
      'DeviceTask#7..IdleTask#1 trace=XHOVCJQXEELSZLSGZGNUHOBIPWVTCAHOJQVNUCBIPWDKDKRYRFMYZGNUBFIMJQJQ',
  },
  benchmark: function (cfg) {
    let last = null;
    for (let i = 0; i < cfg.repeat; i++) last = simulate(cfg.rounds, true);
    return last;
  },
  check: function (result, cfg) {
    const got = describe(result);
    return got === cfg.expect || 'expected ' + cfg.expect + ', got ' + got;
  },
});

module.exports = { simulate: simulate, describe: describe, boot: boot };
