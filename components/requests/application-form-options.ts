import { ID_TYPE_LABELS } from "@/lib/requests/identity";
import {
  APPLICANT_TYPE_LABELS,
  DELIVERY_METHOD_LABELS,
  INFO_FORM_LABELS,
  receiptRuleHint,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
} from "@/lib/requests/model";

const staffChannels = REQUEST_CHANNELS.filter((c) => c !== "ONLINE");

/**
 * The choices of the application form, built on the server and passed to the (client) form as props,
 * so the rules module behind the labels never ships to the browser.
 */
export const APPLICATION_FORM_OPTIONS = {
  applicantTypes: APPLICANT_TYPE_LABELS,
  idTypes: ID_TYPE_LABELS,
  infoForms: INFO_FORM_LABELS,
  deliveries: DELIVERY_METHOD_LABELS,
  /** Channels staff type in (online applications arrive by themselves), with each one's receipt-date rule. */
  staffChannels: Object.fromEntries(staffChannels.map((c) => [c, REQUEST_CHANNEL_LABELS[c]])),
  receiptRules: staffChannels.map((c) => `${REQUEST_CHANNEL_LABELS[c]}：${receiptRuleHint(c)}`).join("；"),
};

export type ApplicationFormOptions = typeof APPLICATION_FORM_OPTIONS;
