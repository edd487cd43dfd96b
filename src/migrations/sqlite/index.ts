import * as migration_20261122_141839_initial from './20261122_141839_initial.js';

export const migrations = [
  {
    up: migration_20261122_141839_initial.up,
    down: migration_20261122_141839_initial.down,
    name: '20261122_141839_initial'
  },
];
