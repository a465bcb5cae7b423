import { useTranslation } from "react-i18next";
import type { BulkCloseJob } from "../../../../../contract/board.ts";
import { CopyButton } from "../../../components/copy-button.tsx";
import { SupportCodes, type SupportRow, supportText } from "../../../components/support-codes.tsx";

// One session the bulk close could not close: its id, what went wrong in plain words (and what the
// platform itself said), and the codes support asks for, ready to copy.

type Failure = BulkCloseJob["failures"][number];

export function BulkFailureItem({ failure }: { failure: Failure }) {
  const { t } = useTranslation(["board", "common"]);
  const { sid, error } = failure;
  const platformMessage = error.top?.sub_msg ?? error.top?.msg;
  const codes: SupportRow[] = [
    [t("progress.errorCode"), error.code],
    [t("progress.topCode"), error.top?.code],
    [t("progress.subCode"), error.top?.sub_code],
    [t("progress.requestId"), error.top?.request_id],
  ];
  const asText = supportText([["sid", sid], ...codes]);

  return (
    <li className="bulk-failure">
      <p className="bulk-failure__what">
        <code className="bulk-failure__sid">{sid}</code> {t(`common:errors.${error.code}`)}
      </p>
      {platformMessage && <p>{t("progress.platformSaid", { message: platformMessage })}</p>}
      <div className="bulk-failure__support">
        <SupportCodes rows={codes} className="bulk-failure__codes" />
        <CopyButton text={asText} what={t("progress.copyWhat", { sid })} />
      </div>
    </li>
  );
}
