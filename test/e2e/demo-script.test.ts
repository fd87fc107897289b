import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { i18n } from '../../src/bot/i18n.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);

describe('npm run demo, driven through stdin', () => {
  it('prints the /start reply with numbered buttons and exits 0 at the end of input', async () => {
    const demoDir = mkdtempSync(path.join(os.tmpdir(), 'bot-demo-'));
    try {
      const demo = spawn(process.execPath, ['--import', 'tsx', 'src/demo/main.ts'], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, DEMO_DATA_DIR: demoDir, DEMO_REPLY_TIMEOUT_MS: '60000', DEMO_READY_TIMEOUT_MS: '270000' },
      });
      let stdout = '';
      let stderr = '';
      demo.stdout!.on('data', (d) => (stdout += d));
      demo.stderr!.on('data', (d) => (stderr += d));
      demo.stdin!.end('/start\n/press 1\n');
      const code = await new Promise<number | null>((resolve) => demo.once('exit', (c) => resolve(c)));
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`Alice> /start\n🤖 Bot:\n${t('en', 'start-welcome', { name: 'Alice' })}\n`);
      expect(stdout).toMatch(/\[1\] .*Language/);
      expect(stdout).toContain(t('en', 'language-choose'));
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  }, 360_000);
});
