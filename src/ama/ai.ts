import OpenAI from 'openai';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/**
 * Optional OpenAI help: embeddings for near-duplicates across languages, translation of the
 * export. Every method returns null on any failure (or when not configured): callers fall back
 * to the local similarity and to the original languages.
 */
export interface AmaAi {
  enabled: boolean;
  embed(text: string): Promise<number[] | null>;
  translate(texts: string[], to: string): Promise<string[] | null>;
}

export const noAi: AmaAi = { enabled: false, embed: async () => null, translate: async () => null };

const LANGUAGE: Record<string, string> = { en: 'English', de: 'German', zh: 'Simplified Chinese' };

export function createAmaAi(config: Config, logger: Logger): AmaAi {
  if (!config.openai.apiKey) return noAi;
  const client = new OpenAI({ apiKey: config.openai.apiKey, baseURL: config.openai.baseUrl, timeout: config.openai.timeoutMs, maxRetries: 1 });
  return {
    enabled: true,
    async embed(text) {
      try {
        const res = await client.embeddings.create({ model: config.openai.embeddingModel, input: text, encoding_format: 'float' });
        const e = res.data[0]?.embedding;
        return Array.isArray(e) && e.length ? e : null;
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'ama: embedding failed, using local similarity');
        return null;
      }
    },
    async translate(texts, to) {
      if (!texts.length) return [];
      try {
        const res = await client.chat.completions.create({
          model: config.openai.model,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: `Translate each string of the JSON array "texts" into ${LANGUAGE[to] ?? to}. Keep names, numbers and crypto terms. Answer as JSON {"texts": [...]} with the same number of strings in the same order.` },
            { role: 'user', content: JSON.stringify({ texts }) },
          ],
        });
        const out = JSON.parse(res.choices[0]?.message?.content ?? '{}') as { texts?: unknown };
        if (!Array.isArray(out.texts) || out.texts.length !== texts.length || !out.texts.every((t) => typeof t === 'string')) return null;
        return out.texts as string[];
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'ama: translation failed, exporting original languages');
        return null;
      }
    },
  };
}
