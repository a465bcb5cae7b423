import "./sign-in.css";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../language-switch.tsx";
import { useHealth } from "./get-health.ts";
import { SignInForm } from "./sign-in-form.tsx";

export function SignInScreen() {
  const { t } = useTranslation("app");
  const card = useRef<HTMLElement>(null);
  const demo = useHealth().data?.mode === "sandbox";
  // The first field takes focus, as in a dialog, so the agent can type at once.
  useEffect(() => card.current?.querySelector<HTMLElement>("[data-autofocus]")?.focus(), []);
  return (
    <div className="sign-in">
      <header className="sign-in__top">
        <p className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t("productName")}</span>
          <span className="brand__tagline">{t("productTagline")}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main className="sign-in__main">
        <section ref={card} className="sign-in__card" aria-labelledby="sign-in-title">
          <h1 id="sign-in-title" className="sign-in__title">
            {t("auth.title")}
          </h1>
          <p className="muted">{t("auth.intro")}</p>
          <SignInForm />
          {/* Stakeholders try the console on a fresh machine; the passwords are in the README and the log. */}
          {demo && <p className="muted sign-in__demo">{t("auth.demoHint")}</p>}
        </section>
      </main>
    </div>
  );
}
