import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, GraphQLISODateTime, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../graphql/pagination';
import { LIMITS } from './limits';
import { CleanList, IsText, IsTextList, Trim } from './text';

/*
 * The field shapes every input repeats (a name, an optional text, a list of texts, an enum, an
 * optional id, a search keyword), each one GraphQL field and its validation rules together. A field
 * declared with TextField, TextListField or EnumField also records its rule, so code that reads the
 * same entity from elsewhere (the bulk import) takes its limits from the input class instead of a
 * copy: `inputFieldRules(CreateSeedInput)`.
 */

export type InputFieldRule =
  | { kind: 'text'; min: number; max: number; optional: boolean }
  | { kind: 'list'; optional: boolean }
  | { kind: 'enum'; values: readonly string[]; optional: boolean };

const RULES = new Map<object, Map<string, InputFieldRule>>();

function recordRule(target: object, property: string, rule: InputFieldRule): void {
  const own = RULES.get(target.constructor) ?? new Map<string, InputFieldRule>();
  own.set(property, rule);
  RULES.set(target.constructor, own);
}

/** The rules recorded for `type`'s fields, its base classes' included. */
export function inputFieldRules(type: abstract new (...args: never[]) => unknown): ReadonlyMap<string, InputFieldRule> {
  const chain: object[] = [];
  for (let t: object | null = type; t && t !== Function.prototype; t = Object.getPrototypeOf(t) as object | null)
    chain.unshift(t);
  return new Map(chain.flatMap((t) => [...(RULES.get(t) ?? new Map<string, InputFieldRule>())]));
}

type FieldDecorator = (target: object, property: string) => void;

/** Decorators listed top to bottom as they would be written above a property. */
const stacked = (...decorators: FieldDecorator[]): FieldDecorator =>
  applyDecorators(...(decorators.reverse() as PropertyDecorator[]));

type Described = { description?: string };

/** A required text of `min`-`max` characters, trimmed. */
export function TextField(
  min: number = LIMITS.name.min,
  max: number = LIMITS.name.max,
  options: Described = {},
): FieldDecorator {
  return (target, property) => {
    recordRule(target, property, { kind: 'text', min, max, optional: false });
    stacked(Field(options), Trim(), IsText(min, max))(target, property);
  };
}

/** An optional text of at most `max` characters, trimmed; its default is empty. */
export function OptionalTextField(max: number, description = 'Default: empty.'): FieldDecorator {
  return (target, property) => {
    recordRule(target, property, { kind: 'text', min: 0, max, optional: true });
    stacked(Field({ nullable: true, description }), IsOptional(), Trim(), IsText(0, max))(target, property);
  };
}

/** An optional list of texts (LIMITS.list), items trimmed, blanks and repeats dropped. */
export function TextListField(description = 'Default: none.'): FieldDecorator {
  return (target, property) => {
    recordRule(target, property, { kind: 'list', optional: true });
    stacked(
      Field(() => [String], { nullable: true, description }),
      IsOptional(),
      CleanList(),
      IsTextList(),
    )(target, property);
  };
}

/** One value of a registered GraphQL enum; optional when `options.optional`. */
export function EnumField(
  values: Record<string, string>,
  options: Described & { optional?: boolean } = {},
): FieldDecorator {
  const { optional = false, description } = options;
  return (target, property) => {
    recordRule(target, property, { kind: 'enum', values: Object.values(values), optional });
    const field = Field(() => values, optional ? { nullable: true, description } : { description });
    stacked(field, ...(optional ? [IsOptional()] : []), IsEnum(values))(target, property);
  };
}

/** An optional id, named in its error message. */
export function OptionalIdField(description?: string): FieldDecorator {
  return (target, property) =>
    stacked(
      Field(() => ID, { nullable: true, description }),
      IsOptional(),
      IsUUID('all', { message: `${property} must be a UUID` }),
    )(target, property);
}

/** A required id, named in its error message. */
export function IdField(description?: string): FieldDecorator {
  return (target, property) =>
    stacked(
      Field(() => ID, { description }),
      IsUUID('all', { message: `${property} must be a UUID` }),
    )(target, property);
}

/** An optional text of 1-`max` characters, trimmed (a blank one is refused): a note or a filter word. */
export function OptionalNonBlankTextField(max: number, description?: string): FieldDecorator {
  return stacked(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    Trim(),
    IsText(1, max),
  );
}

/** A list filter's search words. */
export function KeywordArg(description: string): FieldDecorator {
  return OptionalNonBlankTextField(LIMITS.name.max, description);
}

/**
 * A list's sort key, `fallback` when not sent. The property keeps `= fallback` as its initializer
 * too, for callers that build the args class without GraphQL (services, tests).
 */
export function SortArg<E extends Record<string, string>>(values: E, fallback: E[keyof E]): FieldDecorator {
  const type: Record<string, string> = values;
  return stacked(
    Field(() => type, { defaultValue: fallback }),
    IsEnum(values),
  );
}

/** An ISO date-time, parsed to a Date and named in its error message; optional when `options.optional`. */
export function DateTimeField(options: Described & { optional?: boolean } = {}): FieldDecorator {
  const { optional = false, description } = options;
  return (target, property) =>
    stacked(
      Field(() => GraphQLISODateTime, optional ? { nullable: true, description } : { description }),
      ...(optional ? [IsOptional()] : []),
      Type(() => Date),
      IsDate({ message: `${property} must be a date-time` }),
    )(target, property);
}

/**
 * What every entity list takes: a page (first, after, direction), search words and a sort key
 * (`fallback` when not sent). A list's own filters go in the class that extends it.
 */
export function ListArgs<E extends Record<string, string>>(sort: E, fallback: E[keyof E], keywordDescription: string) {
  @ArgsType()
  class EntityListArgs extends PageArgs {
    @KeywordArg(keywordDescription)
    keyword?: string;

    @SortArg(sort, fallback)
    sort: E[keyof E] = fallback;
  }
  return EntityListArgs;
}
