import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { LIMITS } from './limits';

// C0 controls other than tab, newline and carriage return, and DEL: never meaningful in our texts.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// The same and carriage return: for texts whose line ends were normalised to LF (files), where a
// carriage return left over is a stray one.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
export const CONTROL_CHARACTERS_OR_CR = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Trims a string input (undefined and null pass through). */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value), {
    toClassOnly: true,
  });

/** Trims every item, drops empty ones and repeats, keeping order. */
export const CleanList = () =>
  Transform(
    ({ value }: { value: unknown }) =>
      Array.isArray(value)
        ? [...new Set((value as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))]
        : value,
    { toClassOnly: true },
  );

const codePoints = (s: string) => [...s].length;

/** A text of `min`-`max` Unicode code points without control characters. */
export function IsText(min: number, max: number, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isText',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be ${min === 0 ? `at most ${max}` : `${min}-${max}`} characters without control characters`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          codePoints(value) >= min &&
          codePoints(value) <= max &&
          !CONTROL_CHARACTERS.test(value),
      },
    });
}

/** A list of at most LIMITS.list.maxItems texts of 1-LIMITS.list.itemMax characters. */
export function IsTextList(options?: ValidationOptions) {
  const { maxItems, itemMax } = LIMITS.list;
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTextList',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be at most ${maxItems} items of 1-${itemMax} characters without control characters`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length <= maxItems &&
          value.every(
            (v) =>
              typeof v === 'string' && codePoints(v) >= 1 && codePoints(v) <= itemMax && !CONTROL_CHARACTERS.test(v),
          ),
      },
    });
}
