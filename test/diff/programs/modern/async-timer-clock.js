// A timer's delay counts from when it is made, not from the start of the loop
// turn: a script that computes for a while before its second setTimeout still
// sees the first one fire first, as in Node.
const order = [];
function spin(ms) {
  const end = Date.now() + ms;
  let n = 0;
  while (Date.now() < end) n++;
  return n > 0;
}
setTimeout(() => order.push('ten'), 10);
spin(40);
setTimeout(() => order.push('five, made 40 ms later'), 5);
setTimeout(() => {
  // Inside a callback: the same rule for timers made during the loop.
  setTimeout(() => order.push('inner ten'), 10);
  spin(40);
  setTimeout(() => order.push('inner five, made 40 ms later'), 5);
  setTimeout(() => console.log(order.join('\n')), 120);
}, 60);
