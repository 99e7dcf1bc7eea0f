// The packaging configuration, checked by electron-builder's own loader and schema validator, plus the
// promises the README makes about it (targets, product name, icons, only built output shipped).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const root = path.resolve(__dirname, '../../..');

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a broken configuration (the validator is really consulted)', async () => {
    await expect(validateConfiguration({ appId: 'x', nsis: { oneClick: 'sometimes' } } as never, new DebugLogger(false))).rejects.toThrow(/oneClick/);
  });

  it('builds Windows NSIS, Linux AppImage and deb, macOS dmg as "Biên Bản", shipping only dist/', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    expect(config.productName).toBe('Biên Bản');
    expect(config.appId).toBe('vn.bienban.app');
    expect(JSON.stringify(config.win?.target)).toContain('nsis');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.npmRebuild).toBe(false);
    // getConfig normalises the list into file sets with a `filter`.
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['dist/**/*', 'package.json']);
    expect(files).toContain('!**/tests/**');
    for (const icon of [config.win?.icon, config.linux?.icon, config.mac?.icon]) {
      expect(fs.existsSync(path.join(root, String(icon)))).toBe(true);
    }
  });
});
