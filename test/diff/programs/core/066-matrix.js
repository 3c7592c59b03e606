// matrix multiply and friends
function makeMatrix(rows, cols, f) {
  var m = [];
  for (var i = 0; i < rows; i++) {
    var row = [];
    for (var j = 0; j < cols; j++) row.push(f(i, j));
    m.push(row);
  }
  return m;
}
function mul(a, b) {
  var n = a.length, m = b[0].length, k = b.length;
  return makeMatrix(n, m, function (i, j) {
    var s = 0;
    for (var t = 0; t < k; t++) s += a[i][t] * b[t][j];
    return s;
  });
}
function transpose(a) { return makeMatrix(a[0].length, a.length, (i, j) => a[j][i]); }
function identity(n) { return makeMatrix(n, n, (i, j) => i === j ? 1 : 0); }
function show(m) { for (const row of m) console.log(row.join('\t')); }
var A = makeMatrix(2, 3, (i, j) => i + j + 1);
var B = makeMatrix(3, 2, (i, j) => i * 2 - j);
console.log(A);
console.log(B);
show(mul(A, B));
show(mul(B, A));
show(transpose(A));
console.log(mul(identity(3), B));
function matPow(m, p) {
  var result = identity(m.length);
  while (p > 0) {
    if (p & 1) result = mul(result, m);
    m = mul(m, m);
    p >>= 1;
  }
  return result;
}
console.log(matPow([[1, 1], [1, 0]], 30));
console.log(matPow([[1, 1], [1, 0]], 80)[0][1]);
function det(m) {
  if (m.length === 1) return m[0][0];
  if (m.length === 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  var d = 0;
  for (var c = 0; c < m.length; c++) {
    var minor = [];
    for (var r = 1; r < m.length; r++) {
      var row = [];
      for (var cc = 0; cc < m.length; cc++) if (cc !== c) row.push(m[r][cc]);
      minor.push(row);
    }
    d += (c % 2 === 0 ? 1 : -1) * m[0][c] * det(minor);
  }
  return d;
}
console.log(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]));
var H = makeMatrix(4, 4, (i, j) => 1 / (i + j + 1));
console.log(H[3].map(v => v.toFixed(4)).join(' '), det(H));
var big = makeMatrix(30, 30, (i, j) => (i * 31 + j * 17) % 11 - 5);
var P = mul(big, transpose(big));
var trace = 0;
for (var i = 0; i < 30; i++) trace += P[i][i];
console.log('trace', trace, P[3][7], P[29][0]);
