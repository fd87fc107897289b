import type { PrismaClient } from '../db/client.js';
import type { AccessService, Actor } from '../access/service.js';

export interface ChatInput {
  chatId: bigint;
  title?: string | null;
  type: string;
  pin?: boolean;
  locale?: string;
}

/** The official channel and community groups that staff registered: each gets every update. */
export function createChats(prisma: PrismaClient, access: AccessService) {
  return {
    list: () => prisma.deliveryChat.findMany({ orderBy: { id: 'asc' } }),

    /** Registers (or updates) a chat. Returns true when it was new. */
    async add(actor: Actor, input: ChatInput): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const before = await tx.deliveryChat.findUnique({ where: { chatId: input.chatId } });
        const data = { title: input.title ?? null, type: input.type, pin: input.pin ?? false, locale: input.locale ?? 'en' };
        await tx.deliveryChat.upsert({ where: { chatId: input.chatId }, create: { chatId: input.chatId, addedBy: actor.id, ...data }, update: data });
        await access.audit(actor, { action: 'delivery.chat.add', subject: input.chatId.toString(), before: before ? { pin: before.pin, locale: before.locale } : undefined, after: data }, tx);
        return !before;
      });
    },

    async remove(actor: Actor, chatId: bigint): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const before = await tx.deliveryChat.findUnique({ where: { chatId } });
        if (!before) return false;
        await tx.deliveryChat.delete({ where: { chatId } });
        await access.audit(actor, { action: 'delivery.chat.remove', subject: chatId.toString(), before: { title: before.title, type: before.type } }, tx);
        return true;
      });
    },

    /** A group became a supergroup (migrate_to_chat_id): the registry follows it. */
    async migrate(from: bigint, to: bigint) {
      const exists = await prisma.deliveryChat.findUnique({ where: { chatId: to } });
      if (exists) await prisma.deliveryChat.deleteMany({ where: { chatId: from } });
      else await prisma.deliveryChat.updateMany({ where: { chatId: from }, data: { chatId: to, type: 'supergroup' } });
      await access.audit({ id: null, via: 'system' }, { action: 'delivery.chat.migrate', subject: from.toString(), after: { chatId: to.toString() } });
    },
  };
}
