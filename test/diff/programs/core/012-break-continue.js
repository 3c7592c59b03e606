// break and continue in all loop types
var log = [];
for (var i = 0; i < 10; i++) {
  if (i === 2) continue;
  if (i === 6) break;
  log.push(i);
}
console.log('for', log.join(','));

log = [];
var j = 0;
while (j < 10) {
  j++;
  if (j % 3 === 0) continue;
  if (j > 8) break;
  log.push(j);
}
console.log('while', log.join(','));

log = [];
var k = 0;
do {
  k++;
  if (k === 2) continue;
  log.push(k);
  if (k === 5) break;
} while (k < 100);
console.log('do', log.join(','));

// break out of inner loop only
log = [];
for (var a = 0; a < 3; a++) {
  for (var b = 0; b < 3; b++) {
    if (b === 1) break;
    log.push(a + '' + b);
  }
  log.push('end' + a);
}
console.log('nested break', log.join(' '));

// continue in inner loop only
log = [];
for (var a2 = 0; a2 < 3; a2++) {
  for (var b2 = 0; b2 < 3; b2++) {
    if (a2 === b2) continue;
    log.push(a2 + '' + b2);
  }
}
console.log('nested continue', log.join(' '));

// flag-based exit from nested loops
function findPair(arr, target) {
  var found = null;
  for (var x = 0; x < arr.length && found === null; x++) {
    for (var y = x + 1; y < arr.length; y++) {
      if (arr[x] + arr[y] === target) { found = [x, y]; break; }
    }
  }
  return found;
}
console.log(findPair([3, 8, 1, 9, 4], 13), findPair([1, 2], 100));

// return from inside loop
function firstNegative(arr) {
  for (const v of arr) {
    if (v < 0) return v;
  }
  return 'none';
}
console.log(firstNegative([1, 2, -3, -4]), firstNegative([1]));

// continue in for updates counter
var counter = 0;
for (var c = 0; c < 5; c++) {
  counter += 10;
  continue;
}
console.log('counter', counter, 'c', c);

// break in for-of
var items = ['a', 'b', 'STOP', 'c'];
var collected = '';
for (const it of items) {
  if (it === 'STOP') break;
  collected += it;
}
console.log(collected);
