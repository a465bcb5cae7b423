// The messages the markdown benchmark renders, each 20,000 characters (DingTalk's markdown limit is far
// below that): what agents send (headings, lists, emphasis, links, images), plain prose, the input
// that made the old hand-written parser quadratic, and adversarial shapes found while measuring
// markdown-to-jsx (unmatched markers and deep nesting), reported apart from the target.

const LENGTH = 20_000;

function realistic(): string {
  const parts: string[] = [];
  for (let i = 0; parts.join("").length < LENGTH; i++) {
    if (i % 6 === 0) parts.push(`## 第 ${i} 步 Step ${i}\n\n`);
    else if (i % 6 === 1) parts.push(`- 订单 **${i}** has shipped: [track it](https://example.com/track/${i})\n- 预计 *明天* 送达，单号 \`1Z${i}\`\n\n`);
    else if (i % 6 === 2) parts.push(`> 温馨提示：退换货请在签收后 7 天内申请。\n\n![收据](https://img.alicdn.com/receipt-${i}.png)\n\n`);
    else parts.push(`这是一段普通的客服说明文字，包含 **加粗**、*斜体* 与链接 [订单详情](https://example.com/o/${i})。Line two of it.\n\n`);
  }
  return parts.join("").slice(0, LENGTH);
}

const prose = "The quick brown fox jumps over the lazy dog. 快速的棕色狐狸跳过了懒狗。 ".repeat(400).slice(0, LENGTH);

export interface MarkdownInput {
  name: string;
  source: string;
  /** Held to the ≤ 20 ms target (what agents send, and the old parser's worst case). */
  target: boolean;
}

export const markdownInputs: MarkdownInput[] = [
  { name: "an agent's long message (headings, lists, emphasis, links, images)", source: realistic(), target: true },
  { name: "plain prose", source: prose, target: true },
  { name: '"![".repeat(10000) (0.5 s in the old parser)', source: "![".repeat(10_000), target: true },
  { name: '"[a](".repeat(5000)', source: "[a](".repeat(5_000), target: true },
  { name: 'adversarial: "`a ".repeat(6667) (unmatched code spans)', source: "`a ".repeat(6_667), target: false },
  { name: 'adversarial: "**a".repeat(6667) (unmatched strong)', source: "**a".repeat(6_667), target: false },
  { name: 'adversarial: "> ".repeat(10000) (quotes 10,000 deep)', source: "> ".repeat(10_000), target: false },
  { name: 'adversarial: "1. ".repeat(6667) (lists 6,667 deep)', source: "1. ".repeat(6_667), target: false },
  { name: 'adversarial: "# a\\n".repeat(5000) (5,000 headings)', source: "# a\n".repeat(5_000), target: false },
];
