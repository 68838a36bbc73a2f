// What a GitHub connection stores: non-secret settings in Integration.config, secrets (token,
// App private key, webhook secret) sealed in Integration.secrets. Shared by the domain, the
// client and the webhook endpoint, so it imports nothing server-only.
import { z } from "zod";

export const GITHUB_API = "https://api.github.com";

export const githubConfigSchema = z.object({
  /** https://api.github.com, or GitHub Enterprise Server's https://host/api/v3. */
  baseUrl: z.url().default(GITHUB_API),
  auth: z.enum(["token", "app"]),
  appId: z.number().int().positive().optional(),
  /** An App connection names its installation, or the organisation it is installed on. */
  installationId: z.number().int().positive().optional(),
  org: z.string().optional(),
});
export type GithubConfig = z.infer<typeof githubConfigSchema>;

export type GithubSecrets = { token?: string; privateKey?: string; webhookSecret?: string };

export type GithubConnection = {
  /** Set for stored integrations: rate limits are saved on the row. */
  integrationId?: string;
  config: GithubConfig;
  secrets: GithubSecrets;
};

export type RateLimit = { limit: number; remaining: number; used: number; resetAt: string; resource: string };
