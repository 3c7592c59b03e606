'use strict';
// Port of yjit-bench `lee`: route wires across a circuit board with Lee's
// algorithm (a breadth-first wavefront expansion whose cost grows
// exponentially with how many wires already use a cell), lay each solution,
// validate all of them, total their cost, and draw the board as SVG text.
//
// Differences from the original (the subset has no file access):
// - the board is not read from inputs/testBoard.txt; a board of the same
//   size (75 x 75, 203 routes, 406 pads) is generated with a seeded PRNG, and
//   its route order is already random, so there is no extra shuffle;
// - the SVG is built as a string in memory instead of being saved to /tmp;
// - Ruby Structs (Point, Route, Board) become small classes; hashes keyed by
//   route or point become arrays and a matrix.
// Check: every solution is valid (as in the original), and the total cost,
// maximum depth and SVG length match the values recorded for this board.
const { run, Rng } = require('./harness');

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  equals(o) {
    return this.x === o.x && this.y === o.y;
  }
}

class Route {
  constructor(a, b) {
    this.a = a;
    this.b = b;
  }
}

class Board {
  constructor(width, height, pads, routes) {
    this.width = width;
    this.height = height;
    this.pads = pads;
    this.routes = routes;
  }
}

class Matrix {
  constructor(height, width) {
    this.height = height;
    this.width = width;
    this.array = new Array(width * height).fill(0);
  }
  get(y, x) {
    return this.array[this.index(y, x)];
  }
  set(y, x, value) {
    this.array[this.index(y, x)] = value;
    return value;
  }
  index(y, x) {
    if (!(y >= 0 && y < this.height)) throw new RangeError('row out of range: ' + y);
    if (!(x >= 0 && x < this.width)) throw new RangeError('column out of range: ' + x);
    return y * this.width + x;
  }
}

function pointOnBoard(board, p) {
  return p.x >= 0 && p.y >= 0 && p.x < board.width && p.y < board.height;
}

function routeOnBoard(board, route) {
  return pointOnBoard(board, route.a) && pointOnBoard(board, route.b);
}

function unsafeAdjacent(p) {
  return [new Point(p.x - 1, p.y), new Point(p.x, p.y - 1), new Point(p.x + 1, p.y), new Point(p.x, p.y + 1)];
}

function adjacent(board, p) {
  return unsafeAdjacent(p).filter(function (a) {
    return pointOnBoard(board, a);
  });
}

function cellCost(depth) {
  return Math.pow(2, depth);
}

function boardValid(board) {
  return (
    board.pads.every(function (pad) {
      return pointOnBoard(board, pad);
    }) &&
    board.routes.every(function (route) {
      return routeOnBoard(board, route);
    })
  );
}

// Pads sit on cells whose coordinates are both even, so no cell is ever
// walled in by pads. Route lengths are skewed towards short ones (Manhattan
// length 40*u^2 for uniform u: mean ~13, like the original test board).
function generateBoard(width, height, nroutes, seed) {
  const rng = new Rng(seed);
  const used = new Array(width * height).fill(false);
  const pads = [];
  const routes = [];
  const halfW = Math.floor((width + 1) / 2);
  const halfH = Math.floor((height + 1) / 2);
  function clampEven(v, limit) {
    let e = 2 * Math.round(v / 2);
    if (e < 0) e = 0;
    while (e >= limit) e -= 2;
    return e;
  }
  function take(x, y) {
    if (used[y * width + x]) return null;
    used[y * width + x] = true;
    const p = new Point(x, y);
    pads.push(p);
    return p;
  }
  for (let i = 0; i < nroutes; i++) {
    let a = null;
    while (a === null) a = take(2 * rng.int(halfW), 2 * rng.int(halfH));
    let b = null;
    while (b === null) {
      const u = rng.next();
      const len = 2 + Math.floor(40 * u * u);
      const dx = Math.floor(rng.next() * (len + 1));
      const dy = len - dx;
      const x = clampEven(a.x + (rng.next() < 0.5 ? -dx : dx), width);
      const y = clampEven(a.y + (rng.next() < 0.5 ? -dy : dy), height);
      b = take(x, y);
    }
    routes.push(new Route(a, b));
  }
  const board = new Board(width, height, pads, routes);
  if (!boardValid(board)) throw new Error('invalid board');
  return board;
}

function expand(board, obstructed, depth, route) {
  const startPoint = route.a;
  const endPoint = route.b;
  const cost = new Matrix(board.height, board.width);
  cost.set(startPoint.y, startPoint.x, 1);
  let wavefront = [startPoint];
  while (true) {
    const newWavefront = [];
    for (const point of wavefront) {
      const pointCost = cost.get(point.y, point.x);
      for (const adj of adjacent(board, point)) {
        if (obstructed.get(adj.y, adj.x) === 1 && !adj.equals(route.b)) continue;
        const currentCost = cost.get(adj.y, adj.x);
        const newCost = pointCost + cellCost(depth.get(adj.y, adj.x));
        if (currentCost === 0 || newCost < currentCost) {
          cost.set(adj.y, adj.x, newCost);
          newWavefront.push(adj);
        }
      }
    }
    if (newWavefront.length === 0) throw new Error('stuck');
    const endCost = cost.get(endPoint.y, endPoint.x);
    if (endCost > 0) {
      const minCost = newWavefront
        .map(function (m) {
          return cost.get(m.y, m.x);
        })
        .reduce(function (x, y) {
          return y < x ? y : x;
        });
      if (endCost < minCost) break;
    }
    wavefront = newWavefront;
  }
  return cost;
}

