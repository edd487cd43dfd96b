import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

/**
 * Express's default error handler answers with an HTML page carrying the stack trace and the server's
 * paths outside production (issue #16: malformed multipart to /api/graphql). This one logs the error and
 * answers JSON in Payload's error shape: the error's own 4xx status and message when it has one (a client
 * mistake such as a body that cannot be parsed), else 500 with no details.
 */
export const finalErrorHandler =
  (payload: Payload) =>
  (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error)
      return
    }
    const { status: ownStatus, statusCode, expose } = (error ?? {}) as { status?: unknown; statusCode?: unknown; expose?: unknown }
    const candidate = typeof ownStatus === 'number' ? ownStatus : typeof statusCode === 'number' ? statusCode : 500
    const status = candidate >= 400 && candidate < 500 ? candidate : 500
    if (status >= 500) payload.logger.error({ err: error }, 'request failed')
    const message =
      status < 500 && (expose !== false) && error instanceof Error
        ? error.message.replace(/\/[^\s'"]*\//g, '…/').slice(0, 300)
        : status < 500
          ? '请求无效 / bad request'
          : '服务器内部错误 / something went wrong'
    res.status(status).json({ errors: [{ message }] })
  }
