// objects as records
var employees = [
  { name: 'Ann', dept: 'eng', salary: 120, years: 5 },
  { name: 'Bob', dept: 'ops', salary: 90, years: 2 },
  { name: 'Cid', dept: 'eng', salary: 135, years: 8 },
  { name: 'Dee', dept: 'sales', salary: 80, years: 1 },
  { name: 'Eve', dept: 'ops', salary: 95, years: 4 },
  { name: 'Fay', dept: 'eng', salary: 110, years: 3 }
];
var byDept = {};
var deptNames = [];
for (const e of employees) {
  if (byDept[e.dept] === undefined) {
    byDept[e.dept] = { count: 0, total: 0, names: [] };
    deptNames.push(e.dept);
  }
  var d = byDept[e.dept];
  d.count++;
  d.total += e.salary;
  d.names.push(e.name);
}
console.log(byDept);
for (const dn of deptNames) {
  var info = byDept[dn];
  console.log(dn, info.count, (info.total / info.count).toFixed(2), info.names.join('+'));
}
// raise for senior
var raised = employees.map(function (e) {
  return { name: e.name, salary: e.years >= 4 ? Math.round(e.salary * 1.1) : e.salary };
});
console.log(raised);
// find max
var top = employees[0];
employees.forEach(function (e) { if (e.salary > top.salary) top = e; });
console.log('top earner', top.name, top);
// update records in place
for (var i = 0; i < employees.length; i++) employees[i].id = 'E' + (i + 1);
console.log(employees[0], employees[5].id);
// record equality is identity
var r1 = { a: 1 }, r2 = { a: 1 };
console.log(r1 === r2, r1.a === r2.a);
// nested records
var company = { name: 'Acme', address: { street: '1 Main', city: 'Springfield' }, staff: employees.length };
company.address.zip = '12345';
console.log(company);
console.log(company.address.city + ', ' + company.address.zip);
// record copying by hand
function copyRecord(src, fields) {
  var out = {};
  for (const f of fields) out[f] = src[f];
  return out;
}
console.log(copyRecord(employees[2], ['name', 'dept', 'missing']));
