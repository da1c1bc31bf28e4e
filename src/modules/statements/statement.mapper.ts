import type { StatementDto } from './dto/statement.dto';
import type { StatementView } from './statements.repository';

export function toStatementDto(s: StatementView): StatementDto {
  return {
    id: s.id,
    text: s.text,
    type: s.type,
    language: s.language,
    date: s.statedAt.toISOString(),
    span: { start: s.spanStart, end: s.spanEnd },
    context: s.context,
    speaker: s.speakerId && s.speaker
      ? { id: s.speakerId, slug: s.speaker.slug, name: s.speaker.name, registered: s.speaker.origin === 'registry' }
      : null,
    extractedSpeakerName: s.speakerName,
    mention: s.mentionText !== null && s.mentionStart !== null && s.mentionEnd !== null
      ? { text: s.mentionText, start: s.mentionStart, end: s.mentionEnd, kind: s.mentionKind }
      : null,
    cue: s.cueText !== null && s.cueStart !== null && s.cueEnd !== null ? { text: s.cueText, start: s.cueStart, end: s.cueEnd } : null,
    sieve: s.sieve,
    confidence: s.confidence,
    quotedFragments: s.quotedFragments,
    flags: s.flags as Record<string, boolean>,
    segment: s.segment,
    article: {
      id: s.articleId,
      title: s.article.title,
      source: s.source,
      url: s.article.url,
      publishedAt: s.article.publishedAt ? s.article.publishedAt.toISOString() : null,
      date: s.statedAt.toISOString(),
    },
    pipelineVersion: s.pipelineVersion,
    humanCorrected: s.humanCorrected,
    markedWrong: s.markedWrong,
    correctedAt: s.correctedAt ? s.correctedAt.toISOString() : null,
    correctionNote: s.correctionNote,
  };
}
