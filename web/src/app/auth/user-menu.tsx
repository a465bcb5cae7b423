import { useTranslation } from "react-i18next";
import type { UserView } from "../../../../contract/auth.ts";
import { useSignOut, useSignOutEverywhere } from "./sign-out.ts";

export function UserMenu({ user }: { user: UserView }) {
  const { t } = useTranslation("app");
  const signOut = useSignOut();
  const everywhere = useSignOutEverywhere();
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        <span className="visually-hidden">{t("auth.signedInAs")} </span>
        <span className="user-menu__display" title={user.display_name}>
          {user.display_name}
        </span>
        <span className="user-menu__role">{t(`auth.role.${user.role}`)}</span>
      </span>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => signOut.mutate()}
        aria-disabled={signOut.isPending || undefined}
      >
        {t("auth.signOut")}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => everywhere.mutate()}
        aria-disabled={everywhere.isPending || undefined}
      >
        {t("auth.signOutEverywhere")}
      </button>
    </div>
  );
}
