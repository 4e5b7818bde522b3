import { buildNameTable, loadNameTable } from '../../src/names/name-table';
import { readRegistryFile } from '../../src/registry/read-registry-file';

/**
 * The frozen ten-person registry (tests/fixtures/registry-ten) and its compiled name table, loaded
 * once per test file: rules are pinned on constructed text against facts that do not move when
 * the real registry grows.
 */
export const registryFile = new URL('../fixtures/registry-ten/leaders.json', import.meta.url).pathname;
export const registry = readRegistryFile(registryFile);
export const table = loadNameTable(buildNameTable(registry));
