// Next.js calls register() once when the server starts: fail fast on a bad environment
// rather than on the first request that needs the missing variable, then start the job
// queue's worker (lib/jobs: scheduled and retried e-mails) in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { readEnv } = await import("./lib/env");
    readEnv();
    const jobs = await import("./lib/jobs");
    // Not during `next build` (its workers call register too), not with JOBS_DISABLED=1.
    if (!jobs.jobsEnabled()) return;
    // In the background: the server answers requests even while PostgreSQL is slow to accept
    // the worker; messages wait in the outbox meanwhile (the sweep catches up).
    jobs.startWorkers().catch((error: unknown) => console.error("[jobs] the worker did not start", error));
    // Next exits on these signals; stop taking jobs first (a job cut short is retried anyway).
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => void jobs.stopJobs().catch(() => {}));
    }
  }
}
