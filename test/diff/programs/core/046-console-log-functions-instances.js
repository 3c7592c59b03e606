// console.log of functions and constructor instances
function foo() {}
var bar = function () {};
var baz = function inner() {};
var arrow = () => {};
var obj = { method() {}, prop: function () {}, arr: () => 1 };
console.log(foo);
console.log(bar);
console.log(baz);
console.log(arrow);
console.log(obj.method, obj.prop, obj.arr);
console.log(function () {});
console.log(() => 1);
console.log([foo, bar]);
console.log({ foo: foo, fn: function () {} });
console.log(Math.max, console.log, String, Number, parseInt);
function Foo(x) { this.x = x; }
console.log(new Foo(1));
console.log(new Foo('s'));
console.log(new Foo([1, 2]));
console.log(new Foo(new Foo(2)));
console.log(new Foo(new Foo(new Foo(new Foo(3)))));
function Empty() {}
console.log(new Empty());
console.log([new Empty(), new Foo(1)]);
console.log({ inst: new Foo(null) });
function Many(n) {
  for (var i = 0; i < n; i++) this['field' + i] = i * 111;
}
console.log(new Many(3));
console.log(new Many(8));
Foo.prototype.method = function () { return this.x; };
console.log(new Foo(5), new Foo(5).method());
var anonCtor = function () { this.a = 1; };
console.log(new anonCtor());
var holder = { Ctor: function () { this.b = 2; } };
console.log(new holder.Ctor());
console.log(typeof foo, typeof new Foo(1));
function WithFn() { this.cb = function () {}; this.named = foo; }
console.log(new WithFn());
