// The codes support asks for when a call failed (ours, and TOP's code, sub_code, sub_msg and
// request_id), as label/value pairs. Each screen picks its own rows and words; blank values are left
// out everywhere, so a row never reads "sub_code:" with nothing after it.

export type SupportRow = readonly [label: string, value: string | number | undefined];
type FilledRow = readonly [label: string, value: string | number];

export function filledRows(rows: readonly SupportRow[]): FilledRow[] {
  return rows.filter((row): row is FilledRow => row[1] !== undefined && row[1] !== "");
}

/** The rows as plain "label: value" lines, for the copy button. */
export function supportText(rows: readonly SupportRow[]): string {
  return filledRows(rows)
    .map(([label, value]) => `${label}: ${value}`)
    .join("\n");
}

interface SupportCodesProps {
  rows: readonly SupportRow[];
  className?: string | undefined;
  rowClassName?: string | undefined;
}

export function SupportCodes({ rows, className, rowClassName }: SupportCodesProps) {
  return (
    <dl className={className}>
      {filledRows(rows).map(([label, value]) => (
        <div key={label} className={rowClassName}>
          <dt>{label}</dt>
          <dd>
            <code>{value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
