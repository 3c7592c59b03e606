'use strict';
// oo-constraints: an incremental dataflow constraint solver, written for
// lbbv's object-oriented benchmark set (our own implementation of the
// classic local-propagation idea, not a port).
//
// Variables are connected by constraints of different strengths. Each
// satisfied constraint determines one of its variables (its output); adding a
// constraint may override a weaker one, which is then re-satisfied elsewhere
// if it can be, and removing one lets weaker ones take over. A plan is the
// order in which the satisfied constraints downstream of some inputs must be
// re-run; edits run such a plan many times. Constraints form a class
// hierarchy (Constraint > UnaryConstraint > StayConstraint / EditConstraint,
// Constraint > BinaryConstraint > EqualityConstraint > ScaleConstraint), the
// direction of a binary constraint is a string or null, strengths are shared
// objects compared with `===`, and failures are `new Error(...)`.
const { run } = require('../yjit-bench-ports/harness');

class Strength {
  static REQUIRED = new Strength(0, 'required');
  static STRONG_PREFERRED = new Strength(1, 'strongPreferred');
  static PREFERRED = new Strength(2, 'preferred');
  static STRONG_DEFAULT = new Strength(3, 'strongDefault');
  static NORMAL = new Strength(4, 'normal');
  static WEAK_DEFAULT = new Strength(5, 'weakDefault');
  static WEAKEST = new Strength(6, 'weakest');
  static ORDER = [Strength.REQUIRED, Strength.STRONG_PREFERRED, Strength.PREFERRED, Strength.STRONG_DEFAULT,
    Strength.NORMAL, Strength.WEAK_DEFAULT, Strength.WEAKEST];

  constructor(rank, name) {
    this.rank = rank;
    this.name = name;
  }
  // a lower rank is a stronger constraint
  strongerThan(other) {
    return this.rank < other.rank;
  }
  weakerThan(other) {
    return this.rank > other.rank;
  }
  static weakestOf(a, b) {
    return a.weakerThan(b) ? a : b;
  }
  static strongestOf(a, b) {
    return a.strongerThan(b) ? a : b;
  }
}

class Variable {
  constructor(name, value) {
    this.value = value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = Strength.WEAKEST;
    this.stay = true;
    this.name = name;
  }
  attach(c) {
    this.constraints.push(c);
  }
  detach(c) {
    const i = this.constraints.indexOf(c);
    if (i < 0) throw new Error('constraint not attached to ' + this.name);
    this.constraints.splice(i, 1);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Constraint {
  constructor(strength, solver) {
    this.strength = strength;
    this.solver = solver;
  }
  // link into the graph, then satisfy incrementally
  enable() {
    this.connect();
    this.solver.incrementalAdd(this);
  }
  disable() {
    if (this.isSatisfied()) this.solver.incrementalRemove(this);
    else this.disconnect();
  }
  // choose an output; return the constraint it overrides, or null
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === Strength.REQUIRED) throw new Error('cannot satisfy a required constraint');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!this.solver.propagateFrom(this, mark)) throw new Error('cycle in the constraint graph');
    out.mark = mark;
    return overridden;
  }
  isInput() {
    return false;
  }
}

class UnaryConstraint extends Constraint {
  satisfied = false;
  constructor(v, strength, solver) {
    super(strength, solver);
    this.myOutput = v;
    this.enable();
  }
  connect() {
    this.myOutput.attach(this);
  }
  disconnect() {
    this.myOutput.detach(this);
    this.satisfied = false;
  }
  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark && this.strength.strongerThan(this.myOutput.walkStrength);
  }
  isSatisfied() {
    return this.satisfied;
  }
  markInputs(mark) {}
  inputsKnown(mark) {
    return true;
  }
  output() {
    return this.myOutput;
  }
  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }
  markUnsatisfied() {
    this.satisfied = false;
  }
}

// keeps its variable where it is
class StayConstraint extends UnaryConstraint {
  execute() {}
}

// marks its variable as changed from outside (an edit)
class EditConstraint extends UnaryConstraint {
  isInput() {
    return true;
  }
  execute() {}
}

