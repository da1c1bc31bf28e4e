import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiConsumes, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { HttpRequest } from '../http/http-types';
import { UnsupportedMediaTypeError } from '../errors';

const CONTENT_TYPES = 'qawl:content-types';

@Injectable()
export class ContentTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.get<string[]>(CONTENT_TYPES, context.getHandler()) ?? [];
    const req = context.switchToHttp().getRequest<HttpRequest>();
    const got = req.headers['content-type'];
    const mediaType = got?.split(';')[0].trim().toLowerCase();
    if (!mediaType || !allowed.includes(mediaType)) throw new UnsupportedMediaTypeError(got, allowed);
    return true;
  }
}

/** Rejects a request whose Content-Type is not one of `types` with 415 (before the body is validated). */
export function AcceptsContentType(...types: string[]): MethodDecorator {
  return applyDecorators(
    SetMetadata(CONTENT_TYPES, types),
    UseGuards(ContentTypeGuard),
    ApiConsumes(...types),
    ApiUnsupportedMediaTypeResponse({ description: `Content-Type is not ${types.join(' or ')}` }),
  );
}
