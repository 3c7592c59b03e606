// e.stack exists and mentions this file name
function thrower() { throw new Error('stack test'); }
try {
  thrower();
} catch (e) {
  console.log(typeof e.stack === 'string');
  console.log(e.stack.indexOf('017-error-stack.js') >= 0);
  console.log(e.stack.indexOf('stack test') >= 0);
  console.log(e.stack.indexOf('Error') === 0);
}
try {
  const u = undefined;
  u.prop;
} catch (e) {
  console.log(typeof e.stack === 'string', e.stack.indexOf('017-error-stack.js') >= 0, e.stack.indexOf('TypeError') === 0);
}
class Custom extends Error { constructor(m) { super(m); this.name = 'Custom'; } }
const c = new Custom('made');
console.log(typeof c.stack === 'string', c.stack.indexOf('017-error-stack.js') >= 0);
const plain = new RangeError('not thrown');
console.log(typeof plain.stack, plain.stack.indexOf('017-error-stack.js') >= 0);
console.log(plain.stack.split('\n')[0]);
