import * as migration_20261122_073608_initial from './20261122_073608_initial.js';

export const migrations = [
  {
    up: migration_20261122_073608_initial.up,
    down: migration_20261122_073608_initial.down,
    name: '20261122_073608_initial'
  },
];
