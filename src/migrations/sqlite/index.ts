import * as migration_20261122_045745_initial from './20261122_045745_initial.js';

export const migrations = [
  {
    up: migration_20261122_045745_initial.up,
    down: migration_20261122_045745_initial.down,
    name: '20261122_045745_initial'
  },
];
