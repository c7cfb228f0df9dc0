// Next.js calls register() once when the server starts: fail fast on a bad environment
// rather than on the first request that needs the missing variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { readEnv } = await import("./lib/env");
    readEnv();
  }
}
