import "./form.css";
import { zodResolver } from "@hookform/resolvers/zod";
import { type ReactNode, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { FieldError } from "../../../../contract/errors.ts";
import { isRetryable } from "../../lib/api-error-message.ts";
import { ApiErrorNotice } from "../api-error-notice.tsx";
import { useIssueText } from "./field-parts.tsx";
import { FormSchemaContext } from "./form-context.ts";
import { encodeIssue } from "./issue-message.ts";
import { schemaAt } from "./schema-paths.ts";
import { serverFieldErrors, splitFieldErrors } from "./server-errors.ts";

// The one form wrapper: react-hook-form validated by a zod schema from the contract. `onSubmit` returns
// the request's promise; when it fails, a 400's `fields[]` land on the same fields the browser checks,
// anything else shows as an ApiErrorNotice above the buttons. The values stay: nothing is reset.

interface FormProps<TIn extends FieldValues, TOut> {
  schema: z.ZodType<TOut, TIn>;
  defaultValues?: DefaultValues<TIn>;
  /** Returns the request's promise (its rejection is shown in the form); anything else is fine too. */
  onSubmit: (values: TOut) => unknown;
  /** Maps a server field path to this form's field name; by default, paths the schema has. */
  toFieldName?: (path: string) => string | undefined;
  children: ReactNode;
  /** Words for a failure where the generic ones for its code would mislead (e.g. 401 on a sign-in form). */
  describeError?: (error: unknown) => string | undefined;
  /** Rendered after the form-level alert, e.g. the submit and cancel buttons. */
  actions?: ReactNode;
  className?: string;
  "aria-labelledby"?: string;
  "aria-label"?: string;
}

interface Failure {
  error: unknown;
  elsewhere: FieldError[];
}

export function Form<TIn extends FieldValues, TOut>(props: FormProps<TIn, TOut>) {
  const { schema, defaultValues, onSubmit, toFieldName, describeError, children, actions, className } = props;
  const { t } = useTranslation("common");
  const issueText = useIssueText();
  const [failure, setFailure] = useState<Failure | undefined>();
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema, { error: encodeIssue }),
    ...(defaultValues === undefined ? {} : { defaultValues }),
    // Checked on submit, then re-checked as the agent types. Not on blur: an error appearing on blur
    // pushes the submit button down between mousedown and mouseup, and the click is lost.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await onSubmit(values);
    } catch (error) {
      const fieldName = toFieldName ?? ((path: string) => (schemaAt(schema, path) ? path : undefined));
      const split = splitFieldErrors(serverFieldErrors(error), fieldName);
      split.inForm.forEach((field, index) => {
        form.setError(field.path as Path<TIn>, { type: field.code, message: field.message }, { shouldFocus: index === 0 });
      });
      setFailure({ error, elsewhere: split.elsewhere });
    }
  });

  const onlyFieldErrors = failure !== undefined && serverFieldErrors(failure.error).length > 0;
  return (
    <FormProvider {...form}>
      <FormSchemaContext value={schema}>
        <form
          noValidate
          className={className ?? "form"}
          aria-labelledby={props["aria-labelledby"]}
          aria-label={props["aria-label"]}
          onSubmit={(event) => {
            if (form.formState.isSubmitting) event.preventDefault();
            else void submit(event);
          }}
        >
          {children}
          {failure && onlyFieldErrors && (
            <div role="alert" className="notice notice--error">
              <p className="notice__title">{t("form.checkFields")}</p>
              {failure.elsewhere.length > 0 && (
                <ul className="notice__list">
                  {failure.elsewhere.map((field) => (
                    <li key={`${field.path}:${field.code}`}>{issueText({ type: field.code }, field.path)}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {failure && !onlyFieldErrors && (
            <ApiErrorNotice
              error={failure.error}
              message={describeError?.(failure.error)}
              onRetry={isRetryable(failure.error) ? () => void submit() : undefined}
            />
          )}
          {actions && <div className="form__actions">{actions}</div>}
        </form>
      </FormSchemaContext>
    </FormProvider>
  );
}
