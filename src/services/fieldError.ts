import { APIError } from 'payload'

/**
 * Errors that name the field and the reason, in the shape Payload uses for validation errors
 * (`data.errors[].path`), so REST, GraphQL and the admin UI all show where the problem is.
 */
export const fieldError = (status: 400 | 403 | 409, path: string, message: string): APIError =>
  new APIError(message, status, { errors: [{ message, path }] }, true)
