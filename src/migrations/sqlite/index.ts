import * as migration_20261122_044048_initial from './20261122_044048_initial.js';

export const migrations = [
  {
    up: migration_20261122_044048_initial.up,
    down: migration_20261122_044048_initial.down,
    name: '20261122_044048_initial'
  },
];
