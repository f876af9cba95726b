// stack-canary guard: keeps protecting a promoted alias after the workflow has ended.
//
// Two EventBridge rules of the monitoring stack invoke it:
// - a watched alarm went to ALARM (event "CloudWatch Alarm State Change");
// - a schedule: it sums each function's alias errors over WINDOW_HOURS, and a count at or
//   above ERROR_THRESHOLD counts as a signal.
// On a signal it notifies the topic with what it saw and, where stack-canary promoted the
// function (the tag LAST_PASSED_TAG names the last version that passed a canary), points the
// alias back to that version unless it is already there. With ASG_NAME set, an error signal also
// raises that group's desired capacity by one, never above its maximum. A per-function cool-down
// (the time of its last action or scheduled notice, in the function's tag COOLDOWN_TAG) keeps
// anything from repeating in a loop: within COOLDOWN_MINUTES it only logs. Every decision is one
// JSON log line.
//
// scripts/inline-guard.mjs copies this file into templates/monitoring.yaml (the GuardFunction's
// ZipFile; a test keeps it under 8 KiB) without its comment lines and indentation: keep comments
// on lines of their own and strings on one line. CommonJS: an inline ZipFile becomes index.js.
'use strict';
const L = require('@aws-sdk/client-lambda');
const CW = require('@aws-sdk/client-cloudwatch');
const SNS = require('@aws-sdk/client-sns');
// Alarm name suffixes of a watched function: <ALARM_PREFIX><function>-<kind> (not the composite -any).
const KINDS = ['errors', 'error-rate', 'throttles', 'p99-duration', 'memory'];
const text = (e) => `${e.name}: ${e.message}`;
// Records a step that changed nothing; returns false (nothing was done).
const skip = (did, line) => did.push(line) < 0;

function settingsFrom(env) {
  const num = (v, d) => (v && !isNaN(v) ? Number(v) : d);
  return {
    functions: (env.FUNCTIONS || '').split(',').filter(Boolean),
    alias: env.ALIAS,
    topic: env.TOPIC_ARN,
    prefix: env.ALARM_PREFIX || '',
    hours: num(env.WINDOW_HOURS, 24),
    threshold: num(env.ERROR_THRESHOLD, 100),
    cooldownMs: num(env.COOLDOWN_MINUTES, 60) * 60000,
    asg: env.ASG_NAME,
    rollback: env.ROLLBACK !== 'false',
    passedTag: env.LAST_PASSED_TAG,
    cooldownTag: env.COOLDOWN_TAG,
  };
}

