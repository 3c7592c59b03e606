// custom error subclasses
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
  describe() { return '[' + this.code + '] ' + this.message; }
}
class NotFoundError extends AppError {
  constructor(what) {
    super(what + ' not found', 404);
    this.name = 'NotFoundError';
    this.what = what;
  }
}
class ValidationError extends AppError {
  constructor(field, problems) {
    super('invalid ' + field, 422);
    this.name = 'ValidationError';
    this.field = field;
    this.problems = problems;
  }
}
class PlainSub extends Error {}
const errs = [new AppError('generic', 500), new NotFoundError('user'), new ValidationError('email', ['empty', 'no @']), new PlainSub('plain')];
for (const e of errs) {
  console.log(e.name, '|', e.message, '|', e.code, '|', e instanceof Error, e instanceof AppError, e instanceof NotFoundError, e instanceof ValidationError, e instanceof PlainSub);
  console.log('  String:', String(e), '| typeof stack:', typeof e.stack);
}
console.log(errs[0].describe(), errs[1].describe(), errs[2].problems);
function find(db, key) {
  if (db[key] === undefined) throw new NotFoundError(key);
  return db[key];
}
function validate(rec) {
  const problems = [];
  if (!rec.name) problems.push('name missing');
  if (typeof rec.age !== 'number') problems.push('age not a number');
  if (problems.length) throw new ValidationError('record', problems);
  return true;
}
const db = { alice: { name: 'Alice', age: 30 }, bob: { name: '', age: 'old' } };
for (const key of ['alice', 'bob', 'carol']) {
  try {
    const rec = find(db, key);
    validate(rec);
    console.log(key, 'valid');
  } catch (e) {
    if (e instanceof NotFoundError) console.log(key, 'missing:', e.message, e.code);
    else if (e instanceof ValidationError) console.log(key, 'invalid:', e.problems.join('; '), e.code);
    else throw e;
  }
}
// default name of a subclass without explicit name is 'Error'
const ps = new PlainSub('x');
console.log(ps.name, ps.message, String(ps));
// subclass with name on prototype
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
console.log(new ProtoNamed('msg').name, String(new ProtoNamed('msg')));
// extending TypeError and RangeError
class MyType extends TypeError { constructor(m) { super(m); this.name = 'MyType'; } }
class MyRange extends RangeError {}
const mt = new MyType('typed'), mr = new MyRange('ranged');
console.log(mt instanceof TypeError, mt instanceof Error, mt.name, mr instanceof RangeError, mr.name, mr.message);
try { throw mt; } catch (e) { console.log(e instanceof MyType, e.name + ': ' + e.message); }
// error with no message
const empty = new AppError();
console.log('[' + empty.message + ']', empty.name, empty.code);
