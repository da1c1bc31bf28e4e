import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { registerDecorator, validate, type ValidationOptions, type ValidatorOptions } from 'class-validator';
import { ValidationFailedError, type FieldProblem } from '../errors';

/** The rules every DTO is checked with, for a request body and for each item of a batch alike. */
const VALIDATOR_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** Flattens class-validator errors into one entry per field path (`tags.2`, `items.0.text`). */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      // "property foo should not exist" is class-validator's wording for an unknown field.
      const reasons = Object.entries(e.constraints).map(([rule, text]) =>
        rule === 'whitelistValidation' ? 'is not a known field' : text);
      out.push({ field, reasons });
    }
    if (e.children?.length) out.push(...fieldProblems(e.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedError(fieldProblems(errors)),
  });
}

/** Validates one plain value against a DTO class outside the request pipeline (batch items, files). */
export async function validateDto<T extends object>(
  cls: ClassConstructor<T>, plain: unknown,
): Promise<{ ok: true; value: T } | { ok: false; error: ValidationFailedError }> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { ok: false, error: new ValidationFailedError([{ field: '(item)', reasons: ['must be a JSON object'] }]) };
  }
  const value = plainToInstance(cls, plain);
  const errors = await validate(value, VALIDATOR_OPTIONS);
  return errors.length ? { ok: false, error: new ValidationFailedError(fieldProblems(errors)) } : { ok: true, value };
}

/** A string with at least one non-whitespace character. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: '$property must not be empty or whitespace', ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0 },
    });
}

/** Exactly one of this property and `other` must be present. */
export function ExactlyOneOf(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'exactlyOneOf',
      target: target.constructor,
      propertyName: String(propertyKey),
      constraints: [other],
      options: { message: `give exactly one of $property and ${other}`, ...options },
      validator: {
        validate: (v: unknown, args) =>
          (v !== undefined) !== ((args?.object as Record<string, unknown>)[other] !== undefined),
      },
    });
}
