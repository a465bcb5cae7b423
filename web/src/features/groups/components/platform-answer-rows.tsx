import { useTranslation } from "react-i18next";
import type { GroupView } from "../../../../../contract/api.ts";

// The parts of group.communication's answer the seed does not describe: an account_type other than
// 1 or 2, fields this console does not know, and the platform's code, msg and request_id. Shown as
// they came, so a changed answer is visible to the agent and to support instead of lost.

/** 1 and 2 by their meaning (the seed: 成员类型 1 内部成员 2 外部成员); any other number as is. */
export function AccountType({ value }: { value: number }) {
  const { t } = useTranslation("groups");
  if (value === 1) return <>{t("account.1")}</>;
  if (value === 2) return <>{t("account.2")}</>;
  return <>{t("accountOther", { value })}</>;
}

export function PlatformAnswerRows({ group }: { group: GroupView }) {
  const { t } = useTranslation("groups");
  const codeAndMsg = [group.top?.code, group.top?.msg].filter(Boolean).join(" · ");
  return (
    <>
      {Object.entries(group.other_fields ?? {}).map(([name, value]) => (
        <div key={name} className="detail-list__row">
          <dt>{t("otherField", { name })}</dt>
          <dd>
            <code>{typeof value === "string" ? value : JSON.stringify(value)}</code>
          </dd>
        </div>
      ))}
      {codeAndMsg && (
        <div className="detail-list__row">
          <dt>{t("platformCode")}</dt>
          <dd>
            <code>{codeAndMsg}</code>
          </dd>
        </div>
      )}
      {group.top?.request_id && (
        <div className="detail-list__row">
          <dt>{t("platformRequestId")}</dt>
          <dd>
            <code>{group.top.request_id}</code>
          </dd>
        </div>
      )}
    </>
  );
}
