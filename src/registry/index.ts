// The registry API that runs anywhere (build, background, content script). The Node-only file
// reader lives in './read-registry-file' and is deliberately not re-exported here, so bundling
// this index for the extension never pulls in `node:fs`.
export { foldName } from './fold';
export { allNameForms, leaderById } from './leaders';
export { loadRegistry } from './load-registry';
export { daysBefore, heldOn, holderOf, mayHaveHeldOn, registryCoversOffice, knownTerm, officesHeldOnOrEver, officesOn, termBoundsOnly } from './offices';
export { RegistryError, type RegistryProblem } from './registry-error';
export {
  REGISTRY_VERSION,
  registrySchema,
  type Country,
  type IsoDate,
  type Leader,
  type Office,
  type Registry,
  type Title,
} from './schema';
