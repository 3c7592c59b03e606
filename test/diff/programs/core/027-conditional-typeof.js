// conditional operator and typeof
console.log(typeof 1, typeof 1.5, typeof NaN, typeof Infinity, typeof -0);
console.log(typeof 'x', typeof '', typeof `t`);
console.log(typeof true, typeof false);
console.log(typeof undefined, typeof null, typeof {}, typeof [], typeof [1]);
console.log(typeof function () {}, typeof (() => 1), typeof Math, typeof Math.abs, typeof console.log);
console.log(typeof notDeclaredAnywhere, typeof typeof 1, typeof String, typeof Number, typeof Error);
console.log(typeof new Error('x'), typeof String(1), typeof Number('1'), typeof new Array(3));
function Ctor() {}
console.log(typeof Ctor, typeof new Ctor(), typeof Ctor.prototype);
var u;
console.log(typeof u, typeof u === 'undefined', typeof (u = 5), u);
console.log(typeof (1 + '1'), typeof (1 - '1'), typeof (1 / 0), typeof !1);
// conditional
function sign(n) { return n > 0 ? 1 : n < 0 ? -1 : n === 0 ? 0 : 'nan'; }
console.log(sign(5), sign(-5), sign(0), sign(NaN));
var a = 1;
var r = a ? 'yes' : 'no';
console.log(r, 0 ? 'yes' : 'no', '' ? 'yes' : 'no', 'x' ? 'yes' : 'no', null ? 1 : 2);
var log = [];
var t = true ? log.push('then') : log.push('else');
var e = false ? log.push('then2') : log.push('else2');
console.log(log, t, e);
var nested = a === 1 ? (a > 0 ? 'one-pos' : 'one-neg') : 'not-one';
console.log(nested);
var fn = a ? function () { return 'f1'; } : function () { return 'f2'; };
console.log(fn());
console.log((a ? [1, 2] : [3])[0], (a ? { k: 'v' } : {}).k);
var x = 3;
x = x > 2 ? x * 10 : x;
console.log(x);
console.log(typeof (a ? 1 : 'str'), typeof (0 ? 1 : 'str'));
