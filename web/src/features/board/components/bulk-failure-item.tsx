import { useTranslation } from "react-i18next";
import type { BulkCloseJob } from "../../../../../contract/board.ts";
import { CopyButton } from "../../../components/copy-button.tsx";

// One session the bulk close could not close: its id, what went wrong in plain words (and what the
// platform itself said), and the codes support asks for, ready to copy.

type Failure = BulkCloseJob["failures"][number];

export function BulkFailureItem({ failure }: { failure: Failure }) {
  const { t } = useTranslation(["board", "common"]);
  const { sid, error } = failure;
  const platformMessage = error.top?.sub_msg ?? error.top?.msg;
  const codes: Array<[string, string | undefined]> = [
    [t("progress.errorCode"), error.code],
    [t("progress.topCode"), error.top?.code],
    [t("progress.subCode"), error.top?.sub_code],
    [t("progress.requestId"), error.top?.request_id],
  ];
  const shown = codes.filter((row): row is [string, string] => Boolean(row[1]));
  const asText = [`sid: ${sid}`, ...shown.map(([label, value]) => `${label}: ${value}`)].join("\n");

  return (
    <li className="bulk-failure">
      <p className="bulk-failure__what">
        <code className="bulk-failure__sid">{sid}</code> {t(`common:errors.${error.code}`)}
      </p>
      {platformMessage && <p>{t("progress.platformSaid", { message: platformMessage })}</p>}
      <div className="bulk-failure__support">
        <dl className="bulk-failure__codes">
          {shown.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
        <CopyButton text={asText} what={t("progress.copyWhat", { sid })} />
      </div>
    </li>
  );
}
