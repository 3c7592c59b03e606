// compound assignment on locals, properties and elements
var a = 10;
a += 5; console.log(a);
a -= 3; console.log(a);
a *= 2; console.log(a);
a /= 5; console.log(a);
a %= 3; console.log(a);
a **= 3; console.log(a);
var b = 0xf0;
b <<= 2; console.log(b);
b >>= 1; console.log(b);
b = -b;
b >>>= 4; console.log(b);
b &= 0xff; console.log(b);
b |= 0x100; console.log(b);
b ^= 0x1ff; console.log(b);
var s = 'x';
s += 1; s += true; s += null; s += [1, 2]; s += {};
console.log(s);
var n = 1;
n += '1'; console.log(n, typeof n);
n -= 1; console.log(n, typeof n);

var o = { v: 3, name: 'o' };
o.v += 4; o.v *= 3; o.v -= 1; o.v /= 4; o.v %= 3; o.v **= 2;
console.log(o.v);
o.name += '!'; o.missing += 1;
console.log(o.name, o.missing);
o.bits = 1; o.bits <<= 10; o.bits |= 3; o.bits ^= 1; o.bits &= 0x3ff; o.bits >>= 1; o.bits >>>= 1;
console.log(o.bits);

var arr = [1, 2, 3];
arr[0] += 10; arr[1] *= arr[2]; arr[2] **= 2; arr[3] = 5; arr[3] -= 1;
console.log(arr);
arr[arr.length - 1] <<= 3;
console.log(arr);
var i = 0;
var keys = ['x', 'y'];
var obj = { x: 1, y: 2 };
obj[keys[i++]] += 100;
console.log(obj, i);

// closure variable compound
function make() {
  var total = 1;
  return function (k) { total *= k; total += 1; return total; };
}
var m = make();
console.log(m(2), m(3), m(4));

// evaluation order: target reference evaluated once
var calls = 0;
function getObj() { calls++; return obj; }
getObj().x += 1;
getObj()['y'] -= 1;
console.log(obj, 'calls', calls);

// chained assignment
var p, q, r;
p = q = r = 7;
console.log(p, q, r);
var t = (p += 1) + (q *= 2);
console.log(t, p, q);
var str = 'ab';
str += str += 'c';
console.log(str);
var num = 5;
num += num *= 2;
console.log(num);
