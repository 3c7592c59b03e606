// trigonometric and related functions
var angles = [0, Math.PI / 6, Math.PI / 4, Math.PI / 3, Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, -Math.PI / 4, 1, -1, 10];
for (var i = 0; i < angles.length; i++) {
  var a = angles[i];
  console.log(i, Math.sin(a).toFixed(10), Math.cos(a).toFixed(10), Math.abs(a % Math.PI - Math.PI / 2) < 1e-9 ? 'inf-ish' : Math.tan(a).toFixed(10));
}
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(-0), 1 / Math.sin(-0), 1 / Math.tan(-0));
console.log(Math.sin(NaN), Math.cos(Infinity), Math.tan(-Infinity));
console.log(Math.atan2(1, 1), Math.atan2(1, 0), Math.atan2(0, 1), Math.atan2(0, -1), Math.atan2(-1, 0), Math.atan2(-1, -1));
console.log(Math.atan2(0, 0), Math.atan2(-0, 0), Math.atan2(0, -0), Math.atan2(-0, -0));
console.log(Math.atan2(Infinity, Infinity), Math.atan2(-Infinity, Infinity), Math.atan2(1, Infinity), Math.atan2(1, -Infinity), Math.atan2(NaN, 1));
console.log(Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.sin(Math.PI) < 1e-15);
// approximate identities
var ok = true;
for (var t = -5; t <= 5; t += 0.37) {
  var s = Math.sin(t), c = Math.cos(t);
  if (Math.abs(s * s + c * c - 1) > 1e-12) ok = false;
}
console.log('pythagorean identity', ok);
// polar conversion
function toPolar(x, y) { return [Math.sqrt(x * x + y * y).toFixed(6), (Math.atan2(y, x) * 180 / Math.PI).toFixed(6)]; }
console.log(toPolar(1, 1), toPolar(-1, 1), toPolar(-1, -1), toPolar(0, -2));
console.log(Math.exp(Math.log(10)).toFixed(12), Math.log(Math.exp(2)), Math.exp(1) === Math.E);
