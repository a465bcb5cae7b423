import { QRCodeSVG } from "qrcode.react";
import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../../components/dialog.tsx";
import type { GroupDisplay, QrPayload } from "../lib/group-display.ts";
import { qrDisplaySize, qrFileName, qrPng, quietZoneModules, saveBlob } from "../lib/qr-image.ts";

// The group's QR code, drawn in the browser. Whether DingTalk's scanner takes the dingtalk:// link or
// needs the inner https URL is not documented, so the agent can switch what the code carries.
// qrcode.react does not say how many modules a value needs; its SVG's viewBox does (modules plus the
// quiet zone), so the size is read from there once drawn and set in whole pixels per module. A real
// group link is long (~480 characters, some 90 modules a side), more than the side panel's width
// holds at 4 px a module: the panel shows it to fit, and "Show large" opens it full size to be scanned
// (on a phone's screen it still shrinks to fit; the PNG is full size everywhere).

export function GroupQr({ display, sid }: { display: GroupDisplay; sid: string }) {
  const { t } = useTranslation("groups");
  const [choice, setChoice] = useState<QrPayload>("dingtalk");
  const [cells, setCells] = useState<number | undefined>();
  const [saveFailed, setSaveFailed] = useState(false);
  const [large, setLarge] = useState(false);
  const svg = useRef<SVGSVGElement | null>(null);
  const name = useId();
  const hintId = useId();
  const measure = useCallback((element: SVGSVGElement | null) => {
    svg.current = element;
    const width = element?.viewBox.baseVal.width;
    if (width) setCells(width);
  }, []);
  const available = (["dingtalk", "h5"] as const).filter((p) => display.qrPayloads[p] !== undefined);
  const payload = display.qrPayloads[choice] !== undefined ? choice : available[0];
  if (payload === undefined) return null;
  const value = display.qrPayloads[payload] ?? "";

  const download = async () => {
    if (!svg.current || !cells) return;
    try {
      saveBlob(await qrPng(svg.current, cells), qrFileName(sid));
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
    }
  };

  return (
    <div className="group-qr">
      <QRCodeSVG
        key={value}
        ref={measure}
        value={value}
        size={cells ? qrDisplaySize(cells) : undefined}
        marginSize={quietZoneModules}
        level="M"
        role="img"
        aria-label={t(`qrLabel.${payload}`)}
        className="group-qr__code"
      />
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => setLarge(true)} disabled={!cells}>
          {t("showLargeQr")}
        </button>
        <button type="button" className="button button--small" onClick={() => void download()} disabled={!cells}>
          {t("downloadQr")}
        </button>
      </div>
      <Dialog open={large} onClose={() => setLarge(false)} wide title={t("largeQrTitle")} description={t("largeQrHint")}>
        <QRCodeSVG
          value={value}
          size={cells ? qrDisplaySize(cells, 320) : undefined}
          marginSize={quietZoneModules}
          level="M"
          role="img"
          aria-label={t(`qrLabel.${payload}`)}
          className="group-qr__code group-qr__code--large"
        />
      </Dialog>
      {saveFailed && (
        <p role="alert" className="field__error">
          {t("downloadQrFailed")}
        </p>
      )}
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
