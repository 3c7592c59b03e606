// Date: every constructor form, local and UTC getters and setters, overflow and invalid dates.
function show(label, d) {
  console.log(label, d instanceof Date ? [d.getTime(), d.toISOString ? safeIso(d) : ''] : d);
}
function safeIso(d) { try { return d.toISOString(); } catch (e) { return e.name + ': ' + e.message; } }

show('ms', new Date(0));
show('ms negative', new Date(-86400000));
show('ms fraction', new Date(1.9));
show('ms huge', new Date(8.64e15));
show('ms too huge', new Date(8.64e15 + 1));
show('string iso', new Date('2021-06-15T10:20:30.456Z'));
show('string date only', new Date('2021-06-15'));
show('string local', new Date('2021-06-15T10:20:30'));
show('string rfc', new Date('Tue, 15 Jun 2021 10:20:30 GMT'));
show('string junk', new Date('not a date'));
show('parts 2', new Date(2020, 1));
show('parts 3', new Date(2020, 1, 29));
show('parts 7', new Date(2020, 1, 29, 23, 59, 59, 999));
show('two-digit year', new Date(99, 0, 1));
show('overflow month', new Date(2020, 13, 1));
show('overflow day', new Date(2021, 1, 29));
show('negative parts', new Date(2020, -1, -1, -1));
show('NaN part', new Date(2020, NaN));
show('string parts', new Date('2020', '5', '6'));
show('copy', new Date(new Date(123456)));
show('object with valueOf', new Date({ valueOf: function () { return 42; } }));
show('object with toString', new Date({ toString: function () { return '1999-12-31T00:00:00Z'; } }));
show('boolean', new Date(true));
show('null', new Date(null));
show('undefined', new Date(undefined));
console.log('Date() is a string', typeof Date(), typeof Date(0), Date.length, Date.name);

var d = new Date(2024, 1, 29, 13, 5, 9, 7);
console.log('local', d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getYear());
console.log('utc', d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log('tz', typeof d.getTimezoneOffset(), d.getTimezoneOffset() === new Date(2024, 1, 29).getTimezoneOffset());

var s = new Date(2024, 0, 31);
console.log('setMonth', s.setMonth(1), s.getMonth(), s.getDate());
console.log('setDate 0', s.setDate(0), s.getDate(), s.getMonth());
console.log('setHours many', s.setHours(48, 90, 90, 1500), s.getDate(), s.getHours(), s.getMinutes(), s.getSeconds(), s.getMilliseconds());
console.log('setMinutes', s.setMinutes(-1), s.getHours(), s.getMinutes());
console.log('setSeconds', s.setSeconds(3600, 5), s.getMinutes(), s.getSeconds());
console.log('setMilliseconds', s.setMilliseconds(-1), s.getSeconds());
console.log('setFullYear', s.setFullYear(2023, 1, 29), s.getMonth(), s.getDate());
console.log('setYear', s.setYear(95), s.getFullYear());
console.log('setTime', s.setTime(1e12), s.toISOString());
console.log('UTC setters', s.setUTCFullYear(2000, 0, 1), s.setUTCMonth(11, 31), s.setUTCDate(32), s.setUTCHours(25), s.setUTCMinutes(61), s.setUTCSeconds(61), s.setUTCMilliseconds(1001), s.toISOString());
console.log('setter with no args', s.setMinutes(), s.getTime(), String(s));

var bad = new Date(NaN);
console.log('invalid getters', bad.getTime(), bad.getFullYear(), bad.getDay(), bad.getUTCHours(), bad.getTimezoneOffset(), bad.valueOf());
console.log('invalid setters', bad.setHours(1), bad.setMonth(2), bad.setFullYear(2020), bad.getMonth(), bad.getHours());
var bad2 = new Date(NaN);
console.log('setUTCFullYear revives', bad2.setUTCFullYear(2001, 2, 3), bad2.toISOString());
console.log('setTime NaN', new Date(5).setTime('x'), new Date(5).setTime('12'));
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.setHours.call([], 1); } catch (e) { console.log(e.name, e.message); }
try { Date.prototype.toISOString.call(1); } catch (e) { console.log(e.name, e.message); }
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message, e instanceof RangeError); }

// Extensible objects: own props, prototype methods, instanceof.
var tagged = new Date(0);
tagged.label = 'epoch';
console.log(tagged, [tagged, new Date(NaN)], { when: tagged }, tagged.label);
console.log(tagged instanceof Date, tagged instanceof Object, Object.prototype.toString.call(tagged), tagged.constructor === Date, Object.getPrototypeOf(tagged) === Date.prototype);
console.log(Object.keys(tagged), typeof Date.prototype, Object.prototype.toString.call(Date.prototype));
