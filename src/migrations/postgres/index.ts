import * as migration_20261122_093515_initial from './20261122_093515_initial.js';

export const migrations = [
  {
    up: migration_20261122_093515_initial.up,
    down: migration_20261122_093515_initial.down,
    name: '20261122_093515_initial'
  },
];
