import * as migration_20261122_042426_initial from './20261122_042426_initial.js';

export const migrations = [
  {
    up: migration_20261122_042426_initial.up,
    down: migration_20261122_042426_initial.down,
    name: '20261122_042426_initial'
  },
];
