import * as migration_20261122_053930_initial from './20261122_053930_initial.js';

export const migrations = [
  {
    up: migration_20261122_053930_initial.up,
    down: migration_20261122_053930_initial.down,
    name: '20261122_053930_initial'
  },
];
