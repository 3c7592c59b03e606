// Frame names of functions stored into properties (V8's inferred names:
// exports.run, o.f, K.h) and of named functions stored under another key
// ([as key]), written the way CommonJS code defines them; some run hot.
const top = (s) => s.split('\n')[1].trim().split(__dirname).join('.');

const o = {};
o.f = function () { return new Error().stack; };
console.log(top(o.f()));
const p = { q: {} };
p.q.g = function () { return new Error().stack; };
console.log(top(p.q.g()));
function K() {}
K.prototype.h = function () { return new Error().stack; };
console.log(top(new K().h()));
let v;
v = function () { return new Error().stack; };
console.log(top(v()));
const obj2 = { m: function () { return new Error().stack; } };
console.log(top(obj2.m()));
o.named = function nm() { return new Error().stack; };
console.log(top(o.named()));
exports.run = function () { return new Error().stack; };
console.log(top(exports.run()));
module.exports.later = (x) => new Error('arrow ' + x).stack;
console.log(top(module.exports.later(1)));
console.log(o.f.name === '', typeof exports.run.name);

// A small event emitter, the way such code is written, failing in a handler.
function Emitter() { this.handlers = {}; }
Emitter.prototype.on = function (name, fn) { (this.handlers[name] = this.handlers[name] || []).push(fn); return this; };
Emitter.prototype.emit = function (name, arg) {
  const hs = this.handlers[name] || [];
  for (let i = 0; i < hs.length; i++) hs[i].call(this, arg);
};
const em = new Emitter();
let seen = 0;
em.on('tick', function onTick(n) { seen += n; if (n === 77) throw new RangeError('tick ' + n); });
for (let i = 0; i < 100; i++) {
  try {
    em.emit('tick', i);
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 4).join('\n').split(__dirname).join('.'));
  }
}
console.log(seen);
