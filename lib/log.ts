// Structured logs (pino, JSON lines). Secrets never reach a log line: the redact list covers
// the fields that could carry them.
import pino from "pino";

const level = process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "silent" : "info");

export const log = pino({
  level,
  base: { service: "flightdeck" },
  redact: {
    paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "secret", "*.secret"],
    censor: "[redacted]",
  },
});

export function requestLog(requestId: string) {
  return log.child({ requestId });
}
