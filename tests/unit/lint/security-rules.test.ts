/**
 * The security rules of DESIGN.md as lint (eslint.config.js): catalogue text never becomes
 * HTML, links leave the app only through electron/security.ts, IPC handlers are registered
 * only through electron/ipc.ts. The layer rules are tested beside this, in layers.test.ts.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

describe('security lint rules', () => {
  // The project's own config, restricted to the syntax rules under test and without type
  // information, so the probes need not exist on disk.
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-syntax',
  });
  const messagesFor = async (code: string, filePath: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.message);
  };

  it('forbids shell.openExternal outside electron/security.ts', async () => {
    const code =
      "import { shell } from 'electron';\nexport const open = (u: string) => shell.openExternal(u);\n";
    // The message names every scheme a link may open with (external-links.ts).
    expect(await messagesFor(code, 'electron/menu.ts')).toEqual([
      expect.stringContaining(
        'openExternalSafely() in electron/security.ts (https, http, mailto, tel)',
      ),
    ]);
    expect(await messagesFor(code, 'electron/security.ts')).toEqual([]);
  });

  it('forbids ipcMain.handle outside the validating wrapper', async () => {
    const code = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
    expect(await messagesFor(code, 'electron/main.ts')).toEqual([
      expect.stringContaining('validating wrapper'),
    ]);
    expect(await messagesFor(code, 'electron/ipc.ts')).toEqual([]);
  });

  it('forbids dangerouslySetInnerHTML in the renderer', async () => {
    const code =
      'export const X = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;\n';
    expect(await messagesFor(code, 'renderer/src/Probe.tsx')).toEqual([
      expect.stringContaining('never HTML'),
    ]);
  });
});
