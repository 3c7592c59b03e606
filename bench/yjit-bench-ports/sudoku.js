'use strict';
// Port of yjit-bench `sudoku`: an exact-cover (dancing-links style, on
// plain arrays) solver run over twenty hard puzzles per iteration. Like the
// original it enumerates every solution of each puzzle. The check counts the
// solutions (each puzzle has exactly one) and validates the last grid.
//
// The puzzle strings are data: the well-known "hard20" set used by the
// original benchmark.
const { run } = require('./harness');

function genmat() {
  const mr = [];
  for (let i = 0; i < 324; i++) mr.push([]);
  const mc = [];
  for (let i = 0; i < 729; i++) mc.push([0, 0, 0, 0]);
  let r = 0;
  for (let i = 0; i < 9; i++) {
    for (let j = 0; j < 9; j++) {
      for (let k = 0; k < 9; k++) {
        const row = mc[r];
        row[0] = 9 * i + j;
        row[1] = (Math.floor(i / 3) * 3 + Math.floor(j / 3)) * 9 + k + 81;
        row[2] = 9 * i + k + 162;
        row[3] = 9 * j + k + 243;
        r += 1;
      }
    }
  }
  for (let r2 = 0; r2 < 729; r2++) {
    for (let c2 = 0; c2 < 4; c2++) {
      mr[mc[r2][c2]].push(r2);
    }
  }
  return { mr: mr, mc: mc };
}

function updateForward(mr, mc, sr, sc, r) {
  let min = 10;
  let minC = 0;
  const mcr = mc[r];
  for (let c2 = 0; c2 < 4; c2++) {
    sc[mcr[c2]] += 128;
  }
  for (let c2 = 0; c2 < 4; c2++) {
    const mrc = mr[mcr[c2]];
    for (let r2 = 0; r2 < 9; r2++) {
      const rr = mrc[r2];
      sr[rr] += 1;
      if (sr[rr] === 1) {
        const p = mc[rr];
        for (let k = 0; k < 4; k++) {
          const cc = p[k];
          sc[cc] -= 1;
          if (sc[cc] < min) {
            min = sc[cc];
            minC = cc;
          }
        }
      }
    }
  }
  return [min, minC];
}

function updateReverse(mr, mc, sr, sc, r) {
  for (let c2 = 0; c2 < 4; c2++) {
    sc[mc[r][c2]] -= 128;
  }
  for (let c2 = 0; c2 < 4; c2++) {
    const c = mc[r][c2];
    for (let r2 = 0; r2 < 9; r2++) {
      const rr = mr[c][r2];
      sr[rr] -= 1;
      if (sr[rr] === 0) {
        const p = mc[rr];
        sc[p[0]] += 1;
        sc[p[1]] += 1;
        sc[p[2]] += 1;
        sc[p[3]] += 1;
      }
    }
  }
}

// Returns { count, last } : the number of solutions and the last one found.
function solve(mr, mc, s) {
  const sr = new Array(729).fill(0);
  const sc = new Array(324).fill(9);
  let hints = 0;
  for (let i = 0; i < 81; i++) {
    const ch = s.charCodeAt(i);
    const a = ch >= 49 && ch <= 57 ? ch - 49 : -1;
    if (a >= 0) {
      updateForward(mr, mc, sr, sc, i * 9 + a);
      hints += 1;
    }
  }
  const cr = new Array(81).fill(-1);
  const cc = new Array(81).fill(0);
  let i = 0;
  let min = 10;
  let dir = 1;
  let count = 0;
  let last = '';

  while (true) {
    while (i >= 0 && i < 81 - hints) {
      if (dir === 1) {
        if (min > 1) {
          for (let c = 0; c < 324; c++) {
            if (sc[c] < min) {
              min = sc[c];
              cc[i] = c;
              if (min < 2) break;
            }
          }
        }
        if (min === 0 || min === 10) {
          cr[i] = dir = -1;
          i -= 1;
        }
      }
      const c = cc[i];
      if (dir === -1 && cr[i] >= 0) {
        updateReverse(mr, mc, sr, sc, mr[c][cr[i]]);
      }
      let r2 = cr[i] + 1;
      while (r2 < 9 && sr[mr[c][r2]] !== 0) {
        r2 += 1;
      }
      if (r2 < 9) {
        const res = updateForward(mr, mc, sr, sc, mr[c][r2]);
        min = res[0];
        cc[i + 1] = res[1];
        cr[i] = r2;
        dir = 1;
        i += 1;
      } else {
        cr[i] = -1;
        dir = -1;
        i -= 1;
      }
    }
    if (i < 0) break;

    const o = new Array(81).fill(0);
    for (let j = 0; j < 81; j++) {
      o[j] = s.charCodeAt(j) - 48;
    }
    for (let j = 0; j < i; j++) {
      const r = mr[cc[j]][cr[j]];
      o[Math.floor(r / 9)] = (r % 9) + 1;
    }
    last = o.join('');
    count += 1;

    i -= 1;
    dir = -1;
  }
  return { count: count, last: last };
}

