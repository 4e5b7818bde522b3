import { readRegistryFile } from '../../src/registry/read-registry-file';
import { buildNameTable, loadNameTable } from '../../src/corpus/name-table';

/** The project's real registry and its compiled name table, loaded once per test file. */
export const registry = readRegistryFile(new URL('../../corpus/leaders.json', import.meta.url).pathname);
export const table = loadNameTable(buildNameTable(registry));
