/**
 * What an error from the API means, in the reader's language: the GraphQL `extensions.code` (and,
 * for BAD_USER_INPUT, the fields and the kinds of rule they broke) mapped to a message. The
 * server's own English text is kept only as the detail of an unexpected error.
 */
import { ApiError } from './api';
import type { MessageKey, Translate } from './i18n';

const CODE_MESSAGES: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  SERVICE_UNAVAILABLE: 'error.SERVICE_UNAVAILABLE',
  RATE_LIMITED: 'error.RATE_LIMITED',
  NETWORK: 'error.NETWORK',
};

/** Field rule kinds (class-validator's constraint names) the reader is told in words. */
const RULE_MESSAGES: Record<string, MessageKey> = {
  isNotEmpty: 'rule.required',
  isDefined: 'rule.required',
  maxLength: 'error.rule.tooLong',
  minLength: 'error.rule.tooShort',
  arrayMaxSize: 'error.rule.tooMany',
  max: 'error.rule.tooLarge',
  min: 'error.rule.tooSmall',
  isEnum: 'error.rule.choice',
  isUUID: 'error.rule.id',
  matches: 'error.rule.format',
  isEmail: 'error.rule.email',
  isText: 'error.rule.text',
  isTextList: 'error.rule.textList',
  isIsoDate: 'error.rule.date',
  isOnOrAfter: 'error.rule.dateOrder',
  isInt: 'error.rule.integer',
  isBoolean: 'error.rule.choice',
  isIn: 'error.rule.choice',
  length: 'error.rule.length',
  arrayNotEmpty: 'rule.required',
  arrayMinSize: 'rule.required',
};

/** One line for an error: translated by code; a field error names the field and its broken rules. */
export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError))
    return t('error.unexpected', { detail: error instanceof Error ? error.message : String(error) });
  if (error.code === 'BAD_USER_INPUT') {
    // An argument's id (from a URL or a link) that is not an id: the address is wrong.
    if (error.errors.some((e) => e.extensions?.field === 'id' && !e.extensions.rules)) return t('error.badId');
    const fields = fieldProblems(error, t);
    return fields.length
      ? t('error.BAD_USER_INPUT.fields', { fields: fields.map((f) => `${f.field}: ${f.problems}`).join('; ') })
      : t('error.BAD_USER_INPUT');
  }
  const key = error.code ? CODE_MESSAGES[error.code] : undefined;
  return key ? t(key) : t('error.unexpected', { detail: error.message });
}

/** The fields a BAD_USER_INPUT error names, each with its broken rules in words. */
export function fieldProblems(error: ApiError, t: Translate): { field: string; problems: string }[] {
  const out: { field: string; problems: string }[] = [];
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    // One argument's rule (an id, a page size): its field and the server's words.
    if (typeof e.extensions.field === 'string' && !Array.isArray(e.extensions.rules)) {
      out.push({ field: e.extensions.field, problems: e.message });
      continue;
    }
    for (const rule of e.extensions.rules ?? []) {
      const field = String(rule.field).split('.').pop() ?? '';
      const kinds = Array.isArray(rule.kinds) ? rule.kinds : [];
      const words = kinds.map((kind) => (RULE_MESSAGES[kind] ? t(RULE_MESSAGES[kind]) : null));
      out.push({
        field,
        problems: words.length && words.every((w) => w !== null) ? words.join(' ') : rule.rules.join('; '),
      });
    }
  }
  return out;
}

/** Field problems by input field name ("input.title" -> "title"), for a form to show beside each field. */
export function fieldErrors(error: unknown, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const { field, problems } of fieldProblems(error, t))
    out[field] = out[field] ? `${out[field]}; ${problems}` : problems;
  return out;
}
