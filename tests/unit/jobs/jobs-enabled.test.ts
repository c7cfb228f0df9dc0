// Where the job queue's worker runs: in the Next server (instrumentation.ts), never during
// `next build` (whose page workers call register() too) and not when JOBS_DISABLED=1.
import { describe, expect, it } from "vitest";
import { jobsEnabled } from "@/lib/jobs";

describe("jobsEnabled", () => {
  it("runs the worker in a plain server process", () => {
    expect(jobsEnabled({})).toBe(true);
    expect(jobsEnabled({ JOBS_DISABLED: "0" })).toBe(true);
  });
  it("does not run it during next build or when disabled", () => {
    expect(jobsEnabled({ NEXT_PHASE: "phase-production-build" })).toBe(false);
    expect(jobsEnabled({ JOBS_DISABLED: "1" })).toBe(false);
  });
});
