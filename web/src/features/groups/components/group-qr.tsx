import { QRCodeSVG } from "qrcode.react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GroupDisplay, QrPayload } from "../lib/group-display.ts";

// The group's QR code, drawn in the browser. Whether DingTalk's scanner takes the dingtalk:// link or
// needs the inner https URL is not documented, so the agent can switch what the code carries.

export function GroupQr({ display }: { display: GroupDisplay }) {
  const { t } = useTranslation("groups");
  const [choice, setChoice] = useState<QrPayload>("dingtalk");
  const name = useId();
  const hintId = useId();
  const available = (["dingtalk", "h5"] as const).filter((p) => display.qrPayloads[p] !== undefined);
  const payload = display.qrPayloads[choice] !== undefined ? choice : available[0];
  if (payload === undefined) return null;
  const value = display.qrPayloads[payload] ?? "";

  return (
    <div className="group-qr">
      <QRCodeSVG
        value={value}
        size={176}
        marginSize={2}
        level="M"
        role="img"
        aria-label={t(`qrLabel.${payload}`)}
        className="group-qr__code"
      />
      <fieldset className="field field--group" aria-describedby={hintId}>
        <legend className="field__label">{t("qrLegend")}</legend>
        <div className="choice-row">
          {(["dingtalk", "h5"] as const).map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={name}
                value={option}
                checked={payload === option}
                disabled={display.qrPayloads[option] === undefined}
                onChange={() => setChoice(option)}
              />
              <span>{t(`qrPayload.${option}`)}</span>
            </label>
          ))}
        </div>
        <p id={hintId} className="field__hint">
          {t("qrHint")}
        </p>
      </fieldset>
    </div>
  );
}
