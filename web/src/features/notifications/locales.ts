import { defineLocales } from "../../i18n/define-locales.ts";

export const notificationsLocales = defineLocales({
  en: {
    open: "Notifications",
    title: "Notifications",
    description: "How a new customer message in a session you are not looking at tells you. Remembered on this browser.",
    titleCount: "Count in the tab title",
    titleCountHint: "Shows “(3) …” in the browser tab.",
    sound: "Sound",
    soundHint: "A short chime.",
    desktop: "Desktop notification",
    desktopHint: "Your browser asks for permission when you turn this on.",
    desktopDenied: "Your browser blocks notifications from this console. Allow them in the site settings, then turn this on again.",
    desktopUnsupported: "This browser cannot show desktop notifications.",
    done: "Done",
    newMessage: "New message from {{name}}",
  },
  "zh-CN": {
    open: "通知",
    title: "通知设置",
    description: "当你未在查看的会话收到客户新消息时，以何种方式提醒你。设置保存在本浏览器中。",
    titleCount: "在标签页标题中显示数量",
    titleCountHint: "浏览器标签页显示“(3) …”。",
    sound: "提示音",
    soundHint: "一声简短的提示音。",
    desktop: "桌面通知",
    desktopHint: "开启时浏览器会请求通知权限。",
    desktopDenied: "浏览器已禁止本控制台发送通知。请在网站设置中允许后再开启。",
    desktopUnsupported: "此浏览器无法显示桌面通知。",
    done: "完成",
    newMessage: "{{name}} 发来新消息",
  },
});
