// A cluster as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview): the claim (canonical text),
// its author, where it appeared and where first. Qawl reviews attribution, not truth, so there is no
// reviewRating; consumers that need one add their own.
import type { ClusterDto } from './dto/cluster.dto';

export interface ClaimReviewAuthor {
  name: string;
  kind: 'person' | 'org';
  wikidata: string | null;
}

function creativeWork(a: ClusterDto['appearances'][number]) {
  const art = a.statement.article;
  return {
    '@type': 'CreativeWork',
    ...(art.url ? { url: art.url } : {}),
    ...(art.title ? { headline: art.title } : {}),
    datePublished: art.date,
    ...(art.source ? { publisher: { '@type': 'Organization', name: art.source } } : {}),
    text: a.statement.text,
  };
}

export function toClaimReview(cluster: ClusterDto, author: ClaimReviewAuthor | null): Record<string, unknown> {
  const first = cluster.appearances.find((a) => a.firstSeen) ?? cluster.appearances[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: cluster.id,
    claimReviewed: cluster.canonicalText,
    datePublished: cluster.lastSeenAt,
    author: { '@type': 'Organization', name: 'Qawl' },
    itemReviewed: {
      '@type': 'Claim',
      ...(author
        ? {
          author: {
            '@type': author.kind === 'org' ? 'Organization' : 'Person',
            name: author.name,
            ...(author.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${author.wikidata}` } : {}),
          },
        }
        : {}),
      datePublished: cluster.firstSeenAt,
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
      appearance: cluster.appearances.map(creativeWork),
    },
  };
}