class BinaryConstraint extends Constraint {
  constructor(a, b, strength, solver) {
    super(strength, solver);
    this.a = a;
    this.b = b;
    this.direction = null; // 'forward' (a -> b), 'backward' (b -> a) or null
  }
  connect() {
    this.a.attach(this);
    this.b.attach(this);
  }
  disconnect() {
    this.a.detach(this);
    this.b.detach(this);
    this.direction = null;
  }
  chooseMethod(mark) {
    if (this.a.mark === mark) {
      this.direction = this.b.mark !== mark && this.strength.strongerThan(this.b.walkStrength) ? 'forward' : null;
      return;
    }
    if (this.b.mark === mark) {
      this.direction = this.strength.strongerThan(this.a.walkStrength) ? 'backward' : null;
      return;
    }
    // neither is marked: override the weaker side if we can
    if (this.a.walkStrength.weakerThan(this.b.walkStrength)) {
      this.direction = this.strength.strongerThan(this.a.walkStrength) ? 'backward' : null;
    } else {
      this.direction = this.strength.strongerThan(this.b.walkStrength) ? 'forward' : null;
    }
  }
  isSatisfied() {
    return this.direction !== null;
  }
  input() {
    return this.direction === 'forward' ? this.a : this.b;
  }
  output() {
    return this.direction === 'forward' ? this.b : this.a;
  }
  markInputs(mark) {
    this.input().mark = mark;
  }
  inputsKnown(mark) {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }
  recalculate() {
    const i = this.input();
    const o = this.output();
    o.walkStrength = Strength.weakestOf(this.strength, i.walkStrength);
    o.stay = i.stay;
    if (o.stay) this.execute();
  }
  markUnsatisfied() {
    this.direction = null;
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(a, b, strength, solver) {
    super(a, b, strength, solver);
    this.enable();
  }
  execute() {
    this.output().value = this.input().value;
  }
}

// b = a * scale + offset, where scale and offset are variables too
class ScaleConstraint extends BinaryConstraint {
  constructor(a, scale, offset, b, strength, solver) {
    super(a, b, strength, solver);
    this.scale = scale;
    this.offset = offset;
    this.enable();
  }
  connect() {
    super.connect();
    this.scale.attach(this);
    this.offset.attach(this);
  }
  disconnect() {
    super.disconnect();
    this.scale.detach(this);
    this.offset.detach(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }
  execute() {
    if (this.direction === 'forward') this.b.value = this.a.value * this.scale.value + this.offset.value;
    else this.a.value = ((this.b.value - this.offset.value) / this.scale.value) | 0;
  }
  recalculate() {
    const i = this.input();
    const o = this.output();
    o.walkStrength = Strength.weakestOf(this.strength, i.walkStrength);
    o.stay = i.stay && this.scale.stay && this.offset.stay;
    if (o.stay) this.execute();
  }
}

class Solver {
  constructor() {
    this.currentMark = 0;
    this.added = 0;
    this.overrides = 0;
  }
  newMark() {
    return ++this.currentMark;
  }
  incrementalAdd(c) {
    const mark = this.newMark();
    this.added++;
    let overridden = c.satisfy(mark);
    while (overridden !== null) {
      this.overrides++;
      overridden = overridden.satisfy(mark);
    }
  }
  incrementalRemove(c) {
    const out = c.output();
    c.markUnsatisfied();
    c.disconnect();
    const unsatisfied = this.removePropagateFrom(out);
    for (let s = 0; s < Strength.ORDER.length; s++) {
      const strength = Strength.ORDER[s];
      for (let i = 0; i < unsatisfied.length; i++) {
        const u = unsatisfied[i];
        if (u.strength === strength) this.incrementalAdd(u);
      }
    }
  }
  // re-run the constraints downstream of c; false if that reaches a marked
  // variable again (a cycle)
  propagateFrom(c, mark) {
    const todo = [c];
    while (todo.length > 0) {
      const d = todo.pop();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.pushConsumers(d.output(), todo);
    }
    return true;
  }
  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = Strength.WEAKEST;
    out.stay = true;
    const unsatisfied = [];
    const todo = [out];
    while (todo.length > 0) {
      const v = todo.pop();
      for (let i = 0; i < v.constraints.length; i++) {
        const c = v.constraints[i];
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (let i = 0; i < v.constraints.length; i++) {
        const next = v.constraints[i];
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }
  pushConsumers(v, todo) {
    const determining = v.determinedBy;
    for (let i = 0; i < v.constraints.length; i++) {
      const c = v.constraints[i];
      if (c !== determining && c.isSatisfied()) todo.push(c);
    }
  }
  planFor(sources) {
    const mark = this.newMark();
    const plan = [];
    const todo = sources.slice();
    while (todo.length > 0) {
      const c = todo.pop();
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.push(c);
        out.mark = mark;
        this.pushConsumers(out, todo);
      }
    }
    return plan;
  }
  planForEdits(edits) {
    const sources = [];
    for (let i = 0; i < edits.length; i++) if (edits[i].isInput() && edits[i].isSatisfied()) sources.push(edits[i]);
    return this.planFor(sources);
  }
}

function runPlan(plan) {
  for (let i = 0; i < plan.length; i++) plan[i].execute();
}

// a chain v0 = v1 = ... = vn with a stay on the last, driven from the first
function chainTest(n, steps) {
  const solver = new Solver();
  const vars = new Array(n + 1);
  for (let i = 0; i <= n; i++) vars[i] = new Variable('v' + i, 0);
  for (let i = 0; i < n; i++) new EqualityConstraint(vars[i], vars[i + 1], Strength.REQUIRED, solver);
  new StayConstraint(vars[n], Strength.STRONG_DEFAULT, solver);
  const edit = new EditConstraint(vars[0], Strength.PREFERRED, solver);
  const plan = solver.planForEdits([edit]);
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    vars[0].value = i;
    runPlan(plan);
    if (vars[n].value !== i) throw new Error('chain test failed at ' + i + ': ' + vars[n].value);
    sum += vars[n].value;
  }
  edit.disable();
  return sum + solver.added * 1000 + solver.overrides;
}

// n pairs dst[i] = src[i] * scale + offset; then edit scale, offset and a
// destination (which reverses a constraint's direction)
function projectionTest(n, rounds) {
  const solver = new Solver();
  const scale = new Variable('scale', 10);
  const offset = new Variable('offset', 1000);
  const src = [];
  const dst = [];
  for (let i = 0; i < n; i++) {
    const s = new Variable('src' + i, i);
    const d = new Variable('dst' + i, i);
    src.push(s);
    dst.push(d);
    new StayConstraint(s, Strength.NORMAL, solver);
    new ScaleConstraint(s, scale, offset, d, Strength.REQUIRED, solver);
  }
  let check = 0;
  for (let r = 0; r < rounds; r++) {
    change(solver, src[r % n], 17 + r);
    if (dst[r % n].value !== (17 + r) * scale.value + offset.value) throw new Error('projection 1 failed');
    change(solver, dst[(r * 7) % n], 1050 + r * 10);
    const back = ((1050 + r * 10 - offset.value) / scale.value) | 0;
    if (src[(r * 7) % n].value !== back) throw new Error('projection 2 failed: ' + src[(r * 7) % n].value + ' vs ' + back);
    change(solver, scale, 5 + (r & 3));
    change(solver, offset, 2000 + r);
    for (let i = 0; i < n; i++) check += dst[i].value - src[i].value;
  }
  return check + solver.added;
}

function change(solver, v, value) {
  const edit = new EditConstraint(v, Strength.PREFERRED, solver);
  const plan = solver.planForEdits([edit]);
  for (let i = 0; i < 8; i++) {
    v.value = value;
    runPlan(plan);
  }
  edit.disable();
}

function misuse() {
  // a required constraint that cannot be satisfied is an error
  const solver = new Solver();
  const a = new Variable('a', 1);
  const b = new Variable('b', 2);
  new EqualityConstraint(a, b, Strength.REQUIRED, solver);
  new StayConstraint(a, Strength.REQUIRED, solver);
  try {
    new StayConstraint(b, Strength.REQUIRED, solver);
    return 'no error';
  } catch (e) {
    return e instanceof Error ? e.message : 'not an Error';
  }
}

run({
  name: 'oo-constraints',
  config: { chain: 100, steps: 100, projection: 100, rounds: 10, repeat: 10, expect: '1082510,22319510 cannot satisfy a required constraint' },
  small: { chain: 30, steps: 20, projection: 20, rounds: 4, repeat: 1, expect: '33281,158370 cannot satisfy a required constraint' },
  benchmark: function (cfg) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < cfg.repeat; i++) {
      a += chainTest(cfg.chain, cfg.steps);
      b += projectionTest(cfg.projection, cfg.rounds);
    }
    return a + ',' + b + ' ' + misuse();
  },
  check: function (result, cfg) {
    return result === cfg.expect || 'expected ' + cfg.expect + ', got ' + result;
  },
});
