import "../shortcuts.css";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../../components/dialog.tsx";
import { useShortcutPrefs } from "../lib/shortcut-prefs.ts";
import { shortcuts } from "../lib/shortcut-registry.ts";
import { ShortcutsSwitch } from "./shortcuts-switch.tsx";

// The list of shortcuts, whether they are on now, and the switch itself: the header's button opens
// this list even while the keys are off, so the way back on is always one click away.

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("shortcuts");
  const { singleKey } = useShortcutPrefs();
  return (
    <Dialog open={open} onClose={onClose} title={t("title")} description={t("description")}>
      <p className={singleKey ? "shortcuts-state" : "shortcuts-state shortcuts-state--off"} role="status">
        {singleKey ? t("state.on") : t("state.off")}
      </p>
      <ShortcutsSwitch />
      <table className={singleKey ? "shortcut-table" : "shortcut-table shortcut-table--off"}>
        <thead>
          <tr>
            <th scope="col">{t("key")}</th>
            <th scope="col">{t("action")}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.id}>
              <td>
                <kbd>{shortcut.key}</kbd>
              </td>
              <td>{t(`actions.${shortcut.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("inLists")}</p>
    </Dialog>
  );
}
