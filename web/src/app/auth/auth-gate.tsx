import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { UserView } from "../../../../contract/auth.ts";
import { ApiErrorNotice } from "../../components/api-error-notice.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { useMe } from "./get-me.ts";
import { SignInForm } from "./sign-in-form.tsx";
import { SignInScreen } from "./sign-in-screen.tsx";

// Shows the console to a signed-in agent and the sign-in screen to anyone else. When the sign-in
// expires mid-work, the sign-in comes as a dialog over the console instead, so nothing typed is lost;
// signing in as somebody else reloads the page, so nobody sees the previous agent's work.

export function AuthGate({ children }: { children: (user: UserView) => ReactNode }) {
  const { t } = useTranslation("app");
  const me = useMe();
  const [user, setUser] = useState<UserView | undefined>();
  if (me.data && me.data !== user) setUser(me.data);

  if (!user) {
    if (me.data === null) return <SignInScreen />;
    if (me.isError) {
      return (
        <main className="sign-in__main">
          <ApiErrorNotice error={me.error} onRetry={() => void me.refetch()} />
        </main>
      );
    }
    return <p className="muted pane-message">{t("auth.checking")}</p>;
  }

  return (
    <>
      {children(user)}
      <Dialog
        open={me.data === null}
        dismissible={false}
        onClose={() => undefined}
        title={t("auth.expiredTitle")}
        description={t("auth.expiredBody")}
      >
        <SignInForm
          username={user.username}
          onSignedIn={(next) => {
            if (next.username !== user.username) window.location.reload();
          }}
        />
      </Dialog>
    </>
  );
}
