/**
 * next-auth (v4) configuration: e-mail + password only, JWT sessions (the Credentials
 * provider requires them) that expire after 8 hours of inactivity and 12 hours at most.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkCredentials } from "./sign-in";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;
export const SESSION_ABSOLUTE_MAX_S = 12 * 60 * 60;

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
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(db, parsed.data.email, parsed.data.password);
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
      };
    },
  },
};
