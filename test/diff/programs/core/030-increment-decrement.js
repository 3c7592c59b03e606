// ++ and -- prefix and postfix
var i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
var s = '5';
s++;
console.log(s, typeof s);
var t = '5';
console.log(t++, typeof t);
var u = 'abc';
u++;
console.log(u);
var nl = null;
nl++;
console.log(nl);
var und;
und++;
console.log(und);
var f = 1.5;
f++; f--; --f;
console.log(f);
var big = 2147483647;
big++;
console.log(big);
var small = -2147483648;
small--;
console.log(small);
var nz = -1;
nz++;
console.log(nz, 1 / nz);

// properties
var o = { n: 0 };
console.log(o.n++, o.n, ++o.n, o.n--, --o.n, o.n);
o.m++;
console.log(o.m);
// elements
var a = [10, 20, 30];
var k = 0;
console.log(a[k++]++, a, k);
console.log(++a[k], a);
a[5]++;
console.log(a);
var key = 'n';
o[key]++;
++o[key];
console.log(o[key]);

// closure vars
function counter() {
  var c = 0;
  return [function () { return c++; }, function () { return ++c; }, function () { return c; }];
}
var cc = counter();
console.log(cc[0](), cc[0](), cc[1](), cc[2](), cc[1](), cc[2]());

// in loops and expressions
var x = 0;
var y = x++ + x++ + ++x;
console.log(x, y);
var z = 10;
var w = z-- - --z;
console.log(z, w);
var arr = [];
var idx = 0;
arr[idx++] = idx;
arr[idx++] = idx;
console.log(arr, idx);
var j = 0;
while (j++ < 3) {}
console.log(j);
var q = 3;
do {} while (--q);
console.log(q);
