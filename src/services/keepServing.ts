import type { EventEmitter } from 'node:events'

interface Logger {
  error: (object: object, message: string) => void
}

/**
 * Node ends the process on an unhandled rejection or an uncaught exception, and so every user's requests
 * with it — one stored bad date once did that through Payload's DataLoader (issue #16). The input guard
 * removes the causes we know; for any that remain the server logs the error and keeps serving (`/healthz`
 * stays up), instead of one request stopping the service for everyone.
 */
export const keepServingOnStrayErrors = (logger: Logger, target: Pick<EventEmitter, 'on'> = process): void => {
  target.on('unhandledRejection', (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection (the server keeps serving)')
  })
  target.on('uncaughtException', (error: unknown) => {
    logger.error({ err: error }, 'uncaught exception (the server keeps serving)')
  })
}
