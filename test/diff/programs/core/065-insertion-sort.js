// insertion sort, selection sort, bubble sort, merge sort
function insertionSort(a) {
  for (var i = 1; i < a.length; i++) {
    var v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}
function selectionSort(a) {
  for (var i = 0; i < a.length - 1; i++) {
    var m = i;
    for (var j = i + 1; j < a.length; j++) if (a[j] < a[m]) m = j;
    if (m !== i) { var t = a[i]; a[i] = a[m]; a[m] = t; }
  }
  return a;
}
function bubbleSort(a) {
  var swaps = 0;
  var swapped = true;
  var n = a.length;
  while (swapped) {
    swapped = false;
    for (var i = 1; i < n; i++) {
      if (a[i - 1] > a[i]) { var t = a[i]; a[i] = a[i - 1]; a[i - 1] = t; swapped = true; swaps++; }
    }
    n--;
  }
  return swaps;
}
function mergeSort(a) {
  if (a.length <= 1) return a;
  var mid = a.length >> 1;
  var l = mergeSort(a.slice(0, mid)), r = mergeSort(a.slice(mid));
  var out = [], i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}
var data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 100, 27];
console.log(insertionSort(data.slice()).join(','));
console.log(selectionSort(data.slice()).join(','));
var b = data.slice();
console.log('swaps', bubbleSort(b), b.join(','));
console.log(mergeSort(data).join(','));
console.log('original untouched', data.join(','));
console.log(insertionSort(['delta', 'Alpha', 'charlie', 'bravo', 'Echo']));
console.log(insertionSort([3.5, -0, 0, -1.5, 2]));
console.log(insertionSort([]), selectionSort([1]), mergeSort([2, 1]));
var x = 7;
var gen = [];
for (var i = 0; i < 200; i++) { x = (x * 75 + 74) % 65537; gen.push(x % 1000); }
var s1 = insertionSort(gen.slice()), s2 = mergeSort(gen), s3 = selectionSort(gen.slice());
var same = true;
for (var k = 0; k < s1.length; k++) if (s1[k] !== s2[k] || s2[k] !== s3[k]) same = false;
console.log('agree', same, s1[0], s1[199], s1.slice(95, 105).join(' '));
