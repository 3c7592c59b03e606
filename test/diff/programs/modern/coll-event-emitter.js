'use strict';
// An event emitter the way many libraries write one: a Map from event name
// to a Set of listeners, once-wrappers, and removal while emitting.
class Emitter {
  constructor() {
    this.listeners = new Map();
    this.onceWrappers = new WeakMap();
  }
  on(event, fn) {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(fn);
    return this;
  }
  once(event, fn) {
    const self = this;
    const wrapper = function () {
      self.off(event, wrapper);
      fn.apply(self, arguments);
    };
    this.onceWrappers.set(fn, wrapper);
    return this.on(event, wrapper);
  }
  off(event, fn) {
    const set = this.listeners.get(event);
    if (!set) return this;
    if (!set.delete(fn) && this.onceWrappers.has(fn)) set.delete(this.onceWrappers.get(fn));
    if (set.size === 0) this.listeners.delete(event);
    return this;
  }
  emit(event) {
    const set = this.listeners.get(event);
    if (!set) return false;
    const args = Array.prototype.slice.call(arguments, 1);
    for (const fn of [...set]) fn(...args);
    return true;
  }
  eventNames() {
    return [...this.listeners.keys()];
  }
  listenerCount(event) {
    const set = this.listeners.get(event);
    return set ? set.size : 0;
  }
}

const bus = new Emitter();
const log = [];
bus.on('data', (x) => log.push('a' + x));
const b = (x) => log.push('b' + x);
bus.on('data', b);
bus.once('data', (x) => log.push('once' + x));
bus.on('end', () => log.push('end'));
bus.emit('data', 1);
bus.emit('data', 2);
bus.off('data', b);
bus.emit('data', 3);
bus.emit('end');
console.log(log.join(' '), bus.eventNames(), bus.listenerCount('data'), bus.emit('nothing'));

// Hot: many events, counted per type.
const counts = new Map();
const hub = new Emitter();
const kinds = ['click', 'key', 'move', 'scroll', 'resize'];
for (const k of kinds) hub.on(k, (n) => counts.set(k, (counts.get(k) || 0) + n));
hub.on('click', (n) => { if (n % 97 === 0) counts.set('special', (counts.get('special') || 0) + 1); });
for (let i = 0; i < 4000; i++) hub.emit(kinds[i % kinds.length], i % 13);
console.log(counts);
const unsub = [];
for (let i = 0; i < 50; i++) { const f = () => i; unsub.push(f); hub.on('tmp', f); }
for (const f of unsub) if (f() % 3) hub.off('tmp', f);
console.log(hub.listenerCount('tmp'), hub.eventNames());
