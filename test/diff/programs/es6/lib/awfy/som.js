// small support library: deterministic random numbers and a growable vector
class Random {
  constructor() {
    this.seed = 74755;
  }
  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}
class Vector {
  constructor(size) {
    this.storage = new Array(size === undefined ? 50 : size);
    this.firstIdx = 0;
    this.lastIdx = 0;
  }
  append(elem) {
    if (this.lastIdx >= this.storage.length) {
      const newStorage = new Array(this.storage.length * 2);
      for (let i = 0; i < this.storage.length; i++) newStorage[i] = this.storage[i];
      this.storage = newStorage;
    }
    this.storage[this.lastIdx] = elem;
    this.lastIdx++;
  }
  at(idx) { return idx < this.storage.length ? this.storage[idx] : null; }
  isEmpty() { return this.lastIdx === this.firstIdx; }
  size() { return this.lastIdx - this.firstIdx; }
  forEach(fn) { for (let i = this.firstIdx; i < this.lastIdx; i++) fn(this.storage[i]); }
  removeFirst() {
    if (this.isEmpty()) return null;
    this.firstIdx++;
    return this.storage[this.firstIdx - 1];
  }
}
module.exports = { Random, Vector };
