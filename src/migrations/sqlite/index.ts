import * as migration_20261122_050324_initial from './20261122_050324_initial.js';

export const migrations = [
  {
    up: migration_20261122_050324_initial.up,
    down: migration_20261122_050324_initial.down,
    name: '20261122_050324_initial'
  },
];
