/**
 * next-auth (v4) configuration: e-mail + password only, JWT sessions (the Credentials
 * provider requires them) that expire after 8 hours of inactivity and 12 hours at most.
 * A JWT alone cannot be withdrawn, so each sign-in also opens a session row (lib/auth/
 * sign-in.ts) whose id the token carries: signing out revokes the row, and lib/auth/actor.ts
 * refuses a token whose row is revoked, expired or missing.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SESSION_ABSOLUTE_MAX_S, SESSION_MAX_AGE_S, checkCredentials, revokeSession } from "./sign-in";
import { clientAddress } from "./throttle";

// Defined beside the session rows they bound; re-exported as the session settings.
export { SESSION_ABSOLUTE_MAX_S, SESSION_MAX_AGE_S };

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: 15 * 60 },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Adresse électronique",
      credentials: {
        email: { label: "Adresse électronique", type: "email" },
        password: { label: "Mot de passe", type: "password" },
      },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        // The client address as the reverse proxy reports it (docs/adr/0003-sign-in-throttling.md).
        const address = clientAddress(req.headers);
        const result = await checkCredentials(db, parsed.data.email, parsed.data.password, { address });
        if (!result.ok) {
          // next-auth turns a thrown error into ?error=<message> for the sign-in page.
          throw new Error(result.reason === "LOCKED" ? "LOCKED" : "INVALID");
        }
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      const authTime = typeof token.authTime === "number" ? token.authTime : 0;
      // Absolute lifetime: a session kept alive by activity still ends after 12 hours.
      if (Date.now() / 1000 - authTime > SESSION_ABSOLUTE_MAX_S) return { ...token, expired: true };
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        userId: token.expired ? undefined : token.sub,
        authTime: token.authTime,
        // Read by lib/auth/session.ts and checked against its row on every request.
        sessionId: token.expired ? undefined : token.sid,
      };
    },
  },
  events: {
    // In the JWT strategy next-auth hands over the decoded token of the cookie being cleared.
    async signOut({ token }) {
      await revokeSession(db, token?.sid);
    },
  },
};
