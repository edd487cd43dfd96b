import * as migration_20261122_141843_initial from './20261122_141843_initial.js';
import * as migration_20261204_214408_office_general_rule from './20261204_214408_office_general_rule.js';
import * as migration_20261206_220733_public_column from './20261206_220733_public_column.js';
import * as migration_20261206_222451_public_search from './20261206_222451_public_search.js';
import * as migration_20261206_232236_corrections from './20261206_232236_corrections.js';

export const migrations = [
  {
    up: migration_20261122_141843_initial.up,
    down: migration_20261122_141843_initial.down,
    name: '20261122_141843_initial',
  },
  {
    up: migration_20261204_214408_office_general_rule.up,
    down: migration_20261204_214408_office_general_rule.down,
    name: '20261204_214408_office_general_rule',
  },
  {
    up: migration_20261206_220733_public_column.up,
    down: migration_20261206_220733_public_column.down,
    name: '20261206_220733_public_column',
  },
  {
    up: migration_20261206_222451_public_search.up,
    down: migration_20261206_222451_public_search.down,
    name: '20261206_222451_public_search',
  },
  {
    up: migration_20261206_232236_corrections.up,
    down: migration_20261206_232236_corrections.down,
    name: '20261206_232236_corrections'
  },
];
