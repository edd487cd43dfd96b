import * as migration_20261122_141843_initial from './20261122_141843_initial.js';

export const migrations = [
  {
    up: migration_20261122_141843_initial.up,
    down: migration_20261122_141843_initial.down,
    name: '20261122_141843_initial'
  },
];
