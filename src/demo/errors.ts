/** Telegram's error answers, worded as the real Bot API words them. */
export interface TelegramErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export class ApiError extends Error {
  constructor(readonly body: TelegramErrorBody) {
    super(body.description);
  }
}

const e = (error_code: number, description: string, parameters?: TelegramErrorBody['parameters']): TelegramErrorBody => ({
  ok: false,
  error_code,
  description,
  ...(parameters ? { parameters } : {}),
});

export const tgErrors = {
  tooManyRequests: (retryAfter: number) => e(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }),
  blocked: () => e(403, 'Forbidden: bot was blocked by the user'),
  deactivated: () => e(403, 'Forbidden: user is deactivated'),
  kicked: () => e(403, 'Forbidden: bot was kicked from the supergroup chat'),
  notMember: () => e(403, 'Forbidden: bot is not a member of the supergroup chat'),
  chatNotFound: () => e(400, 'Bad Request: chat not found'),
  migrated: (to: number) => e(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: to }),
  notFound: () => e(404, 'Not Found: method not found'),
  unauthorized: () => e(401, 'Unauthorized'),
  conflictPolling: () => e(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'),
  conflictWebhook: () => e(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
  badRequest: (what: string) => e(400, `Bad Request: ${what}`),
};

export const fail = (body: TelegramErrorBody): never => {
  throw new ApiError(body);
};
