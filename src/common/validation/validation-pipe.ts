import { Type, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { AppError, ErrorCode } from '../errors/app-error';

/**
 * class-validator failures as one BAD_USER_INPUT error naming each field, its rules' messages and
 * their kinds (the constraint names, e.g. `maxLength`, which a client translates).
 */
function validationError(errors: ValidationError[]): AppError {
  const flat: { field: string; rules: string[]; kinds: string[] }[] = [];
  const walk = (list: ValidationError[], prefix: string) => {
    for (const e of list) {
      const field = prefix ? `${prefix}.${e.property}` : e.property;
      if (e.constraints) flat.push({ field, rules: Object.values(e.constraints), kinds: Object.keys(e.constraints) });
      if (e.children?.length) walk(e.children, field);
    }
  };
  walk(errors, '');
  return new AppError(ErrorCode.BadUserInput, flat.map((f) => f.rules.join('; ')).join('; '), {
    fields: flat.map((f) => f.field),
    rules: flat,
  });
}

/**
 * How the API validates every argument: against its class's rules, refusing unknown fields, and
 * turned into an instance of that class. Global, it learns the class from the parameter's declared
 * type; a parameter whose type is generic has none at run time, so its own pipe is given
 * `expectedType`.
 */
export function validationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationError,
    expectedType,
  });
}
