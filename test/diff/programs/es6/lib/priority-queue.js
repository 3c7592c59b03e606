// binary min-heap priority queue with stable ordering via insertion counter
class PriorityQueue {
  constructor() {
    this.heap = [];
    this.counter = 0;
  }
  less(i, j) {
    const a = this.heap[i], b = this.heap[j];
    return a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq);
  }
  swap(i, j) { const t = this.heap[i]; this.heap[i] = this.heap[j]; this.heap[j] = t; }
  push(item, priority) {
    this.heap.push({ item: item, priority: priority, seq: this.counter++ });
    let i = this.heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
    return this.heap.length;
  }
  pop() {
    if (this.heap.length === 0) return undefined;
    const top = this.heap[0];
    const last = this.heap.pop();
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let i = 0;
      while (true) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < this.heap.length && this.less(l, m)) m = l;
        if (r < this.heap.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  size() { return this.heap.length; }
  isEmpty() { return this.heap.length === 0; }
}
module.exports = PriorityQueue;
