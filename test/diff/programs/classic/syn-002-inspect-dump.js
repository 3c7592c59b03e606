// An object-inspection utility in the style of pre-2015 libraries: walks
// values with for...in and hasOwnProperty, checks capabilities with `in`.
var Inspector = {
  indent: '  ',
  dump: function (value, depth, seen) {
    depth = depth || 0;
    seen = seen || [];
    var pad = new Array(depth + 1).join(this.indent);
    if (value === null || typeof value !== 'object') return JSON.stringify(value) === undefined ? String(value) : JSON.stringify(value);
    if (seen.indexOf(value) >= 0) return '[Circular]';
    seen.push(value);
    var isArr = Array.isArray(value);
    var lines = [];
    for (var key in value) {
      var own = Object.prototype.hasOwnProperty.call(value, key);
      var label = (own ? '' : '^') + (isArr ? '[' + key + ']' : key);
      var v = value[key];
      if (typeof v === 'function') {
        lines.push(pad + this.indent + label + ': [Function' + (v.name ? ' ' + v.name : '') + ']');
        continue;
      }
      lines.push(pad + this.indent + label + ': ' + this.dump(v, depth + 1, seen));
    }
    seen.pop();
    if (lines.length === 0) return isArr ? '[]' : '{}';
    return (isArr ? '[' : '{') + '\n' + lines.join('\n') + '\n' + pad + (isArr ? ']' : '}');
  },
  countKeys: function (o) {
    var own = 0, inherited = 0;
    for (var k in o) {
      if (o.hasOwnProperty(k)) own++;
      else inherited++;
    }
    return { own: own, inherited: inherited };
  },
  duckType: function (o) {
    var traits = [];
    if ('length' in o) traits.push('array-like');
    if ('then' in o) traits.push('thenable');
    if ('next' in o) traits.push('iterator-ish');
    if ('toJSON' in o) traits.push('serialisable');
    return traits.length ? traits.join('+') : 'plain';
  },
};

function Animal(name) { this.name = name; this.legs = 4; }
Animal.prototype.speak = function speak() { return this.name + ' makes a sound'; };
Animal.prototype.kingdom = 'animalia';
function Bird(name) { Animal.call(this, name); this.legs = 2; this.wings = 2; }
Bird.prototype = new Animal('proto');
Bird.prototype.constructor = Bird;
Bird.prototype.fly = function () { return true; };

var tweety = new Bird('tweety');
tweety.tags = ['small', 'yellow', , 'cartoon'];
tweety.owner = { name: 'Granny', pets: [tweety] };
tweety.config = { 2: 'two', 1: 'one', b: { deep: { deeper: null } }, a: undefined };
console.log(Inspector.dump(tweety));
console.log(Inspector.countKeys(tweety), Inspector.countKeys({}), Inspector.countKeys(new Animal('x')));
console.log(Inspector.duckType([1, 2]), Inspector.duckType({ then: 1, toJSON: 0 }), Inspector.duckType({}), Inspector.duckType('str' ? { length: 0, next: null } : null));

// A shallow diff of two records.
function diff(a, b) {
  var changes = [];
  for (var k in a) {
    if (!(k in b)) changes.push('-' + k);
    else if (a[k] !== b[k]) changes.push('~' + k + ':' + a[k] + '->' + b[k]);
  }
  for (k in b) if (!(k in a)) changes.push('+' + k);
  return changes;
}
console.log(diff({ id: 1, name: 'a', age: 3 }, { id: 1, name: 'b', email: 'x@y' }).join(' '));
// Many records of one shape: the hot path.
var total = 0;
var report = {};
for (var i = 0; i < 3000; i++) {
  var rec = { id: i, score: i % 7, bonus: i % 3, penalty: i % 5 };
  for (var field in rec) {
    if (field === 'id') continue;
    report[field] = (report[field] || 0) + rec[field];
    total += rec[field];
  }
}
console.log(total, JSON.stringify(report));
