import { describe, expect, it } from "vitest";
import { LOCK_MS, MAX_FAILURES, WINDOW_MS, isLocked, registerFailure, type ThrottleState } from "@/lib/auth/throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { safeCallbackPath } from "@/lib/auth/schemas";

describe("sign-in throttle", () => {
  const t0 = new Date("2026-01-01T10:00:00Z");
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it(`locks after ${MAX_FAILURES} failures within the window, for ${LOCK_MS / 60000} minutes`, () => {
    let state: ThrottleState | null = null;
    for (let i = 1; i < MAX_FAILURES; i += 1) {
      state = registerFailure(state, later(i * 1000));
      expect(isLocked(state, later(i * 1000))).toBe(false);
    }
    state = registerFailure(state, later(MAX_FAILURES * 1000));
    expect(isLocked(state, later(MAX_FAILURES * 1000 + 1))).toBe(true);
    expect(isLocked(state, later(MAX_FAILURES * 1000 + LOCK_MS + 1))).toBe(false);
  });

  it("starts counting again once the window has passed", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) state = registerFailure(state, t0);
    state = registerFailure(state, later(WINDOW_MS + 1));
    expect(state.failures).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });
});

describe("password hashing (scrypt)", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("demo-clu-2026");
    const b = await hashPassword("demo-clu-2026");
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect(await verifyPassword("demo-clu-2026", a)).toBe(true);
    expect(await verifyPassword("demo-clu-2027", a)).toBe(false);
    expect(await verifyPassword("demo-clu-2026", "not-a-hash")).toBe(false);
  });
});

describe("return path after sign-in", () => {
  it("accepts same-site paths only", () => {
    expect(safeCallbackPath("/86")).toBe("/86");
    expect(safeCallbackPath("//evil.example.org")).toBeNull();
    expect(safeCallbackPath("https://evil.example.org")).toBeNull();
    expect(safeCallbackPath("/\\evil.example.org")).toBeNull();
    expect(safeCallbackPath("/connexion")).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath("/\t/evil.example")).toBeNull();
    expect(safeCallbackPath("/\n\\evil.example")).toBeNull();
    expect(safeCallbackPath("/86/seances?x=1#ordre-du-jour")).toBe("/86/seances?x=1#ordre-du-jour");
  });
});
