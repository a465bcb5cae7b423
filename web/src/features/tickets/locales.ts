import { defineLocales } from "../../i18n/define-locales.ts";

export const ticketsLocales = defineLocales({
  en: {
    heading: "Visitor ticket",
    description: "Files a ticket for the customer in this DingTalk group. The group fields come from its link.",
    fields: {
      case_id: "Case ID",
      caseIdHint: "Digits only, up to 32.",
      corp_id: "DingTalk corp ID",
      open_conversation_id: "Group conversation ID",
      user_identify: "Customer identity in the group",
      tenant_id: "Tenant ID",
    },
    fromLink: "Filled in from the group link.",
    submit: "Save ticket",
    saved: "Ticket {{caseId}} saved.",
    systemTime: "Platform time: {{time}}",
    requestId: "Request ID: {{id}}",
    list: { heading_one: "Saved ticket", heading_other: "Saved tickets ({{count}})" },
    repeat: {
      title: "Ticket {{caseId}} is already saved for this session.",
      body: "It was saved {{time}}. Press “Save again” to save it once more, or change the case ID.",
      submit: "Save again",
    },
  },
  "zh-CN": {
    heading: "群访客工单",
    description: "为该钉钉群中的客户创建工单。群相关字段取自群链接。",
    fields: {
      case_id: "工单 ID",
      caseIdHint: "仅限数字，最多 32 位。",
      corp_id: "钉钉组织 ID",
      open_conversation_id: "群会话 ID",
      user_identify: "客户在群内的身份标识",
      tenant_id: "租户 ID",
    },
    fromLink: "已根据群链接填写。",
    submit: "保存工单",
    saved: "工单 {{caseId}} 已保存。",
    systemTime: "平台时间：{{time}}",
    requestId: "请求 ID：{{id}}",
    list: { heading_one: "已保存的工单", heading_other: "已保存的工单（{{count}}）" },
    repeat: {
      title: "工单 {{caseId}} 已为本会话保存过。",
      body: "保存时间：{{time}}。如需再次保存，请点击“再次保存”；或修改工单 ID。",
      submit: "再次保存",
    },
  },
});
