// realistic multi-file: priority queue + scheduler driven by closures
const PriorityQueue = require('./lib/priority-queue');
const { Scheduler } = require('./lib/scheduler.js');
const pq = new PriorityQueue();
const entries = [['write', 3], ['read', 1], ['exec', 2], ['idle', 9], ['read2', 1], ['urgent', 0], ['exec2', 2]];
for (const e of entries) pq.push(e[0], e[1]);
const order = [];
while (!pq.isEmpty()) { const x = pq.pop(); order.push(x.item + '@' + x.priority); }
console.log(order.join(' '), pq.pop());
const s = new Scheduler();
const out = [];
s.at(5, 'hello', t => out.push('hello at ' + t));
s.at(1, 'first', t => {
  out.push('first at ' + t);
  s.after(3, 'spawned', t2 => out.push('spawned at ' + t2 + ' by first'));
});
s.every(4, 3, 'heartbeat', (t, i) => out.push('heartbeat #' + i + ' at ' + t));
s.at(7, 'boom', () => { throw new Error('kaboom'); });
s.at(7, 'after-boom', t => out.push('still running at ' + t));
let counter = 0;
function makeWorker(name, steps) {
  let done = 0;
  return function work(t) {
    counter++;
    done++;
    out.push(name + ' step ' + done + '/' + steps + ' at ' + t);
    if (done < steps) s.after(2 + done, name, work);
  };
}
s.at(2, 'w1', makeWorker('w1', 3));
s.at(2, 'w2', makeWorker('w2', 2));
s.at(100, 'too-late', () => out.push('never'));
s.run(50);
for (const line of out) console.log(line);
console.log(s.log, 'ran', s.ran, 'failures', s.failures, 'now', s.now, 'counter', counter, 'left', s.queue.size());
// heap sort via the priority queue
let seed = 99;
const nums = [];
for (let i = 0; i < 25; i++) { seed = (seed * 16807) % 2147483647; nums.push(seed % 100); }
const q2 = new PriorityQueue();
for (const n of nums) q2.push(n, n);
const sorted = [];
while (!q2.isEmpty()) sorted.push(q2.pop().item);
console.log(sorted.join(' '));
console.log(sorted.every((v, i) => i === 0 || sorted[i - 1] <= v));
