// Every migration, in order. Add a generated migration here after reviewing it; never edit one that has landed.
import { Extensions1795944210230 } from './1795944210230-Extensions';
import { Articles1795944233284 } from './1795944233284-Articles';
import { SpeakersStatements1795946579559 } from './1795946579559-SpeakersStatements';
import { Clusters1795947318974 } from './1795947318974-Clusters';
import { StatementSignatures1795947847822 } from './1795947847822-StatementSignatures';
import { SpeakerTimelineIndex1795949298726 } from './1795949298726-SpeakerTimelineIndex';
import { SignatureBandsNoPendingList1795951275126 } from './1795951275126-SignatureBandsNoPendingList';
import { SignatureBandKeysByPeriod1796237537946 } from './1796237537946-SignatureBandKeysByPeriod';
import { SignatureSpeaker1796607250766 } from './1796607250766-SignatureSpeaker';
import { SignatureBandPeriod56Days1796684324428 } from './1796684324428-SignatureBandPeriod56Days';

export const MIGRATIONS = [
  Extensions1795944210230, Articles1795944233284, SpeakersStatements1795946579559, Clusters1795947318974, StatementSignatures1795947847822,
  SpeakerTimelineIndex1795949298726, SignatureBandsNoPendingList1795951275126, SignatureBandKeysByPeriod1796237537946,
  SignatureSpeaker1796607250766, SignatureBandPeriod56Days1796684324428,
];
