import "../groups.css";
import { useTranslation } from "react-i18next";
import type { GroupView } from "../../../../../contract/api.ts";
import { CopyButton } from "../../../components/copy-button.tsx";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { groupDisplay } from "../lib/group-display.ts";
import { AccountType, PlatformAnswerRows } from "./platform-answer-rows.tsx";
import { GroupQr } from "./group-qr.tsx";

// The DingTalk group made for this session (group.group.communication), read from SessionView.group
// so it is still here after a reload: how to open it, share it, and what the platform said about it.
// The platform said yes, so the group exists: whatever part of the answer is missing or unexpected,
// the panel shows what there is (never an error that would invite a second pull).

export function GroupPanel({ group, sid, headingId }: { group: GroupView; sid: string; headingId: string }) {
  const { t } = useTranslation("groups");
  const display = groupDisplay(group);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title" tabIndex={-1}>
        {t("heading")}
      </h3>
      <div className="button-row">
        {display.openHref && (
          <a className="button button--primary" href={display.openHref}>
            {t("open")}
          </a>
        )}
        {group.group_link && <CopyButton text={group.group_link} what={t("dingtalkLink")} label={t("copyDingtalk")} />}
        {display.webUrl && <CopyButton text={display.webUrl} what={t("webLink")} label={t("copyWeb")} />}
      </div>
      {!group.group_link && <p className="muted">{t("noLink")}</p>}
      <GroupQr display={display} sid={sid} />
      <dl className="detail-list">
        {group.team_group_id && (
          <div className="detail-list__row">
            <dt>{t("teamGroupId")}</dt>
            <dd>
              <code>{group.team_group_id}</code>
            </dd>
          </div>
        )}
        {group.account_type !== undefined && (
          <div className="detail-list__row">
            <dt>{t("accountType")}</dt>
            <dd>
              <AccountType value={group.account_type} />
            </dd>
          </div>
        )}
        {group.group_qr_code && (
          <div className="detail-list__row">
            <dt>{t("qrFile")}</dt>
            <dd>
              {display.qrCodeFileUrl ? (
                <a href={display.qrCodeFileUrl} target="_blank" rel="noopener noreferrer">
                  {t("qrFileLink")}
                </a>
              ) : (
                <code>{group.group_qr_code}</code>
              )}
            </dd>
          </div>
        )}
        <PlatformAnswerRows group={group} />
        <div className="detail-list__row">
          <dt>{t("createdAt")}</dt>
          <dd>
            <RelativeTime at={group.created_at} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
