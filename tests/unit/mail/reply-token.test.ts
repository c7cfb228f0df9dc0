// Reply tokens of convocation e-mails (lib/mail/reply-token.ts): shape, hashing, comparison.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createReplyToken,
  hashReplyToken,
  isWellFormedReplyToken,
  replyTokenMatches,
} from "@/lib/mail/reply-token";

describe("reply tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256 hex hash", () => {
    const { token, tokenHash } = createReplyToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).not.toContain(token);
  });

  it("never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createReplyToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("hash deterministically, so the reply page finds the recipient by hash", () => {
    const { token, tokenHash } = createReplyToken();
    expect(hashReplyToken(token)).toBe(tokenHash);
    expect(hashReplyToken(`${token}x`)).not.toBe(tokenHash);
  });

  it("compare in constant time and refuse anything malformed", () => {
    const a = createReplyToken();
    const b = createReplyToken();
    expect(replyTokenMatches(a.token, a.tokenHash)).toBe(true);
    expect(replyTokenMatches(b.token, a.tokenHash)).toBe(false);
    expect(replyTokenMatches("", a.tokenHash)).toBe(false);
    expect(replyTokenMatches(`${a.token}=`, a.tokenHash)).toBe(false);
    expect(replyTokenMatches(a.token, a.tokenHash.toUpperCase())).toBe(false);
    expect(replyTokenMatches(a.token, "not-a-hash")).toBe(false);
  });

  it("checks the shape before any lookup", () => {
    expect(isWellFormedReplyToken(createReplyToken().token)).toBe(true);
    expect(isWellFormedReplyToken("abc")).toBe(false);
    expect(isWellFormedReplyToken("a".repeat(42) + "/")).toBe(false);
    expect(isWellFormedReplyToken("../../etc/passwd")).toBe(false);
  });
});
