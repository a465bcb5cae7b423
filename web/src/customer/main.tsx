import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./customer.css";
import { ChatApp } from "./components/chat-app.tsx";

// The customer's chat page at /chat: its own entry of the build (rendered by preact/compat, see
// vite.config.ts), nothing of the console's bundle.

const container = document.getElementById("root");
if (!container) throw new Error("chat/index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <ChatApp />
  </StrictMode>,
);
