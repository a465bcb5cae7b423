import { defineLocales } from "../../i18n/define-locales.ts";

export const shortcutsLocales = defineLocales({
  en: {
    title: "Keyboard shortcuts",
    open: "Keyboard shortcuts",
    description: "Single keys, no modifier. They do nothing while you type in a field.",
    key: "Key",
    action: "Action",
    actions: {
      newSession: "New session",
      nextSession: "Next session in the list",
      previousSession: "Previous session in the list",
      pullIntoGroup: "Pull the open session into a DingTalk group (asks first)",
      closeSession: "Close the open session (asks first)",
      showShortcuts: "Show this list",
    },
    state: {
      on: "Single-key shortcuts are on.",
      off: "Single-key shortcuts are off: the keys below do nothing.",
    },
    switch: {
      section: "Keyboard",
      label: "Single-key shortcuts",
      hint: "Letters such as g and c act when pressed outside a text field. Turn them off if you use speech input or often press keys by accident.",
    },
    inLists: "In the session list, ↑ ↓ Home End move between sessions; Enter opens one. Esc closes a dialog.",
  },
  "zh-CN": {
    title: "键盘快捷键",
    open: "键盘快捷键",
    description: "单个按键，无需组合键。在输入框中输入时不会触发。",
    key: "按键",
    action: "操作",
    actions: {
      newSession: "新建会话",
      nextSession: "列表中的下一个会话",
      previousSession: "列表中的上一个会话",
      pullIntoGroup: "将当前会话一键拉群（会先确认）",
      closeSession: "结束当前会话（会先确认）",
      showShortcuts: "显示本列表",
    },
    state: {
      on: "单键快捷键已开启。",
      off: "单键快捷键已关闭：下列按键不会执行任何操作。",
    },
    switch: {
      section: "键盘",
      label: "单键快捷键",
      hint: "在输入框外按 g、c 等字母键会直接执行操作。如果你使用语音输入或经常误触按键，请关闭。",
    },
    inLists: "在会话列表中，↑ ↓ Home End 可在会话间移动，Enter 打开会话。Esc 关闭对话框。",
  },
});
