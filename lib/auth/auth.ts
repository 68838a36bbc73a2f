// Auth.js configuration: local accounts always; GitHub and a generic OIDC provider when
// their environment variables are set. JWT sessions; the user row is re-read on every
// request (lib/auth/session.ts), so a role change or a disabled account applies at once.
import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { env } from "../env";
import { linkOAuthUser } from "./link-oauth-user";
import { verifyCredentials } from "./verify-credentials";

function providers(): NextAuthConfig["providers"] {
  const e = env();
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => {
        const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
        return verifyCredentials(credentials, ip);
      },
    }),
  ];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    list.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  }
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID) {
    list.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_ID,
      clientSecret: e.AUTH_OIDC_SECRET,
    });
  }
  return list;
}

export function oauthProviders(): { id: string; name: string }[] {
  const e = env();
  return [
    ...(e.AUTH_GITHUB_ID ? [{ id: "github", name: "GitHub" }] : []),
    ...(e.AUTH_OIDC_ISSUER ? [{ id: "oidc", name: e.AUTH_OIDC_NAME }] : []),
  ];
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: env().FLIGHTDECK_SESSION_HOURS * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: providers(),
  logger: {
    // Auth.js logs a stack trace for every failed credentials sign-in; that is expected.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.provider === "credentials") return true;
      const id = await linkOAuthUser({ ...account, email: user.email, name: user.name, image: user.image });
      if (!id) return false;
      user.id = id;
      return true;
    },
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
}));
