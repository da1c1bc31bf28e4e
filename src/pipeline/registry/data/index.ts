// Every registry data file, in one list. Add a file here when you add a group.
import type { RegistryData } from '../types';
import { americas } from './americas';
import { asia } from './asia';
import { europe } from './europe';
import { governments } from './governments';
import { international } from './international';
import { media } from './media';
import { middleEast } from './middle-east';
import { russia } from './russia';
import { ukraine } from './ukraine';
import { unitedStates } from './united-states';

export const REGISTRY_DATA: readonly RegistryData[] = [
  unitedStates,
  russia,
  ukraine,
  europe,
  middleEast,
  asia,
  americas,
  international,
  media,
  governments,
];
