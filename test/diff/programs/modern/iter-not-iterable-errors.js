function f() {}
{
let undef; try { for (const x of undef); } catch (e) { console.log(e.message); }
let n = null; try { for (const x of n); } catch (e) { console.log(e.message); }
try { [...undef]; } catch (e) { console.log(e.message); }
try { f(...undef); } catch (e) { console.log(e.message); }
try { Array.from(undefined); } catch (e) { console.log(e.message); }
}
{
const n = null, o = {}, five = 5;
for (const t of [() => f(...n), () => f(...o), () => f(...five), () => new f(...o), () => [...o], () => [...five], () => { for (const x of null); }, () => [...undefined], () => f(...undefined)]) {
  try { t(); } catch (e) { console.log(e.message); }
}
}
