import "../shortcuts.css";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../../components/dialog.tsx";
import { shortcuts } from "../lib/shortcut-registry.ts";

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation("shortcuts");
  return (
    <Dialog open={open} onClose={onClose} title={t("title")} description={t("description")}>
      <table className="shortcut-table">
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