function solve(board, route, cost) {
  const startPoint = route.b;
  const endPoint = route.a;
  const solution = [startPoint];
  while (true) {
    const candidates = adjacent(board, solution[solution.length - 1]).filter(function (a) {
      return cost.get(a.y, a.x) !== 0;
    });
    let lowest = null;
    let lowestCost = 0;
    for (const c of candidates) {
      const v = cost.get(c.y, c.x);
      if (lowest === null || v < lowestCost) {
        lowest = c;
        lowestCost = v;
      }
    }
    solution.push(lowest);
    if (lowest.equals(endPoint)) break;
  }
  return solution.reverse();
}

function lay(depth, solution) {
  for (const p of solution) {
    depth.set(p.y, p.x, depth.get(p.y, p.x) + 1);
  }
}

function includesPoint(list, p) {
  return list.some(function (q) {
    return q.equals(p);
  });
}

function solutionValid(board, solutions) {
  if (!boardValid(board)) return false;
  for (let r = 0; r < board.routes.length; r++) {
    const route = board.routes[r];
    const solution = solutions[r];
    if (!solution) return false;
    if (!solution[0].equals(route.a)) return false;
    if (!solution[solution.length - 1].equals(route.b)) return false;
    let previous = solution[0];
    for (let i = 1; i < solution.length; i++) {
      const point = solution[i];
      if (!pointOnBoard(board, point)) return false;
      if (!includesPoint(adjacent(board, previous), point)) return false;
      if (!includesPoint(adjacent(board, point), previous)) return false;
      previous = point;
    }
  }
  return true;
}

function costSolutions(board, solutions) {
  const depth = new Matrix(board.height, board.width);
  let cost = 0;
  let maxDepth = 0;
  for (const solution of solutions) {
    for (const p of solution) {
      const d = depth.get(p.y, p.x);
      cost += cellCost(d);
      depth.set(p.y, p.x, d + 1);
      if (d + 1 > maxDepth) maxDepth = d + 1;
    }
  }
  return [cost, maxDepth];
}

const COLOURS = ['2E5266', 'DB2B39', 'FE9920', '566E3D'];

function draw(board, solutions) {
  const scale = 600.0 / board.width;
  const padRadius = scale * 0.5;
  const lineWidth = scale * 0.5;
  const out = [];
  out.push('<svg xmlns="http://www.w3.org/2000/svg" width="' + board.width * scale + '" height="' + board.height * scale + '">');
  for (let i = 0; i < solutions.length; i++) {
    const colour = COLOURS[i % COLOURS.length];
    const points = solutions[i]
      .map(function (p) {
        return p.x * scale + scale / 2 + ',' + (p.y * scale + scale / 2);
      })
      .join(' ');
    out.push('<polyline points="' + points + '" stroke="#' + colour + '" stroke-width="' + lineWidth + '" fill="none"/>');
  }
  for (const pad of board.pads) {
    out.push('<circle cx="' + (pad.x * scale + scale / 2) + '" cy="' + (pad.y * scale + scale / 2) + '" r="' + padRadius + '" fill="black" stroke="none"/>');
  }
  out.push('</svg>');
  return out.join('\n');
}

// [total cost, max depth, svg length] recorded for the generated boards
const EXPECTED = {
  default: [2881, 3, 58670],
  small: [115, 2, 2780],
};

run({
  name: 'lee',
  config: { size: 75, routes: 203, seed: 2024, expected: 'default' },
  small: { size: 20, routes: 10, seed: 7, expected: 'small' },
  setup: function (cfg) {
    const board = generateBoard(cfg.size, cfg.size, cfg.routes, cfg.seed);
    const obstructed = new Matrix(board.height, board.width);
    for (const pad of board.pads) obstructed.set(pad.y, pad.x, 1);
    return { board: board, obstructed: obstructed, expected: EXPECTED[cfg.expected] };
  },
  benchmark: function (st) {
    const board = st.board;
    const depth = new Matrix(board.height, board.width);
    const solutions = [];
    for (const route of board.routes) {
      const cost = expand(board, st.obstructed, depth, route);
      const solution = solve(board, route, cost);
      lay(depth, solution);
      solutions.push(solution);
    }
    if (!solutionValid(board, solutions)) throw new Error('invalid solution');
    const cd = costSolutions(board, solutions);
    const svg = draw(board, solutions);
    return [cd[0], cd[1], svg.length];
  },
  check: function (r, st) {
    const e = st.expected;
    if (r[0] !== e[0] || r[1] !== e[1] || r[2] !== e[2]) {
      return 'got cost/depth/svg ' + r.join('/') + ', expected ' + e.join('/');
    }
    return true;
  },
});
