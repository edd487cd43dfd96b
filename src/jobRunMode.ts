/**
 * Which process runs background jobs. Several API instances on one database each running the job crons
 * is safe (jobs are claimed atomically, tasks are idempotent) but wasteful; a deployment usually runs
 * them in one worker: `npm run start:jobs` (`--jobs-only` / `JOBS_ONLY=true`: Payload and the job
 * crons, serving only `/healthz`) and API instances with `JOBS_AUTORUN=false`.
 *
 * - `JOBS_AUTORUN`: `false` turns the crons (running and scheduling) off in this process; default on.
 *   A jobs-only process always runs them.
 * - `JOBS_CRON`: how often the crons fire, default every minute (`* * * * *`; six fields for seconds).
 */
export interface JobRunMode {
  /** this process serves nothing but `/healthz` and runs the jobs */
  jobsOnly: boolean
  /** this process runs (and schedules) jobs on its cron */
  autoRun: boolean
  cron: string
}

export const jobRunMode = (env: Partial<Record<string, string>> = process.env, argv: readonly string[] = process.argv): JobRunMode => {
  const jobsOnly = argv.includes('--jobs-only') || env.JOBS_ONLY === 'true'
  const autoRun = jobsOnly || env.JOBS_AUTORUN?.trim().toLowerCase() !== 'false'
  const cron = env.JOBS_CRON?.trim() || '* * * * *'
  return { jobsOnly, autoRun, cron }
}
