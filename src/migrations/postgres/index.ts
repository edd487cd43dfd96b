import * as migration_20261122_050353_initial from './20261122_050353_initial.js';

export const migrations = [
  {
    up: migration_20261122_050353_initial.up,
    down: migration_20261122_050353_initial.down,
    name: '20261122_050353_initial'
  },
];