// true when `grid` is a complete valid sudoku that agrees with `puzzle`
function validSolution(puzzle, grid) {
  if (grid.length !== 81) return false;
  for (let i = 0; i < 81; i++) {
    const p = puzzle.charAt(i);
    if (p !== '.' && p !== grid.charAt(i)) return false;
  }
  for (let u = 0; u < 9; u++) {
    const row = new Array(10).fill(0);
    const col = new Array(10).fill(0);
    const box = new Array(10).fill(0);
    for (let v = 0; v < 9; v++) {
      row[grid.charCodeAt(u * 9 + v) - 48]++;
      col[grid.charCodeAt(v * 9 + u) - 48]++;
      const br = Math.floor(u / 3) * 3 + Math.floor(v / 3);
      const bc = (u % 3) * 3 + (v % 3);
      box[grid.charCodeAt(br * 9 + bc) - 48]++;
    }
    for (let d = 1; d <= 9; d++) {
      if (row[d] !== 1 || col[d] !== 1 || box[d] !== 1) return false;
    }
  }
  return true;
}

const HARD20 = [
  '..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9',
  '.......12........3..23..4....18....5.6..7.8.......9.....85.....9...4.5..47...6...',
  '.2..5.7..4..1....68....3...2....8..3.4..2.5.....6...1...2.9.....9......57.4...9..',
  '........3..1..56...9..4..7......9.5.7.......8.5.4.2....8..2..9...35..1..6........',
  '12.3....435....1....4........54..2..6...7.........8.9...31..5.......9.7.....6...8',
  '1.......2.9.4...5...6...7...5.9.3.......7.......85..4.7.....6...3...9.8...2.....1',
  '.......39.....1..5..3.5.8....8.9...6.7...2...1..4.......9.8..5..2....6..4..7.....',
  '12.3.....4.....3....3.5......42..5......8...9.6...5.7...15..2......9..6......7..8',
  '..3..6.8....1..2......7...4..9..8.6..3..4...1.7.2.....3....5.....5...6..98.....5.',
  '1.......9..67...2..8....4......75.3...5..2....6.3......9....8..6...4...1..25...6.',
  '..9...4...7.3...2.8...6...71..8....6....1..7.....56...3....5..1.4.....9...2...7..',
  '....9..5..1.....3...23..7....45...7.8.....2.......64...9..1.....8..6......54....7',
  '4...3.......6..8..........1....5..9..8....6...7.2........1.27..5.3....4.9........',
  '7.8...3.....2.1...5.........4.....263...8.......1...9..9.6....4....7.5...........',
  '3.7.4...........918........4.....7.....16.......25..........38..9....5...2.6.....',
  '........8..3...4...9..2..6.....79.......612...6.5.2.7...8...5...1.....2.4.5.....3',
  '.......1.4.........2...........5.4.7..8...3....1.9....3..4..2...5.1........8.6...',
  '.......12....35......6...7.7.....3.....4..8..1...........12.....8.....4..5....6..',
  '1.......2.9.4...5...6...7...5.3.4.......6........58.4...2...6...3...9.8.7.......1',
  '.....1.2.3...4.5.....6....7..2.....1.8..9..3.4.....8..5....2....9..3.4....67.....',
];

run({
  name: 'sudoku',
  config: { puzzles: 20 },
  small: { puzzles: 2 },
  setup: function (cfg) {
    const m = genmat();
    return { mr: m.mr, mc: m.mc, puzzles: HARD20.slice(0, cfg.puzzles) };
  },
  benchmark: function (st) {
    const out = [];
    for (const line of st.puzzles) {
      out.push(solve(st.mr, st.mc, line));
    }
    return out;
  },
  check: function (out, st) {
    if (out.length !== st.puzzles.length) return 'wrong number of results';
    for (let k = 0; k < out.length; k++) {
      if (out[k].count !== 1) return 'puzzle ' + k + ': ' + out[k].count + ' solutions';
      if (!validSolution(st.puzzles[k], out[k].last)) return 'puzzle ' + k + ': invalid solution ' + out[k].last;
    }
    return true;
  },
});
