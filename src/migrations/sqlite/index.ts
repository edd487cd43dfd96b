import * as migration_20261122_093508_initial from './20261122_093508_initial.js';

export const migrations = [
  {
    up: migration_20261122_093508_initial.up,
    down: migration_20261122_093508_initial.down,
    name: '20261122_093508_initial'
  },
];
