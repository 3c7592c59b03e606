// Shared helpers for the native addon tests.
import { loadNative, type Native } from '../../src/native';

export const onX64Linux = process.platform === 'linux' && process.arch === 'x64';

const load = loadNative();
/** The addon, or null (then `skipReason` says why and addon tests skip). */
export const native: Native | null = load.native;
export const skipReason: string = load.reason ?? '';
