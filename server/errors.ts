/**
 * Errors a caller may see. Each carries `extensions.code` so tools can react to the kind of
 * error without reading its message; the message says what was wrong and what is allowed.
 */
import { createGraphQLError } from 'graphql-yoga';

export const ERROR_CODES = ['NOT_FOUND', 'BAD_USER_INPUT', 'STORE_UNAVAILABLE', 'QUERY_TOO_COMPLEX', 'TIMEOUT', 'OPERATION_NOT_SUPPORTED', 'PAYLOAD_TOO_LARGE'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function callerError(code: ErrorCode, message: string) {
  return createGraphQLError(message, { extensions: { code } });
}

export const notFound = (what: string, id: string) => callerError('NOT_FOUND', `${what} "${id}" does not exist`);

/** Checks a whole-number argument against its range. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw callerError('BAD_USER_INPUT', `${name} must be a whole number from ${min} to ${max}; got ${value}`);
  }
  return value;
}
