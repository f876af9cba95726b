/** The monitoring stack (templates/monitoring.yaml): rendering it and reading its outputs. */
export type { GuardOptions, MonitoredFunction, MonitoringOptions, RenderedMonitoring } from './render.js';
export { loadMonitoringTemplate, monitoringTemplateCandidates, renderMonitoringTemplate } from './render.js';
export {
  monitoringAlarmArns,
  monitoringAlarmNames,
  monitoringRollbackTriggerArns,
  monitoringTopicArn,
} from './outputs.js';
