/** The monitoring stack (templates/monitoring.yaml): rendering it and reading its outputs. */
export type { GuardOptions, MonitoredFunction, MonitoringOptions, RenderedMonitoring } from './template.js';
export {
  loadMonitoringTemplate,
  monitoringTemplateCandidates,
  renderMonitoringTemplate,
} from './template.js';
export {
  monitoringAlarmArns,
  monitoringAlarmNames,
  monitoringRollbackTriggerArns,
  monitoringTopicArn,
} from './outputs.js';
