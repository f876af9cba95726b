export interface ContractProxy {
  readonly pid: number;
  readonly lanes: string[];
}
export interface ContractStats {
  readonly checked: Readonly<Record<string, number>>;
  readonly refused: Readonly<Record<string, number>>;
  readonly violations: number;
  readonly deliberate: number;
  readonly unconvertedPatterns: readonly string[];
  readonly presenceOnly: readonly string[];
}
export function startContractProxy(targets: readonly string[]): Promise<ContractProxy>;
export function stopContractProxy(proxy: ContractProxy): void;
export function takeViolations(lane: string, options?: { expected?: boolean }): Promise<string[]>;
export function contractStats(lane: string): Promise<ContractStats>;
export function summaryLine(stats: ContractStats): string;
export const STATS_FILE: string;
export function writeContractStats(stats: ContractStats): void;
