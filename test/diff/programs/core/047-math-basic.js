// Math functions
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0.5), Math.abs('-3'), Math.abs(null), Math.abs('x'));
console.log(Math.floor(3.7), Math.floor(-3.7), Math.floor(3), Math.floor(-0.5), Math.floor(1e21));
console.log(Math.ceil(3.2), Math.ceil(-3.2), Math.ceil(3), Math.ceil(0.0001), Math.ceil(-0.9999));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(0), Math.sqrt(-4), Math.sqrt(Infinity), Math.sqrt(1e-10));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(10, -2), Math.pow(0, 0), Math.pow(-2, 3));
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(10), Math.exp(-Infinity));
console.log(Math.log(1), Math.log(Math.E), Math.log(10), Math.log(0), Math.log(-1), Math.log(100) / Math.log(10));
console.log(Math.PI, Math.E, typeof Math.PI);
console.log(Math.PI * 2, Math.PI / 2, Math.PI.toFixed(5));
var r = Math.random();
console.log(r >= 0, r < 1, typeof r);
var allInRange = true;
for (var i = 0; i < 1000; i++) {
  var x = Math.random();
  if (!(x >= 0 && x < 1)) allInRange = false;
}
console.log('1000 randoms in range', allInRange);
var dice = true;
for (var j = 0; j < 200; j++) {
  var d = Math.floor(Math.random() * 6) + 1;
  if (d < 1 || d > 6 || d !== Math.floor(d)) dice = false;
}
console.log('dice ok', dice);
function hypot(a, b) { return Math.sqrt(a * a + b * b); }
console.log(hypot(3, 4), hypot(5, 12), hypot(1, 1));
function round2(v) { return Math.round(v * 100) / 100; }
console.log(round2(1.005), round2(2.345), round2(-2.345), round2(1 / 3));
console.log(Math.floor(-0), Math.ceil(-0), Math.abs(-Infinity), Math.floor('7.5'), Math.ceil(null), Math.floor(undefined));
