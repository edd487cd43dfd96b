import * as migration_20261122_073603_initial from './20261122_073603_initial.js';

export const migrations = [
  {
    up: migration_20261122_073603_initial.up,
    down: migration_20261122_073603_initial.down,
    name: '20261122_073603_initial'
  },
];
