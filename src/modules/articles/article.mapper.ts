import type { ArticleEntity } from './article.entity';
import type { ArticleDto } from './dto/article.dto';

export function toArticleDto(a: ArticleEntity): ArticleDto {
  return {
    id: a.id,
    url: a.url,
    source: a.source,
    title: a.title,
    language: a.language,
    publishedAt: a.publishedAt ? a.publishedAt.toISOString() : null,
    body: a.body,
    contentHash: a.contentHash,
    tags: a.tags,
    parentId: a.parentId,
    createdAt: a.createdAt.toISOString(),
  };
}
