import type { LazyNamespaces, namespaces } from "./namespaces.ts";

// Typed keys: `t("sessions:status.open")` is checked against the English strings at compile time.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: { [K in keyof typeof namespaces]: (typeof namespaces)[K]["en"] } & {
      [K in keyof LazyNamespaces]: LazyNamespaces[K]["en"];
    };
  }
}
