/** One message to one recipient, plain text. */
export interface OutgoingNotification {
  to: string;
  subject: string;
  body: string;
}

/** Where notifications go: NotificationsModule binds SMTP when SMTP_URL is set, else the log. */
export const NOTIFICATION_DELIVERY = Symbol('NOTIFICATION_DELIVERY');

export interface NotificationDelivery {
  /** Throws to have the queue retry the job. */
  send(notification: OutgoingNotification): Promise<void>;
}
