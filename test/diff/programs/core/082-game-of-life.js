// Conway's game of life on a small torus
function makeGrid(rows, cols) {
  var g = [];
  for (var r = 0; r < rows; r++) g.push(new Array(cols).fill(0));
  return g;
}
function step(g) {
  var rows = g.length, cols = g[0].length;
  var next = makeGrid(rows, cols);
  for (var r = 0; r < rows; r++) {
    for (var c = 0; c < cols; c++) {
      var n = 0;
      for (var dr = -1; dr <= 1; dr++) {
        for (var dc = -1; dc <= 1; dc++) {
          if (dr === 0 && dc === 0) continue;
          n += g[(r + dr + rows) % rows][(c + dc + cols) % cols];
        }
      }
      next[r][c] = (n === 3 || (n === 2 && g[r][c] === 1)) ? 1 : 0;
    }
  }
  return next;
}
function render(g) {
  return g.map(row => row.map(v => v ? '#' : '.').join('')).join('\n');
}
function population(g) {
  var p = 0;
  g.forEach(row => row.forEach(v => { p += v; }));
  return p;
}
var g = makeGrid(8, 10);
// glider
g[0][1] = 1; g[1][2] = 1; g[2][0] = 1; g[2][1] = 1; g[2][2] = 1;
// blinker
g[5][6] = 1; g[5][7] = 1; g[5][8] = 1;
for (var gen = 0; gen < 5; gen++) {
  console.log('gen ' + gen + ' pop ' + population(g));
  console.log(render(g));
  g = step(g);
}
var pops = [];
for (var k = 0; k < 40; k++) { g = step(g); pops.push(population(g)); }
console.log(pops.join(','));
console.log(render(g));
// r-pentomino on a bigger board
var big = makeGrid(40, 40);
big[19][20] = 1; big[19][21] = 1; big[20][19] = 1; big[20][20] = 1; big[21][20] = 1;
var hist = [];
for (var s = 0; s < 60; s++) { big = step(big); if (s % 10 === 9) hist.push(population(big)); }
console.log(hist);
