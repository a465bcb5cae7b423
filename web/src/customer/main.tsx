import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./customer.css";
import { ChatApp } from "./components/chat-app.tsx";
import { readEmbedIdentity } from "./lib/embed-identity.ts";
import { identifyVisitor } from "./lib/visitor-api.ts";

// The customer's chat page at /chat: its own entry of the build (rendered by preact/compat, see
// vite.config.ts), nothing of the console's bundle.

const container = document.getElementById("root");
if (!container) throw new Error("chat/index.html has no #root element");

// A host site's signed member (widget.js puts it in the fragment): handed to the BFF, which checks
// the signature, before anything else is asked, so the conversation opens as that member; then the
// fragment leaves the address bar. A failure leaves the visitor anonymous.
const identity = readEmbedIdentity(window.location.hash);
if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
const identified = identity ? identifyVisitor(identity).catch(() => undefined) : Promise.resolve();

createRoot(container).render(
  <StrictMode>
    <ChatApp identified={identified} />
  </StrictMode>,
);
