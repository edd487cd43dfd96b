import * as migration_20261122_044052_initial from './20261122_044052_initial.js';

export const migrations = [
  {
    up: migration_20261122_044052_initial.up,
    down: migration_20261122_044052_initial.down,
    name: '20261122_044052_initial'
  },
];
