import { REGISTRY_DATA } from './data';
import { Registry } from './registry';

export { Registry } from './registry';
export type { RegistryData, RoleDef, RoleTenure, SpeakerEntry } from './types';

let shared: Registry | undefined;

/** The registry built from the data files shipped with Qawl (built once, then shared). */
export function defaultRegistry(): Registry {
  shared ??= new Registry(REGISTRY_DATA);
  return shared;
}
