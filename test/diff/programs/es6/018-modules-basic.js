// CommonJS: require with and without extension, exports.x and module.exports
const mu = require('./lib/math-utils');
const mu2 = require('./lib/math-utils.js');
const Greeter = require('./lib/greeter');
const makeCounter = require('./lib/factory.js');
console.log(typeof mu, typeof Greeter, typeof makeCounter);
console.log(mu.square(7), mu.cube(3), mu.PI2, mu.clamp(15, 0, 10), mu.gcd(84, 36), mu.lcm(4, 6));
console.log(mu.nextId(), mu2.nextId(), mu.nextId());
console.log(mu === mu2);
const g = new Greeter('Hello');
console.log(g.greet('modules'), g instanceof Greeter, Greeter);
const c1 = makeCounter(10), c2 = makeCounter(100);
console.log(c1.next(), c1.next(), c2.next(), c1.peek(), c2.peek());
const wrong = require('./lib/wrong-exports');
console.log(wrong, wrong.lost, wrong.alsoLost);
console.log(typeof require, typeof module, typeof exports, typeof module.exports);
console.log(module.exports === exports);
