import * as migration_20261122_095401_initial from './20261122_095401_initial.js';

export const migrations = [
  {
    up: migration_20261122_095401_initial.up,
    down: migration_20261122_095401_initial.down,
    name: '20261122_095401_initial'
  },
];