// deps: { settings, clients: { lambda, cloudWatch, sns, autoScaling }, now?, log? }
function createHandler(deps) {
  const { settings: s, clients: c } = deps;
  const now = deps.now || Date.now;
  const log = (entry) => ((deps.log || ((x) => console.log(JSON.stringify(x))))(entry), entry);

  // Errors on each function's alias over the window, one GetMetricData call for all of them.
  async function windowErrors() {
    const EndTime = new Date(now());
    const StartTime = new Date(EndTime - s.hours * 3600000);
    const counts = {};
    const MetricDataQueries = s.functions.map((fn, i) => {
      counts[fn] = 0;
      const Dimensions = [{ Name: 'FunctionName', Value: fn }, { Name: 'Resource', Value: `${fn}:${s.alias}` }];
      return { Id: `f${i}`, MetricStat: { Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions }, Period: 300, Stat: 'Sum' } };
    });
    let NextToken;
    do {
      const r = await c.cloudWatch.send(new CW.GetMetricDataCommand({ MetricDataQueries, StartTime, EndTime, NextToken }));
      for (const m of r.MetricDataResults || []) {
        for (const v of m.Values || []) counts[s.functions[m.Id.slice(1)]] += v;
      }
      NextToken = r.NextToken;
    } while (NextToken);
    return counts;
  }

  async function rollBack(fn, alias, to, did) {
    const extra = Object.keys(alias.RoutingConfig?.AdditionalVersionWeights || {});
    const from = alias.FunctionVersion + (extra.length ? `+${extra}` : '');
    if (!s.rollback) return skip(did, 'alias rollback is off');
    if (!/^\d+$/.test(to || '')) return skip(did, `alias left on ${from}: no version in tag ${s.passedTag}`);
    if (from === to) return skip(did, `alias already on ${to}, the last version that passed a canary`);
    try {
      const RoutingConfig = { AdditionalVersionWeights: {} };
      await c.lambda.send(new L.UpdateAliasCommand({ FunctionName: fn, Name: s.alias, FunctionVersion: to, RoutingConfig }));
      did.push(`rolled back ${fn}:${s.alias} from ${from} to ${to}, the last version that passed a canary`);
      return true;
    } catch (e) {
      return skip(did, `rollback to ${to} failed: ${text(e)}`);
    }
  }

  async function scaleOut(did) {
    const name = s.asg;
    try {
      const AS = require('@aws-sdk/client-auto-scaling');
      const r = await c.autoScaling.send(new AS.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }));
      const g = (r.AutoScalingGroups || [])[0];
      if (!g) return skip(did, `group ${name} not found`);
      const DesiredCapacity = g.DesiredCapacity + 1;
      if (DesiredCapacity > g.MaxSize) return skip(did, `${name} already at its maximum of ${g.MaxSize}`);
      await c.autoScaling.send(new AS.SetDesiredCapacityCommand({ AutoScalingGroupName: name, DesiredCapacity, HonorCooldown: true }));
      did.push(`${name} desired capacity ${g.DesiredCapacity} -> ${DesiredCapacity} (max ${g.MaxSize})`);
      return true;
    } catch (e) {
      return skip(did, `scaling ${name} failed: ${text(e)}`);
    }
  }

  // One signal on one function (signal: the alarm kind, or 'schedule'): cool-down check,
  // remediation, cool-down stamp (after an action, or a scheduled notice that would otherwise
  // repeat every run), log, notification.
  async function protect(fn, saw, signal) {
    const alias = await c.lambda.send(new L.GetAliasCommand({ FunctionName: fn, Name: s.alias }));
    const Resource = alias.AliasArn.replace(/:[^:]*$/, '');
    const tags = (await c.lambda.send(new L.ListTagsCommand({ Resource }))).Tags || {};
    const since = tags[s.cooldownTag];
    if (now() - Date.parse(since) < s.cooldownMs) return log({ guard: 'cool-down', function: fn, saw, since });
    const did = [];
    let acted = await rollBack(fn, alias, tags[s.passedTag], did);
    if (s.asg && /^(error|schedule)/.test(signal)) acted = (await scaleOut(did)) || acted;
    if (acted || signal === 'schedule') {
      const Tags = { [s.cooldownTag]: new Date(now()).toISOString() };
      try {
        await c.lambda.send(new L.TagResourceCommand({ Resource, Tags }));
      } catch (e) {
        did.push(`cool-down not recorded: ${text(e)}`);
      }
    }
    const entry = log({ guard: acted ? 'remediation' : 'observation', function: fn, alias: s.alias, saw, did });
    if (s.topic) {
      const Subject = `stack-canary guard: ${fn} ${acted ? 'remediated' : 'needs attention'}`.slice(0, 99);
      const Message = [`Function: ${fn}:${s.alias}`, `Saw: ${saw}`, ...did.map((d) => `- ${d}`)].join('\n');
      await c.sns.send(new SNS.PublishCommand({ TopicArn: s.topic, Subject, Message }));
    }
    return entry;
  }

  return async function handler(event) {
    if (event?.['detail-type'] === 'CloudWatch Alarm State Change') {
      const { alarmName = '', state = {} } = event.detail || {};
      const hit = s.functions.flatMap((fn) => KINDS.map((kind) => ({ fn, kind }))).find((h) => alarmName === `${s.prefix}${h.fn}-${h.kind}`);
      if (state.value !== 'ALARM' || !hit) return log({ guard: 'ignored', alarm: alarmName, state: state.value });
      const saw = `alarm ${alarmName} is in ALARM: ${(state.reason || '').slice(0, 300)}`;
      return protect(hit.fn, saw, hit.kind);
    }
    const errors = await windowErrors();
    log({ guard: 'check', hours: s.hours, threshold: s.threshold, errors });
    const results = [];
    let failure;
    for (const fn of s.functions.filter((f) => errors[f] >= s.threshold)) {
      const saw = `${errors[fn]} errors on ${fn}:${s.alias} in ${s.hours} h (threshold ${s.threshold})`;
      try {
        results.push(await protect(fn, saw, 'schedule'));
      } catch (e) {
        failure = e;
        results.push(log({ guard: 'failed', function: fn, saw, error: text(e) }));
      }
    }
    if (failure) throw failure;
    return { guard: 'check', errors, results };
  };
}

function defaultClients() {
  return {
    lambda: new L.LambdaClient(),
    cloudWatch: new CW.CloudWatchClient(),
    sns: new SNS.SNSClient(),
    // Only built when an Auto Scaling group is configured.
    get autoScaling() {
      return (this.as ||= new (require('@aws-sdk/client-auto-scaling').AutoScalingClient)());
    },
  };
}

let handler;
exports.handler = (event) => {
  handler ||= createHandler({ settings: settingsFrom(process.env), clients: defaultClients() });
  return handler(event);
};
exports.createHandler = createHandler;
exports.settingsFrom = settingsFrom;
