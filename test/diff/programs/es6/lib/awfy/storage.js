// Storage benchmark: builds a tree of arrays
const Benchmark = require('./benchmark');
const { Random } = require('./som');
class Storage extends Benchmark {
  constructor() { super(); this.count = 0; }
  benchmark() {
    const random = new Random();
    this.count = 0;
    this.buildTreeDepth(7, random);
    return this.count;
  }
  buildTreeDepth(depth, random) {
    this.count++;
    if (depth === 1) return new Array(random.next() % 10 + 1);
    const arr = new Array(4);
    for (let i = 0; i < 4; i++) arr[i] = this.buildTreeDepth(depth - 1, random);
    return arr;
  }
  verifyResult(result) { return result === 5461; }
}
module.exports = Storage;
