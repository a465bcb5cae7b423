// A small markdown reader for chat bubbles and previews (DingTalk's markdown subset: headings, emphasis,
// lists, quotes, links, images, code). It builds a tree of plain strings that markdown-view.tsx turns
// into React elements, so raw HTML in a message is shown as text and can never run; link and image
// addresses are kept only when they are http(s) (or mailto for links).

export type Inline =
  | { t: "text"; text: string }
  | { t: "br" }
  | { t: "code"; text: string }
  | { t: "strong" | "em" | "del"; children: Inline[] }
  | { t: "link"; href: string; children: Inline[] }
  | { t: "image"; src: string; alt: string };

export type Block =
  | { t: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { t: "paragraph"; children: Inline[] }
  | { t: "quote"; children: Inline[] }
  | { t: "list"; ordered: boolean; start: number; items: Inline[][] }
  | { t: "code"; text: string }
  | { t: "rule" };

export function safeUrl(raw: string, allowMailto = false): string | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    if (allowMailto && url.protocol === "mailto:") return url.href;
  } catch {
    // not an absolute URL: relative links mean nothing inside a chat message
  }
  return undefined;
}

type Rule = [RegExp, (m: RegExpExecArray) => Inline[]];

const rules: Rule[] = [
  [/\\([\\`*_{}[\]()#+\-.!~>|])/y, (m) => [{ t: "text", text: m[1] ?? "" }]],
  [/`([^`\n]+)`/y, (m) => [{ t: "code", text: m[1] ?? "" }]],
  [
    /!\[([^\]\n]*)\]\(([^)\s]+)\)/y,
    (m) => {
      const src = safeUrl(m[2] ?? "");
      return src ? [{ t: "image", src, alt: m[1] ?? "" }] : [{ t: "text", text: m[1] ?? "" }];
    },
  ],
  [
    /\[([^\]\n]+)\]\(([^)\s]+)\)/y,
    (m) => {
      const href = safeUrl(m[2] ?? "", true);
      const children = parseInline(m[1] ?? "");
      return href ? [{ t: "link", href, children }] : children;
    },
  ],
  [/\*\*(?=\S)([\s\S]*?\S)\*\*/y, (m) => [{ t: "strong", children: parseInline(m[1] ?? "") }]],
  [/__(?=\S)([\s\S]*?\S)__(?!\w)/y, (m) => [{ t: "strong", children: parseInline(m[1] ?? "") }]],
  [/~~(?=\S)([\s\S]*?\S)~~/y, (m) => [{ t: "del", children: parseInline(m[1] ?? "") }]],
  [/\*(?=[^\s*])([^*]*?[^\s*])\*/y, (m) => [{ t: "em", children: parseInline(m[1] ?? "") }]],
  [/_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/y, (m) => [{ t: "em", children: parseInline(m[1] ?? "") }]],
  [/\n/y, () => [{ t: "br" }]],
];

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ t: "text", text });
    text = "";
  };
  let i = 0;
  outer: while (i < source.length) {
    const char = source[i] ?? "";
    // `_` inside a word (snake_case) is not emphasis
    const wordBefore = i > 0 && /\w/.test(source[i - 1] ?? "");
    if ("\\`![*_~\n".includes(char) && !(char === "_" && wordBefore)) {
      for (const [pattern, build] of rules) {
        pattern.lastIndex = i;
        const match = pattern.exec(source);
        if (match) {
          const built = build(match);
          const [only] = built;
          if (built.length === 1 && only?.t === "text") text += only.text;
          else {
            flush();
            out.push(...built);
          }
          i = pattern.lastIndex;
          continue outer;
        }
      }
    }
    text += char;
    i++;
  }
  flush();
  return out;
}

const headingRe = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ruleRe = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const bulletRe = /^\s*[-*+]\s+(.*)$/;
const orderedRe = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const quoteRe = /^\s*>\s?(.*)$/;
const fenceRe = /^\s*```/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  const collect = (re: RegExp, pick: (m: RegExpExecArray) => string) => {
    const taken: string[] = [];
    for (let m = re.exec(lines[i] ?? ""); i < lines.length && m; m = re.exec(lines[++i] ?? "")) taken.push(pick(m));
    return taken;
  };
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      i++;
    } else if (fenceRe.test(line)) {
      const body: string[] = [];
      for (i++; i < lines.length && !fenceRe.test(lines[i] ?? ""); i++) body.push(lines[i] ?? "");
      i++; // the closing fence (or the end of an unclosed block)
      blocks.push({ t: "code", text: body.join("\n") });
    } else if (headingRe.test(line)) {
      const m = headingRe.exec(line);
      const level = Math.min(6, m?.[1]?.length ?? 1) as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ t: "heading", level, children: parseInline(m?.[2] ?? "") });
      i++;
    } else if (ruleRe.test(line)) {
      blocks.push({ t: "rule" });
      i++;
    } else if (quoteRe.test(line)) {
      blocks.push({ t: "quote", children: parseInline(collect(quoteRe, (m) => m[1] ?? "").join("\n")) });
    } else if (bulletRe.test(line)) {
      blocks.push({ t: "list", ordered: false, start: 1, items: collect(bulletRe, (m) => m[1] ?? "").map(parseInline) });
    } else if (orderedRe.test(line)) {
      const start = Number(orderedRe.exec(line)?.[1] ?? 1);
      blocks.push({ t: "list", ordered: true, start, items: collect(orderedRe, (m) => m[2] ?? "").map(parseInline) });
    } else {
      const body: string[] = [];
      const startsBlock = (l: string) =>
        l.trim() === "" || [fenceRe, headingRe, ruleRe, quoteRe, bulletRe, orderedRe].some((re) => re.test(l));
      for (; i < lines.length && (body.length === 0 || !startsBlock(lines[i] ?? "")); i++) body.push(lines[i] ?? "");
      blocks.push({ t: "paragraph", children: parseInline(body.join("\n")) });
    }
  }
  return blocks;
}
