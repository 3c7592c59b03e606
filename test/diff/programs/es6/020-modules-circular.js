// circular requires: partial exports are visible during the cycle
console.log('main: requiring a');
const a = require('./lib/circular-a');
console.log('main: requiring b');
const b = require('./lib/circular-b');
console.log('main: a =', a);
console.log('main: b =', b);
console.log(a.done, b.done, b.sawA.done, a.fromB);
// requiring b first from a fresh name gives the cached copy
console.log(require('./lib/circular-b.js') === b, require('./lib/circular-a') === a);
