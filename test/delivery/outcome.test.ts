import { describe, expect, it } from 'vitest';
import { HttpError } from 'grammy';
import { classify } from '../../src/delivery/outcome.js';
import { networkError } from './helpers.js';

// grammY wraps the fetch error in an HttpError whose `error` is node-fetch's FetchError.
const wrapped = (err: Error) => new HttpError(`Network request for 'sendMessage' failed!`, err);

describe('delivery outcome of a network error', () => {
  it('errors raised before the request was written are safe to retry', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']) {
      expect(classify(wrapped(networkError(code))).kind, code).toBe('not_sent');
    }
  });

  it('a dropped connection, a reset or a timeout may have reached Telegram: uncertain', () => {
    for (const code of ['ECONNRESET', 'EPIPE', 'ETIMEDOUT']) expect(classify(wrapped(networkError(code))).kind, code).toBe('uncertain');
    const abort = Object.assign(new Error('The user aborted a request.'), { type: 'aborted', name: 'AbortError' });
    expect(classify(wrapped(abort)).kind).toBe('uncertain');
    expect(classify(new Error('socket hang up')).kind).toBe('uncertain');
  });
});
