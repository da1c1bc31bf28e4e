import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../../common/errors';
import { SPEAKER_REF } from './speaker-keys';

/** A speaker path parameter: a uuid or a slug (letters of any script, digits, dashes). */
@Injectable()
export class SpeakerRefPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!SPEAKER_REF.test(value)) throw new ValidationFailedError([{ field: 'id', reasons: ['must be a speaker id or slug'] }]);
    return value;
  }
}
