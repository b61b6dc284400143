'use strict';
// The require50 workload: load 50 small local CommonJS modules, some of which require
// each other (so some requires are cache hits), then check that they all loaded.

const mods = [
  require('./m01'),
  require('./m02'),
  require('./m03'),
  require('./m04'),
  require('./m05'),
  require('./m06'),
  require('./m07'),
  require('./m08'),
  require('./m09'),
  require('./m10'),
  require('./m11'),
  require('./m12'),
  require('./m13'),
  require('./m14'),
  require('./m15'),
  require('./m16'),
  require('./m17'),
  require('./m18'),
  require('./m19'),
  require('./m20'),
  require('./m21'),
  require('./m22'),
  require('./m23'),
  require('./m24'),
  require('./m25'),
  require('./m26'),
  require('./m27'),
  require('./m28'),
  require('./m29'),
  require('./m30'),
  require('./m31'),
  require('./m32'),
  require('./m33'),
  require('./m34'),
  require('./m35'),
  require('./m36'),
  require('./m37'),
  require('./m38'),
  require('./m39'),
  require('./m40'),
  require('./m41'),
  require('./m42'),
  require('./m43'),
  require('./m44'),
  require('./m45'),
  require('./m46'),
  require('./m47'),
  require('./m48'),
  require('./m49'),
  require('./m50'),
];

let sum = 0;
for (const m of mods) {
  sum += m.value;
  // A module that required others saw their finished exports, not an empty object.
  for (const d of m.deps || []) {
    if (typeof d !== 'number') throw new Error('require50: a dependency had no value');
  }
}
if (sum !== 1275) throw new Error(`require50: expected sum 1275, got ${sum}`);
console.log('require50 ok');
