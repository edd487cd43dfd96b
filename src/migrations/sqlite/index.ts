import * as migration_20261122_052111_initial from './20261122_052111_initial.js';

export const migrations = [
  {
    up: migration_20261122_052111_initial.up,
    down: migration_20261122_052111_initial.down,
    name: '20261122_052111_initial'
  },
];
