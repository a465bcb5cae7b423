// Business failure codes carried inside a success envelope (`result.success=false`). The platform's
// real codes are not published (top-protocol.md shows only 400001 / SYSTEM_ERROR); the sandbox
// answers with these and the BFF recognises them. Keep both sides on this one list.

export const businessCodes = {
  systemError: { code: "400001", msg: "SYSTEM_ERROR" },
  sessionNotFound: { code: "400002", msg: "SESSION_NOT_FOUND" },
  sessionClosed: { code: "400003", msg: "SESSION_ALREADY_CLOSED" },
  groupNotFound: { code: "400004", msg: "GROUP_NOT_FOUND" },
  sessionExists: { code: "400005", msg: "SESSION_ALREADY_EXISTS" },
} as const;
