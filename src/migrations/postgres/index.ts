import * as migration_20261122_073708_initial from './20261122_073708_initial.js';

export const migrations = [
  {
    up: migration_20261122_073708_initial.up,
    down: migration_20261122_073708_initial.down,
    name: '20261122_073708_initial'
  },
];
