// The sieves, most precise first. The runner offers each one only the statements still unresolved.
import { anonymousSourceSieve } from './anonymous-source.sieve';
import { continuationSieve, sameWordsSieve } from './continuation.sieve';
import { descriptionSieve } from './description.sieve';
import { genderAgreementSieve } from './gender-agreement.sieve';
import { inheritedSubjectSieve } from './inherited-subject.sieve';
import { namedSubjectSieve } from './named-subject.sieve';
import { organisationSieve } from './organisation.sieve';
import { roleTitleSieve, titleOfficeSieve } from './role-title.sieve';
import { cataphoraSieve } from './cataphora.sieve';
import type { Resolution, Sieve, SieveContext } from './sieve';

export const SIEVES: readonly Sieve[] = [
  namedSubjectSieve,
  roleTitleSieve,
  organisationSieve,
  anonymousSourceSieve,
  descriptionSieve,
  titleOfficeSieve,
  cataphoraSieve,
  genderAgreementSieve,
  inheritedSubjectSieve,
  sameWordsSieve,
  continuationSieve,
];

export function runSieves(ctx: SieveContext, sieves: readonly Sieve[] = SIEVES): (Resolution | undefined)[] {
  for (const sieve of sieves) {
    for (let i = 0; i < ctx.drafts.length; i++) {
      if (ctx.resolved[i]) continue;
      const r = sieve.attribute(i, ctx);
      if (!r) continue;
      ctx.resolved[i] = r;
      const g = ctx.drafts[i].frame?.gender;
      if (r.speaker && g && !r.speaker.gender && !ctx.drafts[i].frame?.inherits) ctx.learnedGender.set(r.speaker.id ?? `~${r.speaker.name.toLowerCase()}`, g);
    }
  }
  return ctx.resolved;
}

export type { Resolution, Sieve, SieveContext } from './sieve';
