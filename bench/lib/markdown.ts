// Markdown tables for RESULTS.md.

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.map(String).join(" | ")} |`;
  const rule = `|${header.map(() => " --- |").join("")}`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

export const passMark = (pass: boolean) => (pass ? "✅ holds" : "❌ misses");
