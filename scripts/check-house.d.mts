/** The file graph: a file of src/ → the project files it imports (paths from the repository root). */
export type FileGraph = ReadonlyMap<string, readonly string[]>;

export interface Arrow {
  /** `from -> to`, two modules. */
  readonly arrow: string;
  /** The imports that draw it, `file -> file`. */
  readonly lines: readonly string[];
}

export interface HouseFaults {
  readonly fileCycles: readonly string[][];
  readonly moduleCycles: readonly string[][];
  readonly backArrows: readonly Arrow[];
  readonly allowedBackArrows: readonly Arrow[];
  readonly unplaced: readonly string[];
  readonly unusedAllowances: readonly string[];
}

export const LAYERS: readonly (readonly string[])[];
export const ALLOWED_BACK_ARROWS: readonly string[];
export function moduleOf(file: string, srcDir?: string): string;
export function cyclesOf(graph: ReadonlyMap<string, Iterable<string>>): string[][];
export function houseFaults(
  fileGraph: FileGraph,
  layers?: readonly (readonly string[])[],
  allowed?: readonly string[],
  srcDir?: string,
): HouseFaults;
export function fileGraphOf(root: string, srcDir?: string): Map<string, string[]>;
export function report(faults: HouseFaults): { ok: boolean; lines: string[] };
