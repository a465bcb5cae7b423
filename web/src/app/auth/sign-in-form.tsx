import { useTranslation } from "react-i18next";
import { type LoginBody, loginBodySchema, type UserView } from "../../../../contract/auth.ts";
import { Form } from "../../components/form/form.tsx";
import { SubmitButton } from "../../components/form/submit-button.tsx";
import { TextField } from "../../components/form/text-field.tsx";
import { ApiError } from "../../lib/api-client.ts";
import { useSignIn } from "./sign-in.ts";

// Username and password. A 401 here is a wrong password, not an expired sign-in, and a 429 says how
// long to wait, so both get their own words.

export function SignInForm({ username, onSignedIn }: { username?: string; onSignedIn?: (user: UserView) => void }) {
  const { t } = useTranslation("app");
  const signIn = useSignIn();
  const describe = (error: unknown) => {
    if (!(error instanceof ApiError)) return undefined;
    if (error.status === 401) return t("auth.wrongCredentials");
    const wait = error.body.retryAfterSeconds;
    if (error.body.code === "rate_limited" && wait !== undefined) {
      return t("auth.tooManyAttempts", { minutes: Math.max(1, Math.ceil(wait / 60)) });
    }
    return undefined;
  };
  return (
    <Form<LoginBody, LoginBody>
      schema={loginBodySchema}
      defaultValues={username === undefined ? {} : { username }}
      aria-label={t("auth.title")}
      describeError={describe}
      onSubmit={async (values) => {
        // Not `onSignedIn?.(await …)`: with no callback, that would skip the call and its argument.
        const user = await signIn.mutateAsync(values);
        onSignedIn?.(user);
      }}
      actions={<SubmitButton>{t("auth.submit")}</SubmitButton>}
    >
      <TextField name="username" label={t("auth.username")} autoComplete="username" autoFocus={username === undefined} />
      <TextField
        name="password"
        label={t("auth.password")}
        type="password"
        autoComplete="current-password"
        autoFocus={username !== undefined}
      />
    </Form>
  );
}
