// Function length, name and prototype.
function decl(a, b, c) {}
var expr = function (a) {};
var named = function inner(a, b) {};
var arrow = (x, y) => x;
var arrow0 = () => 0;
var obj = {
  method(a) {},
  prop: function () {},
  arrowProp: () => {},
  'quoted key': function () {},
};
class Cls { constructor(a, b) {} m(q) {} static s(a, b, c) {} }
class Empty {}
var fns = [decl, expr, named, arrow, arrow0, obj.method, obj.prop, obj.arrowProp, obj['quoted key'], Cls, Empty, Cls.prototype.m, Cls.s];
fns.forEach(function (f) { console.log(JSON.stringify(f.name), f.length, typeof f.prototype); });
console.log(decl.prototype.constructor === decl, Object.keys(decl.prototype), Object.keys(decl));
console.log(Cls.prototype.constructor === Cls, Object.keys(Cls.prototype));
console.log(arrow.hasOwnProperty('prototype') ? 'has' : 'none', arrow.prototype, obj.method.prototype);
var later;
later = function () {};
console.log(later.name);
var o2 = {};
o2.assigned = function () {};
console.log(JSON.stringify(o2.assigned.name));
let letFn = function () {};
const constArrow = () => {};
console.log(letFn.name, constArrow.name);
console.log(Math.max.name, Math.max.length, [].push.name, [].push.length, parseInt.length, String.name, Object.name);
console.log(decl.hasOwnProperty('name'), decl.hasOwnProperty('length'), decl.hasOwnProperty('prototype'));
function P() {}
P.prototype.greet = function () { return 'hi'; };
console.log(new P().greet(), new P().constructor === P, P.prototype.greet.name);
decl.name = 'changed';
decl.length = 99;
console.log(decl.name, decl.length);
console.log(Function.name, Function.length);
