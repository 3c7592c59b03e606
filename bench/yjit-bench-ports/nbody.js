'use strict';
// Port of yjit-bench `nbody` (Computer Language Benchmarks Game): a
// symplectic-Euler simulation of the Sun and the four gas giants, 20000
// steps of dt = 0.01 per iteration. The bodies persist across iterations,
// as in the original. Ruby's attr_accessor fields are plain JS fields here.
// Check: total energy stays within 1e-4 of its starting value.
const { run } = require('./harness');

const SOLAR_MASS = 4 * Math.PI * Math.PI;
const DAYS_PER_YEAR = 365.24;

class Planet {
  constructor(x, y, z, vx, vy, vz, mass) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.vx = vx * DAYS_PER_YEAR;
    this.vy = vy * DAYS_PER_YEAR;
    this.vz = vz * DAYS_PER_YEAR;
    this.mass = mass * SOLAR_MASS;
  }

  moveFromI(bodies, nbodies, dt, i) {
    while (i < nbodies) {
      const b2 = bodies[i];
      const dx = this.x - b2.x;
      const dy = this.y - b2.y;
      const dz = this.z - b2.z;

      const dsq = dx * dx + dy * dy + dz * dz;
      const mag = dt / (dsq * Math.sqrt(dsq));
      const bMassMag = this.mass * mag;
      const b2MassMag = b2.mass * mag;

      this.vx -= dx * b2MassMag;
      this.vy -= dy * b2MassMag;
      this.vz -= dz * b2MassMag;
      b2.addV(dx * bMassMag, dy * bMassMag, dz * bMassMag);
      i += 1;
    }
    this.x += dt * this.vx;
    this.y += dt * this.vy;
    this.z += dt * this.vz;
  }

  addV(dx, dy, dz) {
    this.vx += dx;
    this.vy += dy;
    this.vz += dz;
  }
}

function energy(bodies) {
  let e = 0.0;
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < n; j++) {
      const b2 = bodies[j];
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      e -= (b.mass * b2.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function offsetMomentum(bodies) {
  let px = 0.0;
  let py = 0.0;
  let pz = 0.0;
  for (const b of bodies) {
    const m = b.mass;
    px += b.vx * m;
    py += b.vy * m;
    pz += b.vz * m;
  }
  const b = bodies[0];
  b.vx = -px / SOLAR_MASS;
  b.vy = -py / SOLAR_MASS;
  b.vz = -pz / SOLAR_MASS;
}

function makeBodies() {
  return [
    // sun
    new Planet(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
    // jupiter
    new Planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
      9.54791938424326609e-04),
    // saturn
    new Planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
      2.85885980666130812e-04),
    // uranus
    new Planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
      4.36624404335156298e-05),
    // neptune
    new Planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
      5.15138902046611451e-05),
  ];
}

run({
  name: 'nbody',
  config: { steps: 20000 },
  small: { steps: 100 },
  setup: function (cfg) {
    const bodies = makeBodies();
    offsetMomentum(bodies);
    return { steps: cfg.steps, bodies: bodies, e0: energy(bodies) };
  },
  benchmark: function (st) {
    const bodies = st.bodies;
    const nbodies = bodies.length;
    const dt = 0.01;
    for (let s = 0; s < st.steps; s++) {
      let i = 0;
      while (i < nbodies) {
        bodies[i].moveFromI(bodies, nbodies, dt, i + 1);
        i += 1;
      }
    }
    return energy(bodies);
  },
  check: function (e, st) {
    if (Math.abs(st.e0 - -0.169075164) > 1e-9) return 'bad initial energy ' + st.e0;
    return Math.abs(e - st.e0) < 1e-4 || 'energy drifted: ' + e.toFixed(9) + ' vs ' + st.e0.toFixed(9);
  },
});
