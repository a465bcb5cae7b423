import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./app/styles.css";
import "./components/base.css";
import "./components/surfaces.css";
import "./app/shell.css";
import { App } from "./app/app.tsx";
import { warmUpConsole } from "./app/console-warmup.ts";
import { namespaces } from "./app/namespaces.ts";
import { initI18n } from "./i18n/i18n.ts";
import { createQueryClient } from "./app/query-client.ts";

const queryClient = createQueryClient();
// Before the first render: the sign-in check's answer is likely in already (index.html preloads it).
warmUpConsole(queryClient);
const i18n = initI18n(namespaces);
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} queryClient={queryClient} />
  </StrictMode>,
);
