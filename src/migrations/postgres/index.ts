import * as migration_20261122_045750_initial from './20261122_045750_initial.js';

export const migrations = [
  {
    up: migration_20261122_045750_initial.up,
    down: migration_20261122_045750_initial.down,
    name: '20261122_045750_initial'
  },
];
