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
      // Capabilities add their own menu buttons before Language: press the number the demo shows for it.
      let pressed = false;
      demo.stdout!.on('data', (d) => {
        stdout += d;
        const m = /\[(\d+)\] [^[\n]*Language/.exec(stdout);
        if (m && !pressed) {
          pressed = true;
          demo.stdin!.end(`/press ${m[1]}\n`);
        }
      });
      demo.stderr!.on('data', (d) => (stderr += d));
      // Capabilities add their own menu buttons before Language: press it by its printed number.
      const exited = new Promise<number | null>((resolve) => demo.once('exit', (c) => resolve(c)));
      demo.stdin!.write('/start\n');
      const deadline = Date.now() + 200_000;
      let n: string | undefined;
      while (!(n = /\[(\d+)\] [^[\n]*Language/.exec(stdout)?.[1]) && Date.now() < deadline && demo.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      demo.stdin!.end(`/press ${n ?? 1}\n`);
      const code = await exited;
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`Alice> /start\n🤖 Bot:\n${t('en', 'start-welcome', { name: 'Alice' })}\n`);
      expect(n, stdout).toBeDefined();
      expect(stdout).toContain(t('en', 'language-choose'));
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  }, 360_000);
});
