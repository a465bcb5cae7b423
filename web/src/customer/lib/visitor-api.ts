import { z } from "zod";
import {
  type VisitorIdentifyBody,
  type VisitorSendBody,
  visitorPaths,
  visitorSendResultSchema,
  visitorStateSchema,
} from "../../../../contract/visitor.ts";
import { apiRequest } from "../../lib/api-client.ts";

// The customer page's calls, one function each, over the web app's one HTTP client (contract
// schemas, ApiError, the CSRF header). The visitor is known by the BFF's httpOnly cookie.

// These answers are not read: the page loads the conversation again after each of them.
const anyAnswer = z.unknown();

export const getVisitorState = (signal?: AbortSignal) => apiRequest(visitorPaths.conversation, visitorStateSchema, { signal });

export const sendVisitorMessage = (body: VisitorSendBody) =>
  apiRequest(visitorPaths.messages, visitorSendResultSchema, { method: "POST", body });

export const endConversation = (sid: string) => apiRequest(visitorPaths.end(sid), anyAnswer, { method: "POST", body: {} });

export const saveNickname = (nickname: string) => apiRequest(visitorPaths.nickname, anyAnswer, { method: "POST", body: { nickname } });

export const identifyVisitor = (body: VisitorIdentifyBody) =>
  apiRequest(visitorPaths.identify, anyAnswer, { method: "POST", body });
