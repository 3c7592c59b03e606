// Ordering battery: nextTick vs promise jobs vs await vs timers vs immediates.
// Timer-vs-immediate races only happen inside callbacks of the loop, where Node's order is fixed.
const log = [];
const say = (s) => { log.push(s); console.log(s); };

say('script start');
process.nextTick(() => say('tick 1'));
Promise.resolve().then(() => say('then 1')).then(() => say('then 2')).then(() => say('then 3'));
queueMicrotask(() => { say('microtask'); process.nextTick(() => say('tick from microtask')); });
process.nextTick(() => { say('tick 2'); Promise.resolve().then(() => say('then from tick')); });

async function a1() { say('a1 start'); await a2(); say('a1 end'); }
async function a2() { say('a2'); }
a1();

new Promise((resolve) => { say('executor'); resolve('value'); }).then((v) => say('resolved ' + v));

// Resolving with a promise takes two extra ticks; awaiting one takes one.
const p = Promise.resolve('P');
new Promise((r) => r(p)).then(() => say('resolved with promise'));
p.then(() => say('p.then a')).then(() => say('p.then b')).then(() => say('p.then c'));
(async () => { await p; say('await p'); })();

// Thenables get a job of their own.
const thenable = { then(res) { say('thenable.then called'); res('T'); } };
Promise.resolve(thenable).then((v) => say('thenable resolved ' + v));

// Two timers with the same delay run in creation order. Whether they share a
// timers phase depends on the millisecond boundary between their creation (in
// Node too), so only the later one queues work whose order depends on phases.
setTimeout(() => {
  say('timeout A');
  process.nextTick(() => say('tick from timeout A'));
  Promise.resolve().then(() => say('then from timeout A'));
}, 5);
setTimeout(() => {
  say('timeout B (same delay, later)');
  setImmediate(() => say('immediate from timeout B'));
  setTimeout(() => say('timeout from timeout B'), 0);
  process.nextTick(() => say('tick from timeout B'));
  Promise.resolve().then(() => say('then from timeout B'));
  // Scheduled from a callback, well after everything timeout B queued.
  setTimeout(timeoutC, 80);
}, 5);
function timeoutC() {
  say('timeout C');
  setImmediate(() => {
    say('immediate 1');
    setImmediate(() => say('immediate from immediate 1 (next turn)'));
    Promise.resolve().then(() => say('then between immediates'));
  });
  setImmediate(() => say('immediate 2'));
  setTimeout(() => console.log(log.length, 'events'), 50);
}
say('script end');
