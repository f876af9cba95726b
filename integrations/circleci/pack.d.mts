/** The orb source folder (src/) and its packing, as `circleci orb pack` does it (pack.mjs). */
export const ORB_SRC: string;
export function packOrb(src?: string): unknown;
export function packOrbText(src?: string): string;
