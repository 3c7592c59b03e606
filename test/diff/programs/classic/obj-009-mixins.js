// A small mixin library in the pre-class style: Object.create chains,
// Object.assign mixins, defineProperty for computed members.
var Mixins = (function () {
  function mix(target, s1, s2, s3) {
    var sources = [s1, s2, s3];
    for (var i = 0; i < sources.length; i++) {
      var source = sources[i];
      if (!source) continue;
      Object.getOwnPropertyNames(source).forEach(function (name) {
        Object.defineProperty(target, name, Object.getOwnPropertyDescriptor(source, name));
      });
    }
    return target;
  }
  function inherit(Child, Parent, members) {
    Child.prototype = Object.create(Parent.prototype, {
      constructor: { value: Child, writable: true, configurable: true },
    });
    if (members) mix(Child.prototype, members);
    return Child;
  }
  return { mix: mix, inherit: inherit };
})();

var Observable = {
  on: function (ev, fn) {
    if (!Object.prototype.hasOwnProperty.call(this, '_handlers')) Object.defineProperty(this, '_handlers', { value: {} });
    (this._handlers[ev] = this._handlers[ev] || []).push(fn);
    return this;
  },
  emit: function (ev, data) {
    var hs = (this._handlers && this._handlers[ev]) || [];
    for (var i = 0; i < hs.length; i++) hs[i].call(this, data);
    return hs.length;
  },
};
var Serializable = {
  toJSON: function () {
    var out = {};
    var self = this;
    Object.keys(this).forEach(function (k) { out[k] = self[k]; });
    return out;
  },
  get typeName() { return this.constructor.name; },
};

function Model(attrs) { Object.assign(this, attrs); }
Model.prototype.get = function (k) { return this[k]; };
function User(attrs) { Model.call(this, attrs); }
Mixins.inherit(User, Model, {
  get fullName() { return this.first + ' ' + this.last; },
  set fullName(v) { var p = v.split(' '); this.first = p[0]; this.last = p[1]; this.emit('renamed', v); },
});
Mixins.mix(User.prototype, Observable, Serializable);

var u = new User({ first: 'Grace', last: 'Hopper' });
var log = [];
u.on('renamed', function (n) { log.push('renamed to ' + n); });
u.fullName = 'Ada Lovelace';
console.log(u.fullName, u.get('first'), log, u.typeName);
console.log(u, Object.keys(u), u instanceof User, u instanceof Model);
console.log(JSON.stringify(u.toJSON()));
console.log(Object.keys(User.prototype), Object.getOwnPropertyNames(User.prototype).sort());
console.log(Object.getOwnPropertyDescriptor(User.prototype, 'fullName').set !== undefined);

// Mixins applied to many instances; method lookup through the chain is hot.
var users = [];
for (var i = 0; i < 80; i++) users.push(new User({ first: 'F' + i, last: 'L' + (i % 7) }));
var fired = 0;
users.forEach(function (x) { x.on('renamed', function () { fired++; }); });
for (var r = 0; r < 5; r++) users.forEach(function (x, i) { x.fullName = 'N' + r + ' ' + x.last; });
var tally = {};
users.forEach(function (x) { tally[x.last] = (tally[x.last] || 0) + x.fullName.length; });
console.log(fired, tally);

// Object.create with a descriptor map, and a frozen defaults object merged by assign.
var defaults = Object.freeze({ color: 'red', size: 2, tags: Object.freeze(['a']) });
function makeWidget(opts) {
  var w = Object.create(WidgetProto, { id: { value: makeWidget.next++, enumerable: true } });
  return Object.assign(w, defaults, opts);
}
makeWidget.next = 1;
var WidgetProto = {
  describe: function () { return '#' + this.id + ' ' + this.color + '/' + this.size + ' [' + this.tags.join(',') + ']'; },
};
var ws = [makeWidget({}), makeWidget({ color: 'blue' }), makeWidget({ size: 9, tags: ['x', 'y'] })];
console.log(ws.map(function (w) { return w.describe(); }), defaults.color);
try { ws[0].id = 7; } catch (e) { console.log('unreachable in sloppy mode'); }
console.log(ws[0].id, Object.isFrozen(defaults), WidgetProto.isPrototypeOf(ws[2]));
