import * as migration_20261122_052116_initial from './20261122_052116_initial.js';

export const migrations = [
  {
    up: migration_20261122_052116_initial.up,
    down: migration_20261122_052116_initial.down,
    name: '20261122_052116_initial'
  },
];
