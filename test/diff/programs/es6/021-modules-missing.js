// requiring a missing module throws a catchable error
let threw = false;
try {
  require('./lib/does-not-exist');
  console.log('not reached');
} catch (e) {
  threw = true;
  console.log(e instanceof Error, typeof e.message, e.message.indexOf('does-not-exist') >= 0, e.code);
}
console.log('threw:', threw);
try {
  require('./lib/also-missing.js');
} catch (e) {
  console.log('second missing:', e.message.indexOf('also-missing') >= 0, e.code);
}
// a module that exists still loads fine afterwards
const mu = require('./lib/math-utils');
console.log(mu.square(12));
// failure is not cached as success: requiring again throws again
let count = 0;
for (let i = 0; i < 3; i++) {
  try { require('./lib/does-not-exist'); } catch (e) { count++; }
}
console.log('threw', count, 'times');
