import * as migration_20261122_095357_initial from './20261122_095357_initial.js';

export const migrations = [
  {
    up: migration_20261122_095357_initial.up,
    down: migration_20261122_095357_initial.down,
    name: '20261122_095357_initial'
  },
];
