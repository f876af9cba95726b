export interface ContractProxy {
  readonly pid: number;
  readonly lanes: string[];
}
export interface ContractStats {
  readonly checked: Readonly<Record<string, number>>;
  readonly refused: Readonly<Record<string, number>>;
  readonly violations: number;
  readonly unconvertedPatterns: readonly string[];
  readonly presenceOnly: readonly string[];
}
export function startContractProxy(targets: readonly string[]): Promise<ContractProxy>;
export function stopContractProxy(proxy: ContractProxy): void;
export function takeViolations(lane: string): Promise<string[]>;
export function contractStats(lane: string): Promise<ContractStats>;
export function summaryLine(stats: ContractStats): string;
