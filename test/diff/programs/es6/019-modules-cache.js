// module cache: module body runs once, all requires share the same object
console.log('before first require');
const a = require('./lib/loud');
console.log('between requires');
const b = require('./lib/loud.js');
console.log('after second require');
console.log(a === b, a.loadCount(), b.loadCount());
console.log(a.add('x'), b.add('y'), a.state.items, b.state === a.state);
function lazy() { return require('./lib/loud'); }
console.log(lazy() === a, lazy().add('z'), a.state);
// mutate exported object: visible through every reference
a.extra = 'patched';
console.log(b.extra, lazy().extra);
const mu = require('./lib/math-utils');
mu.injected = 42;
console.log(require('./lib/math-utils.js').injected);
