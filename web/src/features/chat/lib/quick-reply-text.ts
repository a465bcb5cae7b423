import { fillPlaceholders, type QuickReplyView } from "../../../../../contract/quick-replies.ts";

// What a picked quick reply puts in the text box: the text in the agent's language (Chinese for a
// zh UI, English otherwise), the other one when that is empty, with its placeholders filled from the
// session and the signed-in agent. Pure, so each case is tested.

export interface ReplyContext {
  /** The customer's nickname; blank or absent falls back to the channel user id. */
  customerNickname?: string | null | undefined;
  channelUid: string;
  agentName: string;
}

export function replyTextFor(reply: Pick<QuickReplyView, "text_zh" | "text_en">, language: string): string {
  const chinese = language.toLowerCase().startsWith("zh");
  const [first, second] = chinese ? [reply.text_zh, reply.text_en] : [reply.text_en, reply.text_zh];
  return first.trim() !== "" ? first : second;
}

export function quickReplyText(reply: Pick<QuickReplyView, "text_zh" | "text_en">, language: string, context: ReplyContext): string {
  const nickname = context.customerNickname?.trim();
  return fillPlaceholders(replyTextFor(reply, language), {
    customer_nickname: nickname ? nickname : context.channelUid,
    agent_name: context.agentName,
  });
}
