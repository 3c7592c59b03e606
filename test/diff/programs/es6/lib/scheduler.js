// cooperative task scheduler on a virtual clock
const PriorityQueue = require('./priority-queue');
class Scheduler {
  constructor() {
    this.queue = new PriorityQueue();
    this.now = 0;
    this.log = [];
    this.ran = 0;
    this.failures = 0;
  }
  at(time, name, fn) {
    this.queue.push({ name: name, fn: fn }, time);
    return this;
  }
  after(delay, name, fn) { return this.at(this.now + delay, name, fn); }
  every(interval, times, name, fn) {
    let remaining = times;
    const self = this;
    function tick() {
      fn(self.now, times - remaining);
      remaining--;
      if (remaining > 0) self.after(interval, name, tick);
    }
    return this.after(interval, name, tick);
  }
  run(limit) {
    while (!this.queue.isEmpty()) {
      const entry = this.queue.pop();
      if (entry.priority > limit) { this.log.push('stop at ' + entry.priority); break; }
      this.now = entry.priority;
      try {
        entry.item.fn(this.now);
        this.ran++;
      } catch (e) {
        this.failures++;
        this.log.push('task ' + entry.item.name + ' failed: ' + e.message);
      }
    }
    return this;
  }
}
module.exports = { Scheduler };
