import pino, { type DestinationStream, type Logger } from "pino";

// Structured JSON logs. The redact list is a second line of defence: no code path logs these, but
// if one ever did, the value is replaced before the line is written.
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: "lyservice-console" },
    redact: {
      paths: ["appSecret", "*.appSecret", "secret", "*.secret", "sign", "*.sign", "password", "*.password", "headers.cookie"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
