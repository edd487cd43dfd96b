import * as migration_20261122_075430_initial from './20261122_075430_initial.js';

export const migrations = [
  {
    up: migration_20261122_075430_initial.up,
    down: migration_20261122_075430_initial.down,
    name: '20261122_075430_initial'
  },
];
