// Timers: arguments, clearing, intervals, immediates, nesting, ordering inside callbacks.
const out = [];
const t1 = setTimeout((a, b) => console.log('timeout args', a, b), 10, 'x', 42);
const t2 = setTimeout(() => console.log('cleared: never'), 10);
clearTimeout(t2);
clearTimeout(undefined);
clearTimeout(12345);
console.log(typeof t1, typeof setTimeout, typeof setImmediate, typeof clearInterval);
const im = setImmediate(() => console.log('cleared immediate: never'));
clearImmediate(im);

let n = 0;
const iv = setInterval((tag) => {
  n++;
  console.log('interval', tag, n);
  if (n === 3) {
    clearInterval(iv);
    phase2();
  }
}, 20, 'tick');

function phase2() {
  // Inside a timer callback: immediates run before 0ms timers; microtasks after each callback.
  setTimeout(() => console.log('p2 timeout 0'), 0);
  setImmediate(() => console.log('p2 immediate'));
  Promise.resolve().then(() => console.log('p2 microtask'));
  process.nextTick(() => console.log('p2 nextTick'));
  setTimeout(() => {
    console.log('p2 timeout 30');
    // Timers of different delays fire in due order.
    setTimeout(() => console.log('delay 60'), 60);
    setTimeout(() => console.log('delay 20'), 20);
    setTimeout(() => console.log('delay 40'), 40);
    setTimeout(() => { console.log('delay 90'); phase3(); }, 90);
  }, 30);
}

function phase3() {
  // An interval that clears itself from inside on its first run. (Made first: a
  // delay counts from when its timer is made, so the order below holds however
  // long the next lines take.)
  const self = setInterval(() => { console.log('self-clearing interval'); clearInterval(self); }, 5);
  // Same delay: creation order. Clearing a later one from an earlier one.
  let later;
  setTimeout(() => { console.log('first'); clearTimeout(later); }, 10);
  later = setTimeout(() => console.log('never (cleared by first)'), 10);
  setTimeout(() => console.log('third'), 10);
  // unref: a timer that does not keep the process alive.
  setTimeout(() => console.log('unref timer: never'), 500).unref();
  setTimeout(() => { console.log('last ref timer'); phase4(); }, 60);
}

function phase4() {
  // setImmediate chain: each queued during the check phase runs on the next turn, after the 0ms timer's turn.
  let k = 0;
  const chain = () => { out.push(k); if (++k < 5) setImmediate(chain); else console.log('immediate chain', out.join(',')); };
  setImmediate(chain);
}
