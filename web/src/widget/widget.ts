// /chat/widget.js: the customer chat for any web page. The host page adds one <script> tag:
//   <script src="https://console.example.com/chat/widget.js" async
//           data-member="…" data-nick="…" data-ts="…" data-sig="…"></script>
// (the data-* attributes optional: a member signed by the host site's server with the shared
// secret). It adds a launcher button that opens /chat in a framed panel: beside the button on wide
// screens, the whole screen on phones. A classic script, no framework and no imports: host pages load
// it as it is, and its styles are set through the DOM so a host CSP without 'unsafe-inline' allows them.

interface WidgetElements {
  launcher: HTMLButtonElement;
  panel: HTMLDivElement;
  frame: HTMLIFrameElement;
  close: HTMLButtonElement;
}

(() => {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || document.getElementById("lyservice-chat-launcher")) return;

  const chinese = /^zh\b/i.test(document.documentElement.lang || navigator.language);
  const words = chinese
    ? { open: "在线客服", close: "关闭客服窗口", title: "在线客服对话" }
    : { open: "Chat with us", close: "Close the chat", title: "Customer service chat" };

  /** The chat's address, with the host's signed member in the fragment (never sent to a server). */
  function chatUrl(source: HTMLScriptElement): string {
    const url = new URL("/chat", source.src);
    const identity = new URLSearchParams();
    for (const [name, attribute] of [["member", "data-member"], ["nick", "data-nick"], ["ts", "data-ts"], ["sig", "data-sig"]] as const) {
      const value = source.getAttribute(attribute);
      if (value) identity.set(name, value);
    }
    if (identity.has("member") && identity.has("sig")) url.hash = identity.toString();
    return url.toString();
  }

  function build(): WidgetElements {
    const launcher = document.createElement("button");
    launcher.id = "lyservice-chat-launcher";
    launcher.type = "button";
    const icon = document.createElement("span");
    icon.textContent = "💬 ";
    icon.setAttribute("aria-hidden", "true");
    launcher.append(icon, words.open);
    launcher.setAttribute("aria-expanded", "false");
    Object.assign(launcher.style, {
      position: "fixed", right: "16px", bottom: "16px", zIndex: "2147483000", minHeight: "48px", padding: "0 18px",
      border: "0", borderRadius: "24px", background: "#0b5cc2", color: "#fff", font: "600 15px system-ui, sans-serif",
      boxShadow: "0 4px 16px rgba(0,0,0,.25)", cursor: "pointer",
    });

    const panel = document.createElement("div");
    panel.id = "lyservice-chat-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", words.title);
    panel.hidden = true;
    panel.style.display = "none";
    Object.assign(panel.style, {
      position: "fixed", zIndex: "2147483001", flexDirection: "column", background: "#fff",
      boxShadow: "0 8px 32px rgba(0,0,0,.3)", overflow: "hidden",
    });

    // The close button sits on a bar of its own above the frame, clear of the chat's own header.
    const bar = document.createElement("div");
    Object.assign(bar.style, { display: "flex", justifyContent: "flex-end", background: "#08458f", flex: "0 0 auto" });
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", words.close);
    Object.assign(close.style, {
      width: "44px", height: "40px", border: "0", background: "transparent", color: "#fff",
      font: "28px/1 system-ui, sans-serif", cursor: "pointer",
    });
    bar.append(close);

    const frame = document.createElement("iframe");
    frame.title = words.title;
    frame.setAttribute("allow", "clipboard-write");
    Object.assign(frame.style, { width: "100%", flex: "1 1 auto", minHeight: "0", border: "0", display: "block" });
    panel.append(bar, frame);
    return { launcher, panel, frame, close };
  }

  const { launcher, panel, frame, close } = build();
  const narrow = window.matchMedia("(max-width: 600px)");

  function place(): void {
    const phone = narrow.matches;
    Object.assign(panel.style, phone
      ? { inset: "0", width: "100%", height: "100%", borderRadius: "0" }
      : { inset: "auto 16px 76px auto", width: "380px", height: "min(640px, calc(100vh - 96px))", borderRadius: "12px" });
  }

  function setOpen(open: boolean): void {
    // The frame loads on first open: a host page's visitors who never chat cost the BFF nothing.
    if (open && !frame.src) frame.src = chatUrl(script as HTMLScriptElement);
    panel.hidden = !open;
    // `hidden` alone loses to an inline display: set the flex layout only while open.
    panel.style.display = open ? "flex" : "none";
    launcher.setAttribute("aria-expanded", String(open));
    launcher.style.display = open && narrow.matches ? "none" : "";
    (open ? frame : launcher).focus();
  }

  launcher.addEventListener("click", () => setOpen(panel.hidden));
  close.addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false);
  });
  narrow.addEventListener("change", place);
  place();
  document.body.append(panel, launcher);
})();
