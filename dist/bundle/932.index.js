export const id = 932;
export const ids = [932];
export const modules = {

/***/ 8932:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
exports.$Command = $Command;
exports.__Client = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsQueryProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultAutoScalingHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "autoscaling",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultAutoScalingHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "autoscaling",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1163.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://autoscaling-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://autoscaling.{Region}.amazonaws.com", i],
        ["https://autoscaling-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://autoscaling.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://autoscaling.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class AutoScalingServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.autoscaling#AutoScalingServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, AutoScalingServiceException.prototype);
    }
}

class ActiveInstanceRefreshNotFoundFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#ActiveInstanceRefreshNotFoundFault";
    name = "ActiveInstanceRefreshNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ActiveInstanceRefreshNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ActiveInstanceRefreshNotFoundFault.prototype);
    }
}
class AlreadyExistsFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#AlreadyExistsFault";
    name = "AlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AlreadyExistsFault.prototype);
    }
}
class ResourceContentionFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#ResourceContentionFault";
    name = "ResourceContentionFault";
    $fault = "server";
    constructor(opts) {
        super({
            name: "ResourceContentionFault",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceContentionFault.prototype);
    }
}
class ServiceLinkedRoleFailure extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#ServiceLinkedRoleFailure";
    name = "ServiceLinkedRoleFailure";
    $fault = "server";
    constructor(opts) {
        super({
            name: "ServiceLinkedRoleFailure",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceLinkedRoleFailure.prototype);
    }
}
class InstanceRefreshInProgressFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#InstanceRefreshInProgressFault";
    name = "InstanceRefreshInProgressFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InstanceRefreshInProgressFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InstanceRefreshInProgressFault.prototype);
    }
}
class LimitExceededFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#LimitExceededFault";
    name = "LimitExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "LimitExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededFault.prototype);
    }
}
class ResourceInUseFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#ResourceInUseFault";
    name = "ResourceInUseFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceInUseFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUseFault.prototype);
    }
}
class ScalingActivityInProgressFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#ScalingActivityInProgressFault";
    name = "ScalingActivityInProgressFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ScalingActivityInProgressFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ScalingActivityInProgressFault.prototype);
    }
}
class InvalidNextToken extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#InvalidNextToken";
    name = "InvalidNextToken";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidNextToken",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextToken.prototype);
    }
}
class IdempotentCallInProgressFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#IdempotentCallInProgressFault";
    name = "IdempotentCallInProgressFault";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "IdempotentCallInProgressFault",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, IdempotentCallInProgressFault.prototype);
        this.Message = opts.Message;
    }
}
class IdempotentParameterMismatchError extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#IdempotentParameterMismatchError";
    name = "IdempotentParameterMismatchError";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "IdempotentParameterMismatchError",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IdempotentParameterMismatchError.prototype);
        this.Message = opts.Message;
    }
}
class IrreversibleInstanceRefreshFault extends AutoScalingServiceException {
    static shapeId = "com.amazonaws.autoscaling#IrreversibleInstanceRefreshFault";
    name = "IrreversibleInstanceRefreshFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "IrreversibleInstanceRefreshFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, IrreversibleInstanceRefreshFault.prototype);
    }
}

const _A = "Activities";
const _AARN = "AlarmARN";
const _AC = "AcceleratorCount";
const _ACR = "AcceleratorCountRequest";
const _AEF = "AlreadyExistsFault";
const _AI = "ActivityId";
const _AIQ = "AttachInstancesQuery";
const _AIRNFF = "ActiveInstanceRefreshNotFoundFault";
const _AIT = "AllowedInstanceTypes";
const _AIc = "ActivityIds";
const _AIt = "AttachInstances";
const _ALB = "AttachLoadBalancers";
const _ALBRT = "AttachLoadBalancersResultType";
const _ALBT = "AttachLoadBalancersType";
const _ALBTG = "AttachLoadBalancerTargetGroups";
const _ALBTGRT = "AttachLoadBalancerTargetGroupsResultType";
const _ALBTGT = "AttachLoadBalancerTargetGroupsType";
const _AM = "AcceleratorManufacturers";
const _AN = "AlarmName";
const _ANc = "AcceleratorNames";
const _APIA = "AssociatePublicIpAddress";
const _AR = "AutoRollback";
const _AS = "AccountSetting";
const _ASG = "AutoScalingGroup";
const _ASGARN = "AutoScalingGroupARN";
const _ASGN = "AutoScalingGroupName";
const _ASGNT = "AutoScalingGroupNamesType";
const _ASGNu = "AutoScalingGroupNames";
const _ASGS = "AutoScalingGroupState";
const _ASGT = "AutoScalingGroupsType";
const _ASGu = "AutoScalingGroups";
const _ASI = "AutoScalingInstances";
const _ASID = "AutoScalingInstanceDetails";
const _ASIT = "AutoScalingInstancesType";
const _ASNT = "AutoScalingNotificationTypes";
const _ASc = "AccountSettings";
const _ASl = "AlarmSpecification";
const _AT = "ActivitiesType";
const _ATMMB = "AcceleratorTotalMemoryMiB";
const _ATMMBR = "AcceleratorTotalMemoryMiBRequest";
const _ATS = "AttachTrafficSources";
const _ATSRT = "AttachTrafficSourcesResultType";
const _ATST = "AttachTrafficSourcesType";
const _ATc = "ActivityType";
const _ATcc = "AcceleratorTypes";
const _ATd = "AdjustmentType";
const _ATdj = "AdjustmentTypes";
const _AZ = "AvailabilityZones";
const _AZD = "AvailabilityZoneDistribution";
const _AZI = "AvailabilityZoneIds";
const _AZIP = "AvailabilityZoneImpairmentPolicy";
const _AZIv = "AvailabilityZoneId";
const _AZv = "AvailabilityZone";
const _Ac = "Activity";
const _Al = "Alarm";
const _Ala = "Alarms";
const _BDM = "BlockDeviceMapping";
const _BDMl = "BlockDeviceMappings";
const _BDSA = "BatchDeleteScheduledAction";
const _BDSAA = "BatchDeleteScheduledActionAnswer";
const _BDSAT = "BatchDeleteScheduledActionType";
const _BEBM = "BaselineEbsBandwidthMbps";
const _BEBMR = "BaselineEbsBandwidthMbpsRequest";
const _BM = "BareMetal";
const _BP = "BurstablePerformance";
const _BPF = "BaselinePerformanceFactors";
const _BPFR = "BaselinePerformanceFactorsRequest";
const _BPSUGA = "BatchPutScheduledUpdateGroupAction";
const _BPSUGAA = "BatchPutScheduledUpdateGroupActionAnswer";
const _BPSUGAT = "BatchPutScheduledUpdateGroupActionType";
const _BT = "BreachThreshold";
const _BTa = "BakeTime";
const _C = "Cause";
const _CASG = "CreateAutoScalingGroup";
const _CASGT = "CreateAutoScalingGroupType";
const _CCMS = "CustomizedCapacityMetricSpecification";
const _CD = "CheckpointDelay";
const _CDS = "CapacityDistributionStrategy";
const _CF = "CapacityForecast";
const _CIR = "CancelInstanceRefresh";
const _CIRA = "CancelInstanceRefreshAnswer";
const _CIRT = "CancelInstanceRefreshType";
const _CLA = "CompleteLifecycleAction";
const _CLAA = "CompleteLifecycleActionAnswer";
const _CLAT = "CompleteLifecycleActionType";
const _CLC = "CreateLaunchConfiguration";
const _CLCT = "CreateLaunchConfigurationType";
const _CLMS = "CustomizedLoadMetricSpecification";
const _CLVPCI = "ClassicLinkVPCId";
const _CLVPCSG = "ClassicLinkVPCSecurityGroups";
const _CM = "CpuManufacturers";
const _CMS = "CustomizedMetricSpecification";
const _COUT = "CreateOrUpdateTags";
const _COUTT = "CreateOrUpdateTagsType";
const _CP = "CheckpointPercentages";
const _CPFR = "CpuPerformanceFactorRequest";
const _CR = "CapacityRebalance";
const _CRI = "CapacityReservationIds";
const _CRP = "CapacityReservationPreference";
const _CRRGA = "CapacityReservationResourceGroupArns";
const _CRS = "CapacityReservationSpecification";
const _CRT = "CapacityReservationTarget";
const _CSMS = "CustomizedScalingMetricSpecification";
const _CT = "CreatedTime";
const _CTl = "ClientToken";
const _Co = "Context";
const _Coo = "Cooldown";
const _Cp = "Cpu";
const _D = "Description";
const _DAL = "DescribeAccountLimits";
const _DALA = "DescribeAccountLimitsAnswer";
const _DAS = "DescribeAccountSettings";
const _DASA = "DescribeAccountSettingsAnswer";
const _DASG = "DeleteAutoScalingGroup";
const _DASGT = "DeleteAutoScalingGroupType";
const _DASGe = "DescribeAutoScalingGroups";
const _DASI = "DescribeAutoScalingInstances";
const _DASIT = "DescribeAutoScalingInstancesType";
const _DASNT = "DescribeAutoScalingNotificationTypes";
const _DASNTA = "DescribeAutoScalingNotificationTypesAnswer";
const _DAST = "DescribeAccountSettingsType";
const _DAT = "DescribeAdjustmentTypes";
const _DATA = "DescribeAdjustmentTypesAnswer";
const _DC = "DesiredCapacity";
const _DCT = "DesiredCapacityType";
const _DCe = "DefaultCooldown";
const _DCes = "DesiredConfiguration";
const _DI = "DetachInstances";
const _DIA = "DetachInstancesAnswer";
const _DIQ = "DetachInstancesQuery";
const _DIR = "DescribeInstanceRefreshes";
const _DIRA = "DescribeInstanceRefreshesAnswer";
const _DIRT = "DescribeInstanceRefreshesType";
const _DIW = "DefaultInstanceWarmup";
const _DLB = "DescribeLoadBalancers";
const _DLBR = "DescribeLoadBalancersRequest";
const _DLBRT = "DetachLoadBalancersResultType";
const _DLBRe = "DescribeLoadBalancersResponse";
const _DLBT = "DetachLoadBalancersType";
const _DLBTG = "DescribeLoadBalancerTargetGroups";
const _DLBTGR = "DescribeLoadBalancerTargetGroupsRequest";
const _DLBTGRT = "DetachLoadBalancerTargetGroupsResultType";
const _DLBTGRe = "DescribeLoadBalancerTargetGroupsResponse";
const _DLBTGT = "DetachLoadBalancerTargetGroupsType";
const _DLBTGe = "DetachLoadBalancerTargetGroups";
const _DLBe = "DetachLoadBalancers";
const _DLC = "DeleteLaunchConfiguration";
const _DLCe = "DescribeLaunchConfigurations";
const _DLH = "DeleteLifecycleHook";
const _DLHA = "DeleteLifecycleHookAnswer";
const _DLHAe = "DescribeLifecycleHooksAnswer";
const _DLHT = "DeleteLifecycleHookType";
const _DLHTA = "DescribeLifecycleHookTypesAnswer";
const _DLHTe = "DescribeLifecycleHooksType";
const _DLHTes = "DescribeLifecycleHookTypes";
const _DLHe = "DescribeLifecycleHooks";
const _DMC = "DisableMetricsCollection";
const _DMCQ = "DisableMetricsCollectionQuery";
const _DMCT = "DescribeMetricCollectionTypes";
const _DMCTA = "DescribeMetricCollectionTypesAnswer";
const _DN = "DeviceName";
const _DNC = "DeleteNotificationConfiguration";
const _DNCA = "DescribeNotificationConfigurationsAnswer";
const _DNCT = "DeleteNotificationConfigurationType";
const _DNCTe = "DescribeNotificationConfigurationsType";
const _DNCe = "DescribeNotificationConfigurations";
const _DOT = "DeleteOnTermination";
const _DP = "DeletionProtection";
const _DPT = "DeletePolicyType";
const _DPTe = "DescribePoliciesType";
const _DPe = "DeletePolicy";
const _DPes = "DescribePolicies";
const _DR = "DefaultResult";
const _DS = "DistributionSegment";
const _DSA = "DeleteScheduledAction";
const _DSAT = "DeleteScheduledActionType";
const _DSATe = "DescribeScalingActivitiesType";
const _DSATes = "DescribeScheduledActionsType";
const _DSAe = "DescribeScalingActivities";
const _DSAes = "DescribeScheduledActions";
const _DSI = "DisableScaleIn";
const _DSPT = "DescribeScalingProcessTypes";
const _DSi = "DistributionSegments";
const _DT = "DeleteTags";
const _DTPT = "DescribeTerminationPolicyTypes";
const _DTPTA = "DescribeTerminationPolicyTypesAnswer";
const _DTS = "DescribeTrafficSources";
const _DTSR = "DescribeTrafficSourcesRequest";
const _DTSRT = "DetachTrafficSourcesResultType";
const _DTSRe = "DescribeTrafficSourcesResponse";
const _DTST = "DetachTrafficSourcesType";
const _DTSe = "DetachTrafficSources";
const _DTT = "DeleteTagsType";
const _DTTe = "DescribeTagsType";
const _DTe = "DescribeTags";
const _DV = "DefaultValue";
const _DWP = "DeleteWarmPool";
const _DWPA = "DeleteWarmPoolAnswer";
const _DWPAe = "DescribeWarmPoolAnswer";
const _DWPT = "DeleteWarmPoolType";
const _DWPTe = "DescribeWarmPoolType";
const _DWPe = "DescribeWarmPool";
const _De = "Details";
const _Di = "Dimensions";
const _E = "Ebs";
const _EC = "ErrorCode";
const _ED = "EnforcementDate";
const _EIT = "ExcludedInstanceTypes";
const _EIW = "EstimatedInstanceWarmup";
const _EM = "EnabledMetrics";
const _EMC = "EnableMetricsCollection";
const _EMCQ = "EnableMetricsCollectionQuery";
const _EMn = "EnabledMetric";
const _EMr = "ErrorMessage";
const _EO = "EbsOptimized";
const _EP = "ExecutePolicy";
const _EPT = "ExecutePolicyType";
const _ES = "EnterStandby";
const _ESA = "EnterStandbyAnswer";
const _ESAx = "ExitStandbyAnswer";
const _ESQ = "EnterStandbyQuery";
const _ESQx = "ExitStandbyQuery";
const _ESx = "ExitStandby";
const _ET = "EnforcementType";
const _ETn = "EndTime";
const _EV = "EnforcedValue";
const _En = "Encrypted";
const _Ena = "Enabled";
const _Er = "Errors";
const _Ex = "Expression";
const _F = "Filters";
const _FD = "ForceDelete";
const _FSA = "FailedScheduledActions";
const _FSUGA = "FailedScheduledUpdateGroupActions";
const _FSUGAR = "FailedScheduledUpdateGroupActionRequest";
const _FSUGARa = "FailedScheduledUpdateGroupActionRequests";
const _Fi = "Filter";
const _G = "Granularities";
const _GPSF = "GetPredictiveScalingForecast";
const _GPSFA = "GetPredictiveScalingForecastAnswer";
const _GPSFT = "GetPredictiveScalingForecastType";
const _GT = "GlobalTimeout";
const _Gr = "Granularity";
const _HC = "HonorCooldown";
const _HCGP = "HealthCheckGracePeriod";
const _HCT = "HealthCheckType";
const _HE = "HttpEndpoint";
const _HPRHL = "HttpPutResponseHopLimit";
const _HS = "HealthStatus";
const _HT = "HttpTokens";
const _HTe = "HeartbeatTimeout";
const _I = "Instances";
const _IC = "InstanceCollection";
const _ICIPF = "IdempotentCallInProgressFault";
const _ICn = "InstanceCollections";
const _ID = "InstancesDistribution";
const _IDG = "IncludeDeletedGroups";
const _IF = "InstanceFamily";
const _IG = "InstanceGenerations";
const _II = "InstanceIds";
const _IIP = "IamInstanceProfile";
const _IIRF = "IrreversibleInstanceRefreshFault";
const _IIm = "ImageId";
const _IIn = "IncludeInstances";
const _IIns = "InstanceId";
const _ILP = "InstanceLifecyclePolicy";
const _IM = "InstanceMonitoring";
const _IMO = "InstanceMetadataOptions";
const _IMP = "InstanceMaintenancePolicy";
const _IMR = "IncludeManagedResources";
const _INT = "InvalidNextToken";
const _IPME = "IdempotentParameterMismatchError";
const _IR = "InstanceRefreshes";
const _IRI = "InstanceRefreshId";
const _IRIPF = "InstanceRefreshInProgressFault";
const _IRIn = "InstanceRefreshIds";
const _IRLPP = "InstanceRefreshLivePoolProgress";
const _IRP = "InstanceReusePolicy";
const _IRPD = "InstanceRefreshProgressDetails";
const _IRWPP = "InstanceRefreshWarmPoolProgress";
const _IRn = "InstanceRefresh";
const _IRns = "InstanceRequirements";
const _IT = "InstanceType";
const _ITU = "InstancesToUpdate";
const _ITUOR = "InstancesToUpdateOnRollback";
const _IW = "InstanceWarmup";
const _IZHCB = "ImpairedZoneHealthCheckBehavior";
const _Id = "Id";
const _Ide = "Identifier";
const _In = "Instance";
const _Io = "Iops";
const _K = "Key";
const _KI = "KernelId";
const _KN = "KeyName";
const _L = "Label";
const _LAR = "LifecycleActionResult";
const _LAT = "LifecycleActionToken";
const _LB = "LoadBalancers";
const _LBN = "LoadBalancerNames";
const _LBNo = "LoadBalancerName";
const _LBS = "LoadBalancerState";
const _LBSo = "LoadBalancerStates";
const _LBTG = "LoadBalancerTargetGroups";
const _LBTGARN = "LoadBalancerTargetGroupARN";
const _LBTGS = "LoadBalancerTargetGroupState";
const _LBTGSo = "LoadBalancerTargetGroupStates";
const _LC = "LaunchConfiguration";
const _LCARN = "LaunchConfigurationARN";
const _LCN = "LaunchConfigurationName";
const _LCNT = "LaunchConfigurationNamesType";
const _LCNTa = "LaunchConfigurationNameType";
const _LCNa = "LaunchConfigurationNames";
const _LCT = "LaunchConfigurationsType";
const _LCa = "LaunchConfigurations";
const _LEF = "LimitExceededFault";
const _LF = "LoadForecast";
const _LFo = "LoadForecasts";
const _LH = "LifecycleHooks";
const _LHN = "LifecycleHookName";
const _LHNi = "LifecycleHookNames";
const _LHS = "LifecycleHookSpecification";
const _LHSL = "LifecycleHookSpecificationList";
const _LHSi = "LifecycleHookSpecifications";
const _LHT = "LifecycleHookTypes";
const _LHi = "LifecycleHook";
const _LI = "LaunchInstances";
const _LIE = "LaunchInstancesError";
const _LIEa = "LaunchInstancesErrors";
const _LIR = "LaunchInstancesRequest";
const _LIRa = "LaunchInstancesResult";
const _LPP = "LivePoolProgress";
const _LS = "LifecycleState";
const _LST = "LocalStorageTypes";
const _LSo = "LocalStorage";
const _LT = "LaunchTemplate";
const _LTI = "LaunchTemplateId";
const _LTN = "LaunchTemplateName";
const _LTO = "LaunchTemplateOverrides";
const _LTS = "LaunchTemplateSpecification";
const _LTi = "LifecycleTransition";
const _M = "Message";
const _MAM = "MinAdjustmentMagnitude";
const _MAS = "MinAdjustmentStep";
const _MAT = "MetricAggregationType";
const _MCB = "MaxCapacityBuffer";
const _MCBB = "MaxCapacityBreachBehavior";
const _MCT = "MetricCollectionType";
const _MCTe = "MetricCollectionTypes";
const _MD = "MetricDimension";
const _MDQ = "MetricDataQuery";
const _MDQe = "MetricDataQueries";
const _MDe = "MetricDimensions";
const _MGBPVC = "MemoryGiBPerVCpu";
const _MGBPVCR = "MemoryGiBPerVCpuRequest";
const _MGPC = "MaxGroupPreparedCapacity";
const _MGT = "MetricGranularityType";
const _MGTe = "MetricGranularityTypes";
const _MHP = "MinHealthyPercentage";
const _MHPa = "MaxHealthyPercentage";
const _MIL = "MaxInstanceLifetime";
const _MILB = "MetricIntervalLowerBound";
const _MIP = "MixedInstancesPolicy";
const _MIUB = "MetricIntervalUpperBound";
const _MMB = "MemoryMiB";
const _MMBR = "MemoryMiBRequest";
const _MN = "MetricName";
const _MNOASG = "MaxNumberOfAutoScalingGroups";
const _MNOLC = "MaxNumberOfLaunchConfigurations";
const _MO = "MetadataOptions";
const _MR = "MaxRecords";
const _MS = "MinSize";
const _MSPAPOOODP = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice";
const _MSa = "MaxSize";
const _MSe = "MetricSpecification";
const _MSet = "MetricStat";
const _MSetr = "MetricSpecifications";
const _MT = "MarketType";
const _MV = "MetricValue";
const _Ma = "Max";
const _Me = "Metrics";
const _Met = "Metric";
const _Mi = "Min";
const _Mo = "Mode";
const _N = "Name";
const _NBG = "NetworkBandwidthGbps";
const _NBGR = "NetworkBandwidthGbpsRequest";
const _NC = "NotificationConfigurations";
const _NCo = "NotificationConfiguration";
const _ND = "NoDevice";
const _NIC = "NetworkInterfaceCount";
const _NICR = "NetworkInterfaceCountRequest";
const _NIPFSI = "NewInstancesProtectedFromScaleIn";
const _NM = "NotificationMetadata";
const _NOASG = "NumberOfAutoScalingGroups";
const _NOLC = "NumberOfLaunchConfigurations";
const _NT = "NextToken";
const _NTARN = "NotificationTargetARN";
const _NTo = "NotificationType";
const _NTot = "NotificationTypes";
const _Na = "Namespace";
const _O = "Operator";
const _ODAS = "OnDemandAllocationStrategy";
const _ODBC = "OnDemandBaseCapacity";
const _ODMPPOLP = "OnDemandMaxPricePercentageOverLowestPrice";
const _ODPABC = "OnDemandPercentageAboveBaseCapacity";
const _Ov = "Overrides";
const _P = "Progress";
const _PAL = "PropagateAtLaunch";
const _PARN = "PolicyARN";
const _PARNT = "PolicyARNType";
const _PAS = "PutAccountSetting";
const _PASA = "PutAccountSettingAnswer";
const _PAST = "PutAccountSettingType";
const _PC = "PredictedCapacity";
const _PCOR = "PercentageCompleteOnRollback";
const _PCe = "PercentageComplete";
const _PD = "ProgressDetails";
const _PDOR = "ProgressDetailsOnRollback";
const _PFRR = "PerformanceFactorReferenceRequest";
const _PFRSR = "PerformanceFactorReferenceSetRequest";
const _PFSI = "ProtectedFromScaleIn";
const _PG = "PlacementGroup";
const _PLH = "PutLifecycleHook";
const _PLHA = "PutLifecycleHookAnswer";
const _PLHT = "PutLifecycleHookType";
const _PLMS = "PredefinedLoadMetricSpecification";
const _PMPS = "PredefinedMetricPairSpecification";
const _PMS = "PredefinedMetricSpecification";
const _PMT = "PredefinedMetricType";
const _PN = "PolicyName";
const _PNC = "PutNotificationConfiguration";
const _PNCT = "PutNotificationConfigurationType";
const _PNo = "PolicyNames";
const _PNr = "ProcessName";
const _PS = "PoolState";
const _PSC = "PredictiveScalingConfiguration";
const _PSCCM = "PredictiveScalingCustomizedCapacityMetric";
const _PSCLM = "PredictiveScalingCustomizedLoadMetric";
const _PSCSM = "PredictiveScalingCustomizedScalingMetric";
const _PSMS = "PredictiveScalingMetricSpecification";
const _PSMSr = "PredefinedScalingMetricSpecification";
const _PSMSre = "PredictiveScalingMetricSpecifications";
const _PSP = "PutScalingPolicy";
const _PSPLM = "PredictiveScalingPredefinedLoadMetric";
const _PSPMP = "PredictiveScalingPredefinedMetricPair";
const _PSPSM = "PredictiveScalingPredefinedScalingMetric";
const _PSPT = "PutScalingPolicyType";
const _PSUGA = "PutScheduledUpdateGroupAction";
const _PSUGAT = "PutScheduledUpdateGroupActionType";
const _PT = "PlacementTenancy";
const _PTo = "PolicyTypes";
const _PTol = "PoliciesType";
const _PToli = "PolicyType";
const _PTr = "ProcessesType";
const _PTro = "ProcessType";
const _PWP = "PutWarmPool";
const _PWPA = "PutWarmPoolAnswer";
const _PWPT = "PutWarmPoolType";
const _Pe = "Period";
const _Pr = "Preferences";
const _Pri = "Principal";
const _Pro = "Processes";
const _R = "References";
const _RARN = "RoleARN";
const _RC = "RequestedCapacity";
const _RCF = "ResourceContentionFault";
const _RD = "RollbackDetails";
const _RDe = "ReturnData";
const _RHS = "RequireHibernateSupport";
const _RI = "RamdiskId";
const _RIR = "RollbackInstanceRefresh";
const _RIRA = "RollbackInstanceRefreshAnswer";
const _RIRT = "RollbackInstanceRefreshType";
const _RIUF = "ResourceInUseFault";
const _RIe = "ResourceId";
const _RL = "ResourceLabel";
const _RLAH = "RecordLifecycleActionHeartbeat";
const _RLAHA = "RecordLifecycleActionHeartbeatAnswer";
const _RLAHT = "RecordLifecycleActionHeartbeatType";
const _ROSI = "ReuseOnScaleIn";
const _RP = "RefreshPreferences";
const _RPe = "ResumeProcesses";
const _RR = "RollbackReason";
const _RS = "RetryStrategy";
const _RST = "RollbackStartTime";
const _RT = "RetentionTriggers";
const _RTe = "ResourceType";
const _Re = "Reference";
const _Rec = "Recurrence";
const _S = "Status";
const _SA = "ScalingAdjustment";
const _SAARN = "ScheduledActionARN";
const _SAIPF = "ScalingActivityInProgressFault";
const _SAN = "ScheduledActionNames";
const _SANc = "ScheduledActionName";
const _SAS = "SpotAllocationStrategy";
const _SAT = "ScheduledActionsType";
const _SAt = "StepAdjustments";
const _SAte = "StepAdjustment";
const _SBT = "SchedulingBufferTime";
const _SC = "StatusCode";
const _SDC = "SetDesiredCapacity";
const _SDCT = "SetDesiredCapacityType";
const _SDDC = "ShouldDecrementDesiredCapacity";
const _SG = "SecurityGroups";
const _SI = "SnapshotId";
const _SIH = "SetInstanceHealth";
const _SIHQ = "SetInstanceHealthQuery";
const _SIP = "SpotInstancePools";
const _SIPA = "SetInstanceProtectionAnswer";
const _SIPI = "ScaleInProtectedInstances";
const _SIPQ = "SetInstanceProtectionQuery";
const _SIPe = "SetInstanceProtection";
const _SIR = "StartInstanceRefresh";
const _SIRA = "StartInstanceRefreshAnswer";
const _SIRT = "StartInstanceRefreshType";
const _SIt = "StandbyInstances";
const _SIu = "SubnetId";
const _SIub = "SubnetIds";
const _SLRARN = "ServiceLinkedRoleARN";
const _SLRF = "ServiceLinkedRoleFailure";
const _SM = "StatusMessage";
const _SMP = "SpotMaxPrice";
const _SMPPOLP = "SpotMaxPricePercentageOverLowestPrice";
const _SMk = "SkipMatching";
const _SP = "SuspendedProcesses";
const _SPQ = "ScalingProcessQuery";
const _SPc = "ScalingPolicies";
const _SPca = "ScalingPolicy";
const _SPcal = "ScalingProcesses";
const _SPp = "SpotPrice";
const _SPu = "SuspendedProcess";
const _SPus = "SuspendProcesses";
const _SR = "StatusReason";
const _SRGP = "ShouldRespectGracePeriod";
const _SRu = "SuspensionReason";
const _ST = "StartTime";
const _SUGA = "ScheduledUpdateGroupActions";
const _SUGAR = "ScheduledUpdateGroupActionRequest";
const _SUGARc = "ScheduledUpdateGroupActionRequests";
const _SUGAc = "ScheduledUpdateGroupAction";
const _SZSV = "SkipZonalShiftValidation";
const _Se = "Settings";
const _St = "Statistic";
const _Sta = "State";
const _Stat = "Stat";
const _Str = "Strategy";
const _T = "Tags";
const _TARN = "TopicARN";
const _TCT = "TargetCapacityTypes";
const _TD = "TagDescription";
const _TDL = "TagDescriptionList";
const _TGARN = "TargetGroupARNs";
const _THA = "TerminateHookAbandon";
const _TIIASG = "TerminateInstanceInAutoScalingGroup";
const _TIIASGT = "TerminateInstanceInAutoScalingGroupType";
const _TLSGB = "TotalLocalStorageGB";
const _TLSGBR = "TotalLocalStorageGBRequest";
const _TP = "TerminationPolicies";
const _TPT = "TerminationPolicyTypes";
const _TS = "TrafficSources";
const _TSI = "TrafficSourceIdentifier";
const _TSS = "TrafficSourceState";
const _TSSr = "TrafficSourceStates";
const _TST = "TrafficSourceType";
const _TSr = "TrafficSource";
const _TT = "TagsType";
const _TTC = "TargetTrackingConfiguration";
const _TTMDQ = "TargetTrackingMetricDataQuery";
const _TTMDQa = "TargetTrackingMetricDataQueries";
const _TTMS = "TargetTrackingMetricStat";
const _TV = "TargetValue";
const _TZ = "TimeZone";
const _Ta = "Tag";
const _Th = "Throughput";
const _Ti = "Timestamps";
const _Tim = "Time";
const _Ty = "Type";
const _U = "Unit";
const _UASG = "UpdateAutoScalingGroup";
const _UASGT = "UpdateAutoScalingGroupType";
const _UD = "UserData";
const _UT = "UpdateTime";
const _V = "Value";
const _VCC = "VCpuCount";
const _VCCR = "VCpuCountRequest";
const _VN = "VirtualName";
const _VPCZI = "VPCZoneIdentifier";
const _VS = "VolumeSize";
const _VT = "VolumeType";
const _Va = "Values";
const _Ve = "Version";
const _WC = "WeightedCapacity";
const _WFTI = "WaitForTransitioningInstances";
const _WPC = "WarmPoolConfiguration";
const _WPP = "WarmPoolProgress";
const _WPS = "WarmPoolSize";
const _ZSE = "ZonalShiftEnabled";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _i = "item";
const _m = "message";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.autoscaling";
const _se = "server";
const _xN = "xmlName";
const n0 = "com.amazonaws.autoscaling";
const _s_registry = new TypeRegistry(_s);
var AutoScalingServiceException$ = [-3, _s, "AutoScalingServiceException", 0, [], []];
_s_registry.registerError(AutoScalingServiceException$, AutoScalingServiceException);
const n0_registry = new TypeRegistry(n0);
var ActiveInstanceRefreshNotFoundFault$ = [-3, n0, _AIRNFF,
    { [_aQE]: [`ActiveInstanceRefreshNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ActiveInstanceRefreshNotFoundFault$, ActiveInstanceRefreshNotFoundFault);
var AlreadyExistsFault$ = [-3, n0, _AEF,
    { [_aQE]: [`AlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(AlreadyExistsFault$, AlreadyExistsFault);
var IdempotentCallInProgressFault$ = [-3, n0, _ICIPF,
    { [_aQE]: [`IdempotentCallInProgress`, 500], [_e]: _se, [_hE]: 500 },
    [_M],
    [0]
];
n0_registry.registerError(IdempotentCallInProgressFault$, IdempotentCallInProgressFault);
var IdempotentParameterMismatchError$ = [-3, n0, _IPME,
    { [_aQE]: [`IdempotentParameterMismatch`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(IdempotentParameterMismatchError$, IdempotentParameterMismatchError);
var InstanceRefreshInProgressFault$ = [-3, n0, _IRIPF,
    { [_aQE]: [`InstanceRefreshInProgress`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InstanceRefreshInProgressFault$, InstanceRefreshInProgressFault);
var InvalidNextToken$ = [-3, n0, _INT,
    { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
var IrreversibleInstanceRefreshFault$ = [-3, n0, _IIRF,
    { [_aQE]: [`IrreversibleInstanceRefresh`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(IrreversibleInstanceRefreshFault$, IrreversibleInstanceRefreshFault);
var LimitExceededFault$ = [-3, n0, _LEF,
    { [_aQE]: [`LimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
var ResourceContentionFault$ = [-3, n0, _RCF,
    { [_aQE]: [`ResourceContention`, 500], [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceContentionFault$, ResourceContentionFault);
var ResourceInUseFault$ = [-3, n0, _RIUF,
    { [_aQE]: [`ResourceInUse`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceInUseFault$, ResourceInUseFault);
var ScalingActivityInProgressFault$ = [-3, n0, _SAIPF,
    { [_aQE]: [`ScalingActivityInProgress`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ScalingActivityInProgressFault$, ScalingActivityInProgressFault);
var ServiceLinkedRoleFailure$ = [-3, n0, _SLRF,
    { [_aQE]: [`ServiceLinkedRoleFailure`, 500], [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceLinkedRoleFailure$, ServiceLinkedRoleFailure);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AcceleratorCountRequest$ = [3, n0, _ACR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var AcceleratorTotalMemoryMiBRequest$ = [3, n0, _ATMMBR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var AccountSetting$ = [3, n0, _AS,
    0,
    [_N, _V, _ET, _ED, _DV, _EV],
    [0, 0, 0, 4, 0, 0]
];
var ActivitiesType$ = [3, n0, _AT,
    0,
    [_A, _NT],
    [() => Activities, 0], 1
];
var Activity$ = [3, n0, _Ac,
    0,
    [_AI, _ASGN, _C, _ST, _SC, _D, _ETn, _SM, _P, _De, _ASGS, _ASGARN],
    [0, 0, 0, 4, 0, 0, 4, 0, 1, 0, 0, 0], 5
];
var ActivityType$ = [3, n0, _ATc,
    0,
    [_Ac, _A],
    [() => Activity$, () => Activities]
];
var AdjustmentType$ = [3, n0, _ATd,
    0,
    [_ATd],
    [0]
];
var Alarm$ = [3, n0, _Al,
    0,
    [_AN, _AARN],
    [0, 0]
];
var AlarmSpecification$ = [3, n0, _ASl,
    0,
    [_Ala],
    [64 | 0]
];
var AttachInstancesQuery$ = [3, n0, _AIQ,
    0,
    [_ASGN, _II],
    [0, 64 | 0], 1
];
var AttachLoadBalancersResultType$ = [3, n0, _ALBRT,
    0,
    [],
    []
];
var AttachLoadBalancersType$ = [3, n0, _ALBT,
    0,
    [_ASGN, _LBN],
    [0, 64 | 0], 2
];
var AttachLoadBalancerTargetGroupsResultType$ = [3, n0, _ALBTGRT,
    0,
    [],
    []
];
var AttachLoadBalancerTargetGroupsType$ = [3, n0, _ALBTGT,
    0,
    [_ASGN, _TGARN],
    [0, 64 | 0], 2
];
var AttachTrafficSourcesResultType$ = [3, n0, _ATSRT,
    0,
    [],
    []
];
var AttachTrafficSourcesType$ = [3, n0, _ATST,
    0,
    [_ASGN, _TS, _SZSV],
    [0, () => TrafficSources, 2], 2
];
var AutoScalingGroup$ = [3, n0, _ASG,
    0,
    [_ASGN, _MS, _MSa, _DC, _DCe, _AZ, _HCT, _CT, _ASGARN, _LCN, _LT, _MIP, _PC, _AZI, _LBN, _TGARN, _HCGP, _I, _SP, _PG, _VPCZI, _EM, _S, _T, _TP, _NIPFSI, _SLRARN, _MIL, _CR, _WPC, _WPS, _Co, _DCT, _DIW, _TS, _IMP, _DP, _AZD, _AZIP, _CRS, _ILP, _O],
    [0, 1, 1, 1, 1, 64 | 0, 0, 4, 0, 0, () => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0], 1, 64 | 0, 64 | 0, 64 | 0, 1, () => Instances, () => SuspendedProcesses, 0, 0, () => EnabledMetrics, 0, () => TagDescriptionList, 64 | 0, 2, 0, 1, 2, () => WarmPoolConfiguration$, 1, 0, 0, 1, () => TrafficSources, () => InstanceMaintenancePolicy$, 0, () => AvailabilityZoneDistribution$, () => AvailabilityZoneImpairmentPolicy$, () => CapacityReservationSpecification$, () => InstanceLifecyclePolicy$, () => Operator$], 8
];
var AutoScalingGroupNamesType$ = [3, n0, _ASGNT,
    0,
    [_ASGNu, _IIn, _IMR, _NT, _MR, _F],
    [64 | 0, 2, 2, 0, 1, () => Filters]
];
var AutoScalingGroupsType$ = [3, n0, _ASGT,
    0,
    [_ASGu, _NT],
    [[() => AutoScalingGroups, 0], 0], 1
];
var AutoScalingInstanceDetails$ = [3, n0, _ASID,
    0,
    [_IIns, _ASGN, _AZv, _LS, _HS, _PFSI, _IT, _AZIv, _LCN, _LT, _IIm, _WC],
    [0, 0, 0, 0, 0, 2, 0, 0, 0, () => LaunchTemplateSpecification$, 0, 0], 6
];
var AutoScalingInstancesType$ = [3, n0, _ASIT,
    0,
    [_ASI, _NT],
    [() => AutoScalingInstances, 0]
];
var AvailabilityZoneDistribution$ = [3, n0, _AZD,
    0,
    [_CDS],
    [0]
];
var AvailabilityZoneImpairmentPolicy$ = [3, n0, _AZIP,
    0,
    [_ZSE, _IZHCB],
    [2, 0]
];
var BaselineEbsBandwidthMbpsRequest$ = [3, n0, _BEBMR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var BaselinePerformanceFactorsRequest$ = [3, n0, _BPFR,
    0,
    [_Cp],
    [[() => CpuPerformanceFactorRequest$, 0]]
];
var BatchDeleteScheduledActionAnswer$ = [3, n0, _BDSAA,
    0,
    [_FSA],
    [() => FailedScheduledUpdateGroupActionRequests]
];
var BatchDeleteScheduledActionType$ = [3, n0, _BDSAT,
    0,
    [_ASGN, _SAN],
    [0, 64 | 0], 2
];
var BatchPutScheduledUpdateGroupActionAnswer$ = [3, n0, _BPSUGAA,
    0,
    [_FSUGA],
    [() => FailedScheduledUpdateGroupActionRequests]
];
var BatchPutScheduledUpdateGroupActionType$ = [3, n0, _BPSUGAT,
    0,
    [_ASGN, _SUGA],
    [0, () => ScheduledUpdateGroupActionRequests], 2
];
var BlockDeviceMapping$ = [3, n0, _BDM,
    0,
    [_DN, _VN, _E, _ND],
    [0, 0, () => Ebs$, 2], 1
];
var CancelInstanceRefreshAnswer$ = [3, n0, _CIRA,
    0,
    [_IRI],
    [0]
];
var CancelInstanceRefreshType$ = [3, n0, _CIRT,
    0,
    [_ASGN, _WFTI],
    [0, 2], 1
];
var CapacityForecast$ = [3, n0, _CF,
    0,
    [_Ti, _Va],
    [64 | 4, 64 | 1], 2
];
var CapacityReservationSpecification$ = [3, n0, _CRS,
    0,
    [_CRP, _CRT],
    [0, () => CapacityReservationTarget$]
];
var CapacityReservationTarget$ = [3, n0, _CRT,
    0,
    [_CRI, _CRRGA],
    [64 | 0, 64 | 0]
];
var CompleteLifecycleActionAnswer$ = [3, n0, _CLAA,
    0,
    [],
    []
];
var CompleteLifecycleActionType$ = [3, n0, _CLAT,
    0,
    [_LHN, _ASGN, _LAR, _LAT, _IIns],
    [0, 0, 0, 0, 0], 3
];
var CpuPerformanceFactorRequest$ = [3, n0, _CPFR,
    0,
    [_R],
    [[() => PerformanceFactorReferenceSetRequest, { [_xN]: _Re }]]
];
var CreateAutoScalingGroupType$ = [3, n0, _CASGT,
    0,
    [_ASGN, _MS, _MSa, _LCN, _LT, _MIP, _IIns, _DC, _DCe, _AZ, _AZI, _LBN, _TGARN, _HCT, _HCGP, _PG, _VPCZI, _TP, _NIPFSI, _CR, _LHSL, _DP, _T, _SLRARN, _MIL, _Co, _DCT, _DIW, _TS, _IMP, _AZD, _AZIP, _SZSV, _CRS, _ILP, _O],
    [0, 1, 1, 0, () => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0], 0, 1, 1, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 0, 1, 0, 0, 64 | 0, 2, 2, () => LifecycleHookSpecifications, 0, () => Tags, 0, 1, 0, 0, 1, () => TrafficSources, () => InstanceMaintenancePolicy$, () => AvailabilityZoneDistribution$, () => AvailabilityZoneImpairmentPolicy$, 2, () => CapacityReservationSpecification$, () => InstanceLifecyclePolicy$, () => Operator$], 3
];
var CreateLaunchConfigurationType$ = [3, n0, _CLCT,
    0,
    [_LCN, _IIm, _KN, _SG, _CLVPCI, _CLVPCSG, _UD, _IIns, _IT, _KI, _RI, _BDMl, _IM, _SPp, _IIP, _EO, _APIA, _PT, _MO],
    [0, 0, 0, 64 | 0, 0, 64 | 0, 0, 0, 0, 0, 0, () => BlockDeviceMappings, () => InstanceMonitoring$, 0, 0, 2, 2, 0, () => InstanceMetadataOptions$], 1
];
var CreateOrUpdateTagsType$ = [3, n0, _COUTT,
    0,
    [_T],
    [() => Tags], 1
];
var CustomizedMetricSpecification$ = [3, n0, _CMS,
    0,
    [_MN, _Na, _Di, _St, _U, _Pe, _Me],
    [0, 0, () => MetricDimensions, 0, 0, 1, () => TargetTrackingMetricDataQueries]
];
var DeleteAutoScalingGroupType$ = [3, n0, _DASGT,
    0,
    [_ASGN, _FD],
    [0, 2], 1
];
var DeleteLifecycleHookAnswer$ = [3, n0, _DLHA,
    0,
    [],
    []
];
var DeleteLifecycleHookType$ = [3, n0, _DLHT,
    0,
    [_LHN, _ASGN],
    [0, 0], 2
];
var DeleteNotificationConfigurationType$ = [3, n0, _DNCT,
    0,
    [_ASGN, _TARN],
    [0, 0], 2
];
var DeletePolicyType$ = [3, n0, _DPT,
    0,
    [_PN, _ASGN],
    [0, 0], 1
];
var DeleteScheduledActionType$ = [3, n0, _DSAT,
    0,
    [_ASGN, _SANc],
    [0, 0], 2
];
var DeleteTagsType$ = [3, n0, _DTT,
    0,
    [_T],
    [() => Tags], 1
];
var DeleteWarmPoolAnswer$ = [3, n0, _DWPA,
    0,
    [],
    []
];
var DeleteWarmPoolType$ = [3, n0, _DWPT,
    0,
    [_ASGN, _FD],
    [0, 2], 1
];
var DescribeAccountLimitsAnswer$ = [3, n0, _DALA,
    0,
    [_MNOASG, _MNOLC, _NOASG, _NOLC],
    [1, 1, 1, 1]
];
var DescribeAccountSettingsAnswer$ = [3, n0, _DASA,
    0,
    [_Se, _NT],
    [() => AccountSettings, 0]
];
var DescribeAccountSettingsType$ = [3, n0, _DAST,
    0,
    [_N, _NT, _MR],
    [0, 0, 1]
];
var DescribeAdjustmentTypesAnswer$ = [3, n0, _DATA,
    0,
    [_ATdj],
    [() => AdjustmentTypes]
];
var DescribeAutoScalingInstancesType$ = [3, n0, _DASIT,
    0,
    [_II, _IMR, _MR, _NT],
    [64 | 0, 2, 1, 0]
];
var DescribeAutoScalingNotificationTypesAnswer$ = [3, n0, _DASNTA,
    0,
    [_ASNT],
    [64 | 0]
];
var DescribeInstanceRefreshesAnswer$ = [3, n0, _DIRA,
    0,
    [_IR, _NT],
    [[() => InstanceRefreshes, 0], 0]
];
var DescribeInstanceRefreshesType$ = [3, n0, _DIRT,
    0,
    [_ASGN, _IRIn, _NT, _MR],
    [0, 64 | 0, 0, 1], 1
];
var DescribeLifecycleHooksAnswer$ = [3, n0, _DLHAe,
    0,
    [_LH],
    [() => LifecycleHooks]
];
var DescribeLifecycleHooksType$ = [3, n0, _DLHTe,
    0,
    [_ASGN, _LHNi],
    [0, 64 | 0], 1
];
var DescribeLifecycleHookTypesAnswer$ = [3, n0, _DLHTA,
    0,
    [_LHT],
    [64 | 0]
];
var DescribeLoadBalancersRequest$ = [3, n0, _DLBR,
    0,
    [_ASGN, _NT, _MR],
    [0, 0, 1], 1
];
var DescribeLoadBalancersResponse$ = [3, n0, _DLBRe,
    0,
    [_LB, _NT],
    [() => LoadBalancerStates, 0]
];
var DescribeLoadBalancerTargetGroupsRequest$ = [3, n0, _DLBTGR,
    0,
    [_ASGN, _NT, _MR],
    [0, 0, 1], 1
];
var DescribeLoadBalancerTargetGroupsResponse$ = [3, n0, _DLBTGRe,
    0,
    [_LBTG, _NT],
    [() => LoadBalancerTargetGroupStates, 0]
];
var DescribeMetricCollectionTypesAnswer$ = [3, n0, _DMCTA,
    0,
    [_Me, _G],
    [() => MetricCollectionTypes, () => MetricGranularityTypes]
];
var DescribeNotificationConfigurationsAnswer$ = [3, n0, _DNCA,
    0,
    [_NC, _NT],
    [() => NotificationConfigurations, 0], 1
];
var DescribeNotificationConfigurationsType$ = [3, n0, _DNCTe,
    0,
    [_ASGNu, _IMR, _NT, _MR],
    [64 | 0, 2, 0, 1]
];
var DescribePoliciesType$ = [3, n0, _DPTe,
    0,
    [_ASGN, _PNo, _PTo, _IMR, _NT, _MR],
    [0, 64 | 0, 64 | 0, 2, 0, 1]
];
var DescribeScalingActivitiesType$ = [3, n0, _DSATe,
    0,
    [_AIc, _ASGN, _IDG, _IMR, _MR, _NT, _F],
    [64 | 0, 0, 2, 2, 1, 0, () => Filters]
];
var DescribeScheduledActionsType$ = [3, n0, _DSATes,
    0,
    [_ASGN, _SAN, _ST, _ETn, _IMR, _NT, _MR],
    [0, 64 | 0, 4, 4, 2, 0, 1]
];
var DescribeTagsType$ = [3, n0, _DTTe,
    0,
    [_F, _IMR, _NT, _MR],
    [() => Filters, 2, 0, 1]
];
var DescribeTerminationPolicyTypesAnswer$ = [3, n0, _DTPTA,
    0,
    [_TPT],
    [64 | 0]
];
var DescribeTrafficSourcesRequest$ = [3, n0, _DTSR,
    0,
    [_ASGN, _TST, _NT, _MR],
    [0, 0, 0, 1], 1
];
var DescribeTrafficSourcesResponse$ = [3, n0, _DTSRe,
    0,
    [_TS, _NT],
    [() => TrafficSourceStates, 0]
];
var DescribeWarmPoolAnswer$ = [3, n0, _DWPAe,
    0,
    [_WPC, _I, _NT],
    [() => WarmPoolConfiguration$, () => Instances, 0]
];
var DescribeWarmPoolType$ = [3, n0, _DWPTe,
    0,
    [_ASGN, _MR, _NT],
    [0, 1, 0], 1
];
var DesiredConfiguration$ = [3, n0, _DCes,
    0,
    [_LT, _MIP],
    [() => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0]]
];
var DetachInstancesAnswer$ = [3, n0, _DIA,
    0,
    [_A],
    [() => Activities]
];
var DetachInstancesQuery$ = [3, n0, _DIQ,
    0,
    [_ASGN, _SDDC, _II],
    [0, 2, 64 | 0], 2
];
var DetachLoadBalancersResultType$ = [3, n0, _DLBRT,
    0,
    [],
    []
];
var DetachLoadBalancersType$ = [3, n0, _DLBT,
    0,
    [_ASGN, _LBN],
    [0, 64 | 0], 2
];
var DetachLoadBalancerTargetGroupsResultType$ = [3, n0, _DLBTGRT,
    0,
    [],
    []
];
var DetachLoadBalancerTargetGroupsType$ = [3, n0, _DLBTGT,
    0,
    [_ASGN, _TGARN],
    [0, 64 | 0], 2
];
var DetachTrafficSourcesResultType$ = [3, n0, _DTSRT,
    0,
    [],
    []
];
var DetachTrafficSourcesType$ = [3, n0, _DTST,
    0,
    [_ASGN, _TS],
    [0, () => TrafficSources], 2
];
var DisableMetricsCollectionQuery$ = [3, n0, _DMCQ,
    0,
    [_ASGN, _Me],
    [0, 64 | 0], 1
];
var DistributionSegment$ = [3, n0, _DS,
    0,
    [_TCT],
    [64 | 0]
];
var Ebs$ = [3, n0, _E,
    0,
    [_SI, _VS, _VT, _DOT, _Io, _En, _Th],
    [0, 1, 0, 2, 1, 2, 1]
];
var EnabledMetric$ = [3, n0, _EMn,
    0,
    [_Met, _Gr],
    [0, 0]
];
var EnableMetricsCollectionQuery$ = [3, n0, _EMCQ,
    0,
    [_ASGN, _Gr, _Me],
    [0, 0, 64 | 0], 2
];
var EnterStandbyAnswer$ = [3, n0, _ESA,
    0,
    [_A],
    [() => Activities]
];
var EnterStandbyQuery$ = [3, n0, _ESQ,
    0,
    [_ASGN, _SDDC, _II],
    [0, 2, 64 | 0], 2
];
var ExecutePolicyType$ = [3, n0, _EPT,
    0,
    [_PN, _ASGN, _HC, _MV, _BT],
    [0, 0, 2, 1, 1], 1
];
var ExitStandbyAnswer$ = [3, n0, _ESAx,
    0,
    [_A],
    [() => Activities]
];
var ExitStandbyQuery$ = [3, n0, _ESQx,
    0,
    [_ASGN, _II],
    [0, 64 | 0], 1
];
var FailedScheduledUpdateGroupActionRequest$ = [3, n0, _FSUGAR,
    0,
    [_SANc, _EC, _EMr],
    [0, 0, 0], 1
];
var Filter$ = [3, n0, _Fi,
    0,
    [_N, _Va],
    [0, 64 | 0]
];
var GetPredictiveScalingForecastAnswer$ = [3, n0, _GPSFA,
    0,
    [_LF, _CF, _UT],
    [() => LoadForecasts, () => CapacityForecast$, 4], 3
];
var GetPredictiveScalingForecastType$ = [3, n0, _GPSFT,
    0,
    [_ASGN, _PN, _ST, _ETn],
    [0, 0, 4, 4], 4
];
var Instance$ = [3, n0, _In,
    0,
    [_IIns, _AZv, _LS, _HS, _PFSI, _IT, _AZIv, _LCN, _LT, _IIm, _WC],
    [0, 0, 0, 0, 2, 0, 0, 0, () => LaunchTemplateSpecification$, 0, 0], 5
];
var InstanceCollection$ = [3, n0, _IC,
    0,
    [_IT, _MT, _SIu, _AZv, _AZIv, _II],
    [0, 0, 0, 0, 0, 64 | 0]
];
var InstanceLifecyclePolicy$ = [3, n0, _ILP,
    0,
    [_RT],
    [() => RetentionTriggers$]
];
var InstanceMaintenancePolicy$ = [3, n0, _IMP,
    0,
    [_MHP, _MHPa],
    [1, 1]
];
var InstanceMetadataOptions$ = [3, n0, _IMO,
    0,
    [_HT, _HPRHL, _HE],
    [0, 1, 0]
];
var InstanceMonitoring$ = [3, n0, _IM,
    0,
    [_Ena],
    [2]
];
var InstanceRefresh$ = [3, n0, _IRn,
    0,
    [_IRI, _ASGN, _S, _SR, _ST, _ETn, _PCe, _ITU, _PD, _Pr, _DCes, _RD, _Str],
    [0, 0, 0, 0, 4, 4, 1, 1, () => InstanceRefreshProgressDetails$, () => RefreshPreferences$, [() => DesiredConfiguration$, 0], () => RollbackDetails$, 0]
];
var InstanceRefreshLivePoolProgress$ = [3, n0, _IRLPP,
    0,
    [_PCe, _ITU],
    [1, 1]
];
var InstanceRefreshProgressDetails$ = [3, n0, _IRPD,
    0,
    [_LPP, _WPP],
    [() => InstanceRefreshLivePoolProgress$, () => InstanceRefreshWarmPoolProgress$]
];
var InstanceRefreshWarmPoolProgress$ = [3, n0, _IRWPP,
    0,
    [_PCe, _ITU],
    [1, 1]
];
var InstanceRequirements$ = [3, n0, _IRns,
    0,
    [_VCC, _MMB, _CM, _MGBPVC, _EIT, _IG, _SMPPOLP, _MSPAPOOODP, _ODMPPOLP, _BM, _BP, _RHS, _NIC, _LSo, _LST, _TLSGB, _BEBM, _ATcc, _AC, _AM, _ANc, _ATMMB, _NBG, _AIT, _BPF],
    [() => VCpuCountRequest$, () => MemoryMiBRequest$, 64 | 0, () => MemoryGiBPerVCpuRequest$, 64 | 0, 64 | 0, 1, 1, 1, 0, 0, 2, () => NetworkInterfaceCountRequest$, 0, 64 | 0, () => TotalLocalStorageGBRequest$, () => BaselineEbsBandwidthMbpsRequest$, 64 | 0, () => AcceleratorCountRequest$, 64 | 0, 64 | 0, () => AcceleratorTotalMemoryMiBRequest$, () => NetworkBandwidthGbpsRequest$, 64 | 0, [() => BaselinePerformanceFactorsRequest$, 0]], 2
];
var InstanceReusePolicy$ = [3, n0, _IRP,
    0,
    [_ROSI],
    [2]
];
var InstancesDistribution$ = [3, n0, _ID,
    0,
    [_ODAS, _ODBC, _ODPABC, _SAS, _SIP, _SMP, _DSi],
    [0, 1, 1, 0, 1, 0, () => DistributionSegments]
];
var LaunchConfiguration$ = [3, n0, _LC,
    0,
    [_LCN, _IIm, _IT, _CT, _LCARN, _KN, _SG, _CLVPCI, _CLVPCSG, _UD, _KI, _RI, _BDMl, _IM, _SPp, _IIP, _EO, _APIA, _PT, _MO],
    [0, 0, 0, 4, 0, 0, 64 | 0, 0, 64 | 0, 0, 0, 0, () => BlockDeviceMappings, () => InstanceMonitoring$, 0, 0, 2, 2, 0, () => InstanceMetadataOptions$], 4
];
var LaunchConfigurationNamesType$ = [3, n0, _LCNT,
    0,
    [_LCNa, _NT, _MR],
    [64 | 0, 0, 1]
];
var LaunchConfigurationNameType$ = [3, n0, _LCNTa,
    0,
    [_LCN],
    [0], 1
];
var LaunchConfigurationsType$ = [3, n0, _LCT,
    0,
    [_LCa, _NT],
    [() => LaunchConfigurations, 0], 1
];
var LaunchInstancesError$ = [3, n0, _LIE,
    0,
    [_IT, _MT, _SIu, _AZv, _AZIv, _EC, _EMr],
    [0, 0, 0, 0, 0, 0, 0]
];
var LaunchInstancesRequest$ = [3, n0, _LIR,
    0,
    [_ASGN, _RC, _CTl, _AZ, _AZI, _SIub, _RS],
    [0, 1, [0, 4], 64 | 0, 64 | 0, 64 | 0, 0], 2
];
var LaunchInstancesResult$ = [3, n0, _LIRa,
    0,
    [_ASGN, _CTl, _I, _Er],
    [0, 0, () => InstanceCollections, () => LaunchInstancesErrors]
];
var LaunchTemplate$ = [3, n0, _LT,
    0,
    [_LTS, _Ov],
    [() => LaunchTemplateSpecification$, [() => Overrides, 0]]
];
var LaunchTemplateOverrides$ = [3, n0, _LTO,
    0,
    [_IT, _WC, _LTS, _IRns, _IIm],
    [0, 0, () => LaunchTemplateSpecification$, [() => InstanceRequirements$, 0], 0]
];
var LaunchTemplateSpecification$ = [3, n0, _LTS,
    0,
    [_LTI, _LTN, _Ve],
    [0, 0, 0]
];
var LifecycleHook$ = [3, n0, _LHi,
    0,
    [_LHN, _ASGN, _LTi, _NTARN, _RARN, _NM, _HTe, _GT, _DR],
    [0, 0, 0, 0, 0, 0, 1, 1, 0]
];
var LifecycleHookSpecification$ = [3, n0, _LHS,
    0,
    [_LHN, _LTi, _NM, _HTe, _DR, _NTARN, _RARN],
    [0, 0, 0, 1, 0, 0, 0], 2
];
var LoadBalancerState$ = [3, n0, _LBS,
    0,
    [_LBNo, _Sta],
    [0, 0]
];
var LoadBalancerTargetGroupState$ = [3, n0, _LBTGS,
    0,
    [_LBTGARN, _Sta],
    [0, 0]
];
var LoadForecast$ = [3, n0, _LF,
    0,
    [_Ti, _Va, _MSe],
    [64 | 4, 64 | 1, () => PredictiveScalingMetricSpecification$], 3
];
var MemoryGiBPerVCpuRequest$ = [3, n0, _MGBPVCR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var MemoryMiBRequest$ = [3, n0, _MMBR,
    0,
    [_Mi, _Ma],
    [1, 1], 1
];
var Metric$ = [3, n0, _Met,
    0,
    [_Na, _MN, _Di],
    [0, 0, () => MetricDimensions], 2
];
var MetricCollectionType$ = [3, n0, _MCT,
    0,
    [_Met],
    [0]
];
var MetricDataQuery$ = [3, n0, _MDQ,
    0,
    [_Id, _Ex, _MSet, _L, _RDe],
    [0, 0, () => MetricStat$, 0, 2], 1
];
var MetricDimension$ = [3, n0, _MD,
    0,
    [_N, _V],
    [0, 0], 2
];
var MetricGranularityType$ = [3, n0, _MGT,
    0,
    [_Gr],
    [0]
];
var MetricStat$ = [3, n0, _MSet,
    0,
    [_Met, _Stat, _U],
    [() => Metric$, 0, 0], 2
];
var MixedInstancesPolicy$ = [3, n0, _MIP,
    0,
    [_LT, _ID],
    [[() => LaunchTemplate$, 0], () => InstancesDistribution$]
];
var NetworkBandwidthGbpsRequest$ = [3, n0, _NBGR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var NetworkInterfaceCountRequest$ = [3, n0, _NICR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var NotificationConfiguration$ = [3, n0, _NCo,
    0,
    [_ASGN, _TARN, _NTo],
    [0, 0, 0]
];
var Operator$ = [3, n0, _O,
    0,
    [_Pri],
    [0], 1
];
var PerformanceFactorReferenceRequest$ = [3, n0, _PFRR,
    0,
    [_IF],
    [0]
];
var PoliciesType$ = [3, n0, _PTol,
    0,
    [_SPc, _NT],
    [() => ScalingPolicies, 0]
];
var PolicyARNType$ = [3, n0, _PARNT,
    0,
    [_PARN, _Ala],
    [0, () => Alarms]
];
var PredefinedMetricSpecification$ = [3, n0, _PMS,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var PredictiveScalingConfiguration$ = [3, n0, _PSC,
    0,
    [_MSetr, _Mo, _SBT, _MCBB, _MCB],
    [() => PredictiveScalingMetricSpecifications, 0, 1, 0, 1], 1
];
var PredictiveScalingCustomizedCapacityMetric$ = [3, n0, _PSCCM,
    0,
    [_MDQe],
    [() => MetricDataQueries], 1
];
var PredictiveScalingCustomizedLoadMetric$ = [3, n0, _PSCLM,
    0,
    [_MDQe],
    [() => MetricDataQueries], 1
];
var PredictiveScalingCustomizedScalingMetric$ = [3, n0, _PSCSM,
    0,
    [_MDQe],
    [() => MetricDataQueries], 1
];
var PredictiveScalingMetricSpecification$ = [3, n0, _PSMS,
    0,
    [_TV, _PMPS, _PSMSr, _PLMS, _CSMS, _CLMS, _CCMS],
    [1, () => PredictiveScalingPredefinedMetricPair$, () => PredictiveScalingPredefinedScalingMetric$, () => PredictiveScalingPredefinedLoadMetric$, () => PredictiveScalingCustomizedScalingMetric$, () => PredictiveScalingCustomizedLoadMetric$, () => PredictiveScalingCustomizedCapacityMetric$], 1
];
var PredictiveScalingPredefinedLoadMetric$ = [3, n0, _PSPLM,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var PredictiveScalingPredefinedMetricPair$ = [3, n0, _PSPMP,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var PredictiveScalingPredefinedScalingMetric$ = [3, n0, _PSPSM,
    0,
    [_PMT, _RL],
    [0, 0], 1
];
var ProcessesType$ = [3, n0, _PTr,
    0,
    [_Pro],
    [() => Processes]
];
var ProcessType$ = [3, n0, _PTro,
    0,
    [_PNr],
    [0], 1
];
var PutAccountSettingAnswer$ = [3, n0, _PASA,
    0,
    [],
    []
];
var PutAccountSettingType$ = [3, n0, _PAST,
    0,
    [_N, _V],
    [0, 0], 2
];
var PutLifecycleHookAnswer$ = [3, n0, _PLHA,
    0,
    [],
    []
];
var PutLifecycleHookType$ = [3, n0, _PLHT,
    0,
    [_LHN, _ASGN, _LTi, _RARN, _NTARN, _NM, _HTe, _DR],
    [0, 0, 0, 0, 0, 0, 1, 0], 2
];
var PutNotificationConfigurationType$ = [3, n0, _PNCT,
    0,
    [_ASGN, _TARN, _NTot],
    [0, 0, 64 | 0], 3
];
var PutScalingPolicyType$ = [3, n0, _PSPT,
    0,
    [_ASGN, _PN, _PToli, _ATd, _MAS, _MAM, _SA, _Coo, _MAT, _SAt, _EIW, _TTC, _Ena, _PSC],
    [0, 0, 0, 0, 1, 1, 1, 1, 0, () => StepAdjustments, 1, () => TargetTrackingConfiguration$, 2, () => PredictiveScalingConfiguration$], 2
];
var PutScheduledUpdateGroupActionType$ = [3, n0, _PSUGAT,
    0,
    [_ASGN, _SANc, _Tim, _ST, _ETn, _Rec, _MS, _MSa, _DC, _TZ],
    [0, 0, 4, 4, 4, 0, 1, 1, 1, 0], 2
];
var PutWarmPoolAnswer$ = [3, n0, _PWPA,
    0,
    [],
    []
];
var PutWarmPoolType$ = [3, n0, _PWPT,
    0,
    [_ASGN, _MGPC, _MS, _PS, _IRP],
    [0, 1, 1, 0, () => InstanceReusePolicy$], 1
];
var RecordLifecycleActionHeartbeatAnswer$ = [3, n0, _RLAHA,
    0,
    [],
    []
];
var RecordLifecycleActionHeartbeatType$ = [3, n0, _RLAHT,
    0,
    [_LHN, _ASGN, _LAT, _IIns],
    [0, 0, 0, 0], 2
];
var RefreshPreferences$ = [3, n0, _RP,
    0,
    [_MHP, _IW, _CP, _CD, _SMk, _AR, _SIPI, _SIt, _ASl, _MHPa, _BTa],
    [1, 1, 64 | 1, 1, 2, 2, 0, 0, () => AlarmSpecification$, 1, 1]
];
var RetentionTriggers$ = [3, n0, _RT,
    0,
    [_THA],
    [0]
];
var RollbackDetails$ = [3, n0, _RD,
    0,
    [_RR, _RST, _PCOR, _ITUOR, _PDOR],
    [0, 4, 1, 1, () => InstanceRefreshProgressDetails$]
];
var RollbackInstanceRefreshAnswer$ = [3, n0, _RIRA,
    0,
    [_IRI],
    [0]
];
var RollbackInstanceRefreshType$ = [3, n0, _RIRT,
    0,
    [_ASGN],
    [0], 1
];
var ScalingPolicy$ = [3, n0, _SPca,
    0,
    [_ASGN, _PN, _PARN, _PToli, _ATd, _MAS, _MAM, _SA, _Coo, _SAt, _MAT, _EIW, _Ala, _TTC, _Ena, _PSC],
    [0, 0, 0, 0, 0, 1, 1, 1, 1, () => StepAdjustments, 0, 1, () => Alarms, () => TargetTrackingConfiguration$, 2, () => PredictiveScalingConfiguration$]
];
var ScalingProcessQuery$ = [3, n0, _SPQ,
    0,
    [_ASGN, _SPcal],
    [0, 64 | 0], 1
];
var ScheduledActionsType$ = [3, n0, _SAT,
    0,
    [_SUGA, _NT],
    [() => ScheduledUpdateGroupActions, 0]
];
var ScheduledUpdateGroupAction$ = [3, n0, _SUGAc,
    0,
    [_ASGN, _SANc, _SAARN, _Tim, _ST, _ETn, _Rec, _MS, _MSa, _DC, _TZ],
    [0, 0, 0, 4, 4, 4, 0, 1, 1, 1, 0]
];
var ScheduledUpdateGroupActionRequest$ = [3, n0, _SUGAR,
    0,
    [_SANc, _ST, _ETn, _Rec, _MS, _MSa, _DC, _TZ],
    [0, 4, 4, 0, 1, 1, 1, 0], 1
];
var SetDesiredCapacityType$ = [3, n0, _SDCT,
    0,
    [_ASGN, _DC, _HC],
    [0, 1, 2], 2
];
var SetInstanceHealthQuery$ = [3, n0, _SIHQ,
    0,
    [_IIns, _HS, _SRGP],
    [0, 0, 2], 2
];
var SetInstanceProtectionAnswer$ = [3, n0, _SIPA,
    0,
    [],
    []
];
var SetInstanceProtectionQuery$ = [3, n0, _SIPQ,
    0,
    [_II, _ASGN, _PFSI],
    [64 | 0, 0, 2], 3
];
var StartInstanceRefreshAnswer$ = [3, n0, _SIRA,
    0,
    [_IRI],
    [0]
];
var StartInstanceRefreshType$ = [3, n0, _SIRT,
    0,
    [_ASGN, _Str, _DCes, _Pr],
    [0, 0, [() => DesiredConfiguration$, 0], () => RefreshPreferences$], 1
];
var StepAdjustment$ = [3, n0, _SAte,
    0,
    [_SA, _MILB, _MIUB],
    [1, 1, 1], 1
];
var SuspendedProcess$ = [3, n0, _SPu,
    0,
    [_PNr, _SRu],
    [0, 0]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _RIe, _RTe, _V, _PAL],
    [0, 0, 0, 0, 2], 1
];
var TagDescription$ = [3, n0, _TD,
    0,
    [_RIe, _RTe, _K, _V, _PAL],
    [0, 0, 0, 0, 2]
];
var TagsType$ = [3, n0, _TT,
    0,
    [_T, _NT],
    [() => TagDescriptionList, 0]
];
var TargetTrackingConfiguration$ = [3, n0, _TTC,
    0,
    [_TV, _PMS, _CMS, _DSI],
    [1, () => PredefinedMetricSpecification$, () => CustomizedMetricSpecification$, 2], 1
];
var TargetTrackingMetricDataQuery$ = [3, n0, _TTMDQ,
    0,
    [_Id, _Ex, _MSet, _L, _Pe, _RDe],
    [0, 0, () => TargetTrackingMetricStat$, 0, 1, 2], 1
];
var TargetTrackingMetricStat$ = [3, n0, _TTMS,
    0,
    [_Met, _Stat, _U, _Pe],
    [() => Metric$, 0, 0, 1], 2
];
var TerminateInstanceInAutoScalingGroupType$ = [3, n0, _TIIASGT,
    0,
    [_SDDC, _IIns, _II, _ASGN],
    [2, 0, 64 | 0, 0], 1
];
var TotalLocalStorageGBRequest$ = [3, n0, _TLSGBR,
    0,
    [_Mi, _Ma],
    [1, 1]
];
var TrafficSourceIdentifier$ = [3, n0, _TSI,
    0,
    [_Ide, _Ty],
    [0, 0], 1
];
var TrafficSourceState$ = [3, n0, _TSS,
    0,
    [_TSr, _Sta, _Ide, _Ty],
    [0, 0, 0, 0]
];
var UpdateAutoScalingGroupType$ = [3, n0, _UASGT,
    0,
    [_ASGN, _LCN, _LT, _MIP, _MS, _MSa, _DC, _DCe, _AZ, _AZI, _HCT, _HCGP, _PG, _VPCZI, _TP, _NIPFSI, _SLRARN, _MIL, _CR, _Co, _DCT, _DIW, _IMP, _AZD, _AZIP, _SZSV, _CRS, _ILP, _DP],
    [0, 0, () => LaunchTemplateSpecification$, [() => MixedInstancesPolicy$, 0], 1, 1, 1, 1, 64 | 0, 64 | 0, 0, 1, 0, 0, 64 | 0, 2, 0, 1, 2, 0, 0, 1, () => InstanceMaintenancePolicy$, () => AvailabilityZoneDistribution$, () => AvailabilityZoneImpairmentPolicy$, 2, () => CapacityReservationSpecification$, () => InstanceLifecyclePolicy$, 0], 1
];
var VCpuCountRequest$ = [3, n0, _VCCR,
    0,
    [_Mi, _Ma],
    [1, 1], 1
];
var WarmPoolConfiguration$ = [3, n0, _WPC,
    0,
    [_MGPC, _MS, _PS, _S, _IRP],
    [1, 1, 0, 0, () => InstanceReusePolicy$]
];
var __Unit = "unit";
var AccountSettings = [1, n0, _ASc,
    0, () => AccountSetting$
];
var Activities = [1, n0, _A,
    0, () => Activity$
];
var AdjustmentTypes = [1, n0, _ATdj,
    0, () => AdjustmentType$
];
var Alarms = [1, n0, _Ala,
    0, () => Alarm$
];
var AutoScalingGroups = [1, n0, _ASGu,
    0, [() => AutoScalingGroup$,
        0]
];
var AutoScalingInstances = [1, n0, _ASI,
    0, () => AutoScalingInstanceDetails$
];
var BlockDeviceMappings = [1, n0, _BDMl,
    0, () => BlockDeviceMapping$
];
var DistributionSegments = [1, n0, _DSi,
    0, () => DistributionSegment$
];
var EnabledMetrics = [1, n0, _EM,
    0, () => EnabledMetric$
];
var FailedScheduledUpdateGroupActionRequests = [1, n0, _FSUGARa,
    0, () => FailedScheduledUpdateGroupActionRequest$
];
var Filters = [1, n0, _F,
    0, () => Filter$
];
var InstanceCollections = [1, n0, _ICn,
    0, () => InstanceCollection$
];
var InstanceRefreshes = [1, n0, _IR,
    0, [() => InstanceRefresh$,
        0]
];
var Instances = [1, n0, _I,
    0, () => Instance$
];
var LaunchConfigurations = [1, n0, _LCa,
    0, () => LaunchConfiguration$
];
var LaunchInstancesErrors = [1, n0, _LIEa,
    0, () => LaunchInstancesError$
];
var LifecycleHooks = [1, n0, _LH,
    0, () => LifecycleHook$
];
var LifecycleHookSpecifications = [1, n0, _LHSi,
    0, () => LifecycleHookSpecification$
];
var LoadBalancerStates = [1, n0, _LBSo,
    0, () => LoadBalancerState$
];
var LoadBalancerTargetGroupStates = [1, n0, _LBTGSo,
    0, () => LoadBalancerTargetGroupState$
];
var LoadForecasts = [1, n0, _LFo,
    0, () => LoadForecast$
];
var MetricCollectionTypes = [1, n0, _MCTe,
    0, () => MetricCollectionType$
];
var MetricDataQueries = [1, n0, _MDQe,
    0, () => MetricDataQuery$
];
var MetricDimensions = [1, n0, _MDe,
    0, () => MetricDimension$
];
var MetricGranularityTypes = [1, n0, _MGTe,
    0, () => MetricGranularityType$
];
var NotificationConfigurations = [1, n0, _NC,
    0, () => NotificationConfiguration$
];
var Overrides = [1, n0, _Ov,
    0, [() => LaunchTemplateOverrides$,
        0]
];
var PerformanceFactorReferenceSetRequest = [1, n0, _PFRSR,
    0, [() => PerformanceFactorReferenceRequest$,
        { [_xN]: _i }]
];
var PredictiveScalingMetricSpecifications = [1, n0, _PSMSre,
    0, () => PredictiveScalingMetricSpecification$
];
var Processes = [1, n0, _Pro,
    0, () => ProcessType$
];
var ScalingPolicies = [1, n0, _SPc,
    0, () => ScalingPolicy$
];
var ScheduledUpdateGroupActionRequests = [1, n0, _SUGARc,
    0, () => ScheduledUpdateGroupActionRequest$
];
var ScheduledUpdateGroupActions = [1, n0, _SUGA,
    0, () => ScheduledUpdateGroupAction$
];
var StepAdjustments = [1, n0, _SAt,
    0, () => StepAdjustment$
];
var SuspendedProcesses = [1, n0, _SP,
    0, () => SuspendedProcess$
];
var TagDescriptionList = [1, n0, _TDL,
    0, () => TagDescription$
];
var Tags = [1, n0, _T,
    0, () => Tag$
];
var TargetTrackingMetricDataQueries = [1, n0, _TTMDQa,
    0, () => TargetTrackingMetricDataQuery$
];
var TrafficSources = [1, n0, _TS,
    0, () => TrafficSourceIdentifier$
];
var TrafficSourceStates = [1, n0, _TSSr,
    0, () => TrafficSourceState$
];
var AttachInstances$ = [9, n0, _AIt,
    0, () => AttachInstancesQuery$, () => __Unit
];
var AttachLoadBalancers$ = [9, n0, _ALB,
    0, () => AttachLoadBalancersType$, () => AttachLoadBalancersResultType$
];
var AttachLoadBalancerTargetGroups$ = [9, n0, _ALBTG,
    0, () => AttachLoadBalancerTargetGroupsType$, () => AttachLoadBalancerTargetGroupsResultType$
];
var AttachTrafficSources$ = [9, n0, _ATS,
    0, () => AttachTrafficSourcesType$, () => AttachTrafficSourcesResultType$
];
var BatchDeleteScheduledAction$ = [9, n0, _BDSA,
    0, () => BatchDeleteScheduledActionType$, () => BatchDeleteScheduledActionAnswer$
];
var BatchPutScheduledUpdateGroupAction$ = [9, n0, _BPSUGA,
    0, () => BatchPutScheduledUpdateGroupActionType$, () => BatchPutScheduledUpdateGroupActionAnswer$
];
var CancelInstanceRefresh$ = [9, n0, _CIR,
    0, () => CancelInstanceRefreshType$, () => CancelInstanceRefreshAnswer$
];
var CompleteLifecycleAction$ = [9, n0, _CLA,
    0, () => CompleteLifecycleActionType$, () => CompleteLifecycleActionAnswer$
];
var CreateAutoScalingGroup$ = [9, n0, _CASG,
    0, () => CreateAutoScalingGroupType$, () => __Unit
];
var CreateLaunchConfiguration$ = [9, n0, _CLC,
    0, () => CreateLaunchConfigurationType$, () => __Unit
];
var CreateOrUpdateTags$ = [9, n0, _COUT,
    0, () => CreateOrUpdateTagsType$, () => __Unit
];
var DeleteAutoScalingGroup$ = [9, n0, _DASG,
    0, () => DeleteAutoScalingGroupType$, () => __Unit
];
var DeleteLaunchConfiguration$ = [9, n0, _DLC,
    0, () => LaunchConfigurationNameType$, () => __Unit
];
var DeleteLifecycleHook$ = [9, n0, _DLH,
    0, () => DeleteLifecycleHookType$, () => DeleteLifecycleHookAnswer$
];
var DeleteNotificationConfiguration$ = [9, n0, _DNC,
    0, () => DeleteNotificationConfigurationType$, () => __Unit
];
var DeletePolicy$ = [9, n0, _DPe,
    0, () => DeletePolicyType$, () => __Unit
];
var DeleteScheduledAction$ = [9, n0, _DSA,
    0, () => DeleteScheduledActionType$, () => __Unit
];
var DeleteTags$ = [9, n0, _DT,
    0, () => DeleteTagsType$, () => __Unit
];
var DeleteWarmPool$ = [9, n0, _DWP,
    0, () => DeleteWarmPoolType$, () => DeleteWarmPoolAnswer$
];
var DescribeAccountLimits$ = [9, n0, _DAL,
    0, () => __Unit, () => DescribeAccountLimitsAnswer$
];
var DescribeAccountSettings$ = [9, n0, _DAS,
    0, () => DescribeAccountSettingsType$, () => DescribeAccountSettingsAnswer$
];
var DescribeAdjustmentTypes$ = [9, n0, _DAT,
    0, () => __Unit, () => DescribeAdjustmentTypesAnswer$
];
var DescribeAutoScalingGroups$ = [9, n0, _DASGe,
    0, () => AutoScalingGroupNamesType$, () => AutoScalingGroupsType$
];
var DescribeAutoScalingInstances$ = [9, n0, _DASI,
    0, () => DescribeAutoScalingInstancesType$, () => AutoScalingInstancesType$
];
var DescribeAutoScalingNotificationTypes$ = [9, n0, _DASNT,
    0, () => __Unit, () => DescribeAutoScalingNotificationTypesAnswer$
];
var DescribeInstanceRefreshes$ = [9, n0, _DIR,
    0, () => DescribeInstanceRefreshesType$, () => DescribeInstanceRefreshesAnswer$
];
var DescribeLaunchConfigurations$ = [9, n0, _DLCe,
    0, () => LaunchConfigurationNamesType$, () => LaunchConfigurationsType$
];
var DescribeLifecycleHooks$ = [9, n0, _DLHe,
    0, () => DescribeLifecycleHooksType$, () => DescribeLifecycleHooksAnswer$
];
var DescribeLifecycleHookTypes$ = [9, n0, _DLHTes,
    0, () => __Unit, () => DescribeLifecycleHookTypesAnswer$
];
var DescribeLoadBalancers$ = [9, n0, _DLB,
    0, () => DescribeLoadBalancersRequest$, () => DescribeLoadBalancersResponse$
];
var DescribeLoadBalancerTargetGroups$ = [9, n0, _DLBTG,
    0, () => DescribeLoadBalancerTargetGroupsRequest$, () => DescribeLoadBalancerTargetGroupsResponse$
];
var DescribeMetricCollectionTypes$ = [9, n0, _DMCT,
    0, () => __Unit, () => DescribeMetricCollectionTypesAnswer$
];
var DescribeNotificationConfigurations$ = [9, n0, _DNCe,
    0, () => DescribeNotificationConfigurationsType$, () => DescribeNotificationConfigurationsAnswer$
];
var DescribePolicies$ = [9, n0, _DPes,
    0, () => DescribePoliciesType$, () => PoliciesType$
];
var DescribeScalingActivities$ = [9, n0, _DSAe,
    0, () => DescribeScalingActivitiesType$, () => ActivitiesType$
];
var DescribeScalingProcessTypes$ = [9, n0, _DSPT,
    0, () => __Unit, () => ProcessesType$
];
var DescribeScheduledActions$ = [9, n0, _DSAes,
    0, () => DescribeScheduledActionsType$, () => ScheduledActionsType$
];
var DescribeTags$ = [9, n0, _DTe,
    0, () => DescribeTagsType$, () => TagsType$
];
var DescribeTerminationPolicyTypes$ = [9, n0, _DTPT,
    0, () => __Unit, () => DescribeTerminationPolicyTypesAnswer$
];
var DescribeTrafficSources$ = [9, n0, _DTS,
    0, () => DescribeTrafficSourcesRequest$, () => DescribeTrafficSourcesResponse$
];
var DescribeWarmPool$ = [9, n0, _DWPe,
    0, () => DescribeWarmPoolType$, () => DescribeWarmPoolAnswer$
];
var DetachInstances$ = [9, n0, _DI,
    0, () => DetachInstancesQuery$, () => DetachInstancesAnswer$
];
var DetachLoadBalancers$ = [9, n0, _DLBe,
    0, () => DetachLoadBalancersType$, () => DetachLoadBalancersResultType$
];
var DetachLoadBalancerTargetGroups$ = [9, n0, _DLBTGe,
    0, () => DetachLoadBalancerTargetGroupsType$, () => DetachLoadBalancerTargetGroupsResultType$
];
var DetachTrafficSources$ = [9, n0, _DTSe,
    0, () => DetachTrafficSourcesType$, () => DetachTrafficSourcesResultType$
];
var DisableMetricsCollection$ = [9, n0, _DMC,
    0, () => DisableMetricsCollectionQuery$, () => __Unit
];
var EnableMetricsCollection$ = [9, n0, _EMC,
    0, () => EnableMetricsCollectionQuery$, () => __Unit
];
var EnterStandby$ = [9, n0, _ES,
    0, () => EnterStandbyQuery$, () => EnterStandbyAnswer$
];
var ExecutePolicy$ = [9, n0, _EP,
    0, () => ExecutePolicyType$, () => __Unit
];
var ExitStandby$ = [9, n0, _ESx,
    0, () => ExitStandbyQuery$, () => ExitStandbyAnswer$
];
var GetPredictiveScalingForecast$ = [9, n0, _GPSF,
    0, () => GetPredictiveScalingForecastType$, () => GetPredictiveScalingForecastAnswer$
];
var LaunchInstances$ = [9, n0, _LI,
    0, () => LaunchInstancesRequest$, () => LaunchInstancesResult$
];
var PutAccountSetting$ = [9, n0, _PAS,
    0, () => PutAccountSettingType$, () => PutAccountSettingAnswer$
];
var PutLifecycleHook$ = [9, n0, _PLH,
    0, () => PutLifecycleHookType$, () => PutLifecycleHookAnswer$
];
var PutNotificationConfiguration$ = [9, n0, _PNC,
    0, () => PutNotificationConfigurationType$, () => __Unit
];
var PutScalingPolicy$ = [9, n0, _PSP,
    0, () => PutScalingPolicyType$, () => PolicyARNType$
];
var PutScheduledUpdateGroupAction$ = [9, n0, _PSUGA,
    0, () => PutScheduledUpdateGroupActionType$, () => __Unit
];
var PutWarmPool$ = [9, n0, _PWP,
    0, () => PutWarmPoolType$, () => PutWarmPoolAnswer$
];
var RecordLifecycleActionHeartbeat$ = [9, n0, _RLAH,
    0, () => RecordLifecycleActionHeartbeatType$, () => RecordLifecycleActionHeartbeatAnswer$
];
var ResumeProcesses$ = [9, n0, _RPe,
    0, () => ScalingProcessQuery$, () => __Unit
];
var RollbackInstanceRefresh$ = [9, n0, _RIR,
    0, () => RollbackInstanceRefreshType$, () => RollbackInstanceRefreshAnswer$
];
var SetDesiredCapacity$ = [9, n0, _SDC,
    0, () => SetDesiredCapacityType$, () => __Unit
];
var SetInstanceHealth$ = [9, n0, _SIH,
    0, () => SetInstanceHealthQuery$, () => __Unit
];
var SetInstanceProtection$ = [9, n0, _SIPe,
    0, () => SetInstanceProtectionQuery$, () => SetInstanceProtectionAnswer$
];
var StartInstanceRefresh$ = [9, n0, _SIR,
    0, () => StartInstanceRefreshType$, () => StartInstanceRefreshAnswer$
];
var SuspendProcesses$ = [9, n0, _SPus,
    0, () => ScalingProcessQuery$, () => __Unit
];
var TerminateInstanceInAutoScalingGroup$ = [9, n0, _TIIASG,
    0, () => TerminateInstanceInAutoScalingGroupType$, () => ActivityType$
];
var UpdateAutoScalingGroup$ = [9, n0, _UASG,
    0, () => UpdateAutoScalingGroupType$, () => __Unit
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2011-01-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAutoScalingHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.autoscaling",
            errorTypeRegistries,
            xmlNamespace: "http://autoscaling.amazonaws.com/doc/2011-01-01/",
            version: "2011-01-01",
            serviceTarget: "AutoScaling_2011_01_01",
        },
        serviceId: config?.serviceId ?? "Auto Scaling",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class AutoScalingClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultAutoScalingHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AutoScaling_2011_01_01", "AutoScalingClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AttachInstancesCommand extends command(_ep0, _mw0, "AttachInstances", AttachInstances$) {
}

class AttachLoadBalancersCommand extends command(_ep0, _mw0, "AttachLoadBalancers", AttachLoadBalancers$) {
}

class AttachLoadBalancerTargetGroupsCommand extends command(_ep0, _mw0, "AttachLoadBalancerTargetGroups", AttachLoadBalancerTargetGroups$) {
}

class AttachTrafficSourcesCommand extends command(_ep0, _mw0, "AttachTrafficSources", AttachTrafficSources$) {
}

class BatchDeleteScheduledActionCommand extends command(_ep0, _mw0, "BatchDeleteScheduledAction", BatchDeleteScheduledAction$) {
}

class BatchPutScheduledUpdateGroupActionCommand extends command(_ep0, _mw0, "BatchPutScheduledUpdateGroupAction", BatchPutScheduledUpdateGroupAction$) {
}

class CancelInstanceRefreshCommand extends command(_ep0, _mw0, "CancelInstanceRefresh", CancelInstanceRefresh$) {
}

class CompleteLifecycleActionCommand extends command(_ep0, _mw0, "CompleteLifecycleAction", CompleteLifecycleAction$) {
}

class CreateAutoScalingGroupCommand extends command(_ep0, _mw0, "CreateAutoScalingGroup", CreateAutoScalingGroup$) {
}

class CreateLaunchConfigurationCommand extends command(_ep0, _mw0, "CreateLaunchConfiguration", CreateLaunchConfiguration$) {
}

class CreateOrUpdateTagsCommand extends command(_ep0, _mw0, "CreateOrUpdateTags", CreateOrUpdateTags$) {
}

class DeleteAutoScalingGroupCommand extends command(_ep0, _mw0, "DeleteAutoScalingGroup", DeleteAutoScalingGroup$) {
}

class DeleteLaunchConfigurationCommand extends command(_ep0, _mw0, "DeleteLaunchConfiguration", DeleteLaunchConfiguration$) {
}

class DeleteLifecycleHookCommand extends command(_ep0, _mw0, "DeleteLifecycleHook", DeleteLifecycleHook$) {
}

class DeleteNotificationConfigurationCommand extends command(_ep0, _mw0, "DeleteNotificationConfiguration", DeleteNotificationConfiguration$) {
}

class DeletePolicyCommand extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
}

class DeleteScheduledActionCommand extends command(_ep0, _mw0, "DeleteScheduledAction", DeleteScheduledAction$) {
}

class DeleteTagsCommand extends command(_ep0, _mw0, "DeleteTags", DeleteTags$) {
}

class DeleteWarmPoolCommand extends command(_ep0, _mw0, "DeleteWarmPool", DeleteWarmPool$) {
}

class DescribeAccountLimitsCommand extends command(_ep0, _mw0, "DescribeAccountLimits", DescribeAccountLimits$) {
}

class DescribeAccountSettingsCommand extends command(_ep0, _mw0, "DescribeAccountSettings", DescribeAccountSettings$) {
}

class DescribeAdjustmentTypesCommand extends command(_ep0, _mw0, "DescribeAdjustmentTypes", DescribeAdjustmentTypes$) {
}

class DescribeAutoScalingGroupsCommand extends command(_ep0, _mw0, "DescribeAutoScalingGroups", DescribeAutoScalingGroups$) {
}

class DescribeAutoScalingInstancesCommand extends command(_ep0, _mw0, "DescribeAutoScalingInstances", DescribeAutoScalingInstances$) {
}

class DescribeAutoScalingNotificationTypesCommand extends command(_ep0, _mw0, "DescribeAutoScalingNotificationTypes", DescribeAutoScalingNotificationTypes$) {
}

class DescribeInstanceRefreshesCommand extends command(_ep0, _mw0, "DescribeInstanceRefreshes", DescribeInstanceRefreshes$) {
}

class DescribeLaunchConfigurationsCommand extends command(_ep0, _mw0, "DescribeLaunchConfigurations", DescribeLaunchConfigurations$) {
}

class DescribeLifecycleHooksCommand extends command(_ep0, _mw0, "DescribeLifecycleHooks", DescribeLifecycleHooks$) {
}

class DescribeLifecycleHookTypesCommand extends command(_ep0, _mw0, "DescribeLifecycleHookTypes", DescribeLifecycleHookTypes$) {
}

class DescribeLoadBalancersCommand extends command(_ep0, _mw0, "DescribeLoadBalancers", DescribeLoadBalancers$) {
}

class DescribeLoadBalancerTargetGroupsCommand extends command(_ep0, _mw0, "DescribeLoadBalancerTargetGroups", DescribeLoadBalancerTargetGroups$) {
}

class DescribeMetricCollectionTypesCommand extends command(_ep0, _mw0, "DescribeMetricCollectionTypes", DescribeMetricCollectionTypes$) {
}

class DescribeNotificationConfigurationsCommand extends command(_ep0, _mw0, "DescribeNotificationConfigurations", DescribeNotificationConfigurations$) {
}

class DescribePoliciesCommand extends command(_ep0, _mw0, "DescribePolicies", DescribePolicies$) {
}

class DescribeScalingActivitiesCommand extends command(_ep0, _mw0, "DescribeScalingActivities", DescribeScalingActivities$) {
}

class DescribeScalingProcessTypesCommand extends command(_ep0, _mw0, "DescribeScalingProcessTypes", DescribeScalingProcessTypes$) {
}

class DescribeScheduledActionsCommand extends command(_ep0, _mw0, "DescribeScheduledActions", DescribeScheduledActions$) {
}

class DescribeTagsCommand extends command(_ep0, _mw0, "DescribeTags", DescribeTags$) {
}

class DescribeTerminationPolicyTypesCommand extends command(_ep0, _mw0, "DescribeTerminationPolicyTypes", DescribeTerminationPolicyTypes$) {
}

class DescribeTrafficSourcesCommand extends command(_ep0, _mw0, "DescribeTrafficSources", DescribeTrafficSources$) {
}

class DescribeWarmPoolCommand extends command(_ep0, _mw0, "DescribeWarmPool", DescribeWarmPool$) {
}

class DetachInstancesCommand extends command(_ep0, _mw0, "DetachInstances", DetachInstances$) {
}

class DetachLoadBalancersCommand extends command(_ep0, _mw0, "DetachLoadBalancers", DetachLoadBalancers$) {
}

class DetachLoadBalancerTargetGroupsCommand extends command(_ep0, _mw0, "DetachLoadBalancerTargetGroups", DetachLoadBalancerTargetGroups$) {
}

class DetachTrafficSourcesCommand extends command(_ep0, _mw0, "DetachTrafficSources", DetachTrafficSources$) {
}

class DisableMetricsCollectionCommand extends command(_ep0, _mw0, "DisableMetricsCollection", DisableMetricsCollection$) {
}

class EnableMetricsCollectionCommand extends command(_ep0, _mw0, "EnableMetricsCollection", EnableMetricsCollection$) {
}

class EnterStandbyCommand extends command(_ep0, _mw0, "EnterStandby", EnterStandby$) {
}

class ExecutePolicyCommand extends command(_ep0, _mw0, "ExecutePolicy", ExecutePolicy$) {
}

class ExitStandbyCommand extends command(_ep0, _mw0, "ExitStandby", ExitStandby$) {
}

class GetPredictiveScalingForecastCommand extends command(_ep0, _mw0, "GetPredictiveScalingForecast", GetPredictiveScalingForecast$) {
}

class LaunchInstancesCommand extends command(_ep0, _mw0, "LaunchInstances", LaunchInstances$) {
}

class PutAccountSettingCommand extends command(_ep0, _mw0, "PutAccountSetting", PutAccountSetting$) {
}

class PutLifecycleHookCommand extends command(_ep0, _mw0, "PutLifecycleHook", PutLifecycleHook$) {
}

class PutNotificationConfigurationCommand extends command(_ep0, _mw0, "PutNotificationConfiguration", PutNotificationConfiguration$) {
}

class PutScalingPolicyCommand extends command(_ep0, _mw0, "PutScalingPolicy", PutScalingPolicy$) {
}

class PutScheduledUpdateGroupActionCommand extends command(_ep0, _mw0, "PutScheduledUpdateGroupAction", PutScheduledUpdateGroupAction$) {
}

class PutWarmPoolCommand extends command(_ep0, _mw0, "PutWarmPool", PutWarmPool$) {
}

class RecordLifecycleActionHeartbeatCommand extends command(_ep0, _mw0, "RecordLifecycleActionHeartbeat", RecordLifecycleActionHeartbeat$) {
}

class ResumeProcessesCommand extends command(_ep0, _mw0, "ResumeProcesses", ResumeProcesses$) {
}

class RollbackInstanceRefreshCommand extends command(_ep0, _mw0, "RollbackInstanceRefresh", RollbackInstanceRefresh$) {
}

class SetDesiredCapacityCommand extends command(_ep0, _mw0, "SetDesiredCapacity", SetDesiredCapacity$) {
}

class SetInstanceHealthCommand extends command(_ep0, _mw0, "SetInstanceHealth", SetInstanceHealth$) {
}

class SetInstanceProtectionCommand extends command(_ep0, _mw0, "SetInstanceProtection", SetInstanceProtection$) {
}

class StartInstanceRefreshCommand extends command(_ep0, _mw0, "StartInstanceRefresh", StartInstanceRefresh$) {
}

class SuspendProcessesCommand extends command(_ep0, _mw0, "SuspendProcesses", SuspendProcesses$) {
}

class TerminateInstanceInAutoScalingGroupCommand extends command(_ep0, _mw0, "TerminateInstanceInAutoScalingGroup", TerminateInstanceInAutoScalingGroup$) {
}

class UpdateAutoScalingGroupCommand extends command(_ep0, _mw0, "UpdateAutoScalingGroup", UpdateAutoScalingGroup$) {
}

const paginateDescribeAutoScalingGroups = createPaginator(AutoScalingClient, DescribeAutoScalingGroupsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeAutoScalingInstances = createPaginator(AutoScalingClient, DescribeAutoScalingInstancesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeInstanceRefreshes = createPaginator(AutoScalingClient, DescribeInstanceRefreshesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeLaunchConfigurations = createPaginator(AutoScalingClient, DescribeLaunchConfigurationsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeLoadBalancers = createPaginator(AutoScalingClient, DescribeLoadBalancersCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeLoadBalancerTargetGroups = createPaginator(AutoScalingClient, DescribeLoadBalancerTargetGroupsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeNotificationConfigurations = createPaginator(AutoScalingClient, DescribeNotificationConfigurationsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribePolicies = createPaginator(AutoScalingClient, DescribePoliciesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeScalingActivities = createPaginator(AutoScalingClient, DescribeScalingActivitiesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeScheduledActions = createPaginator(AutoScalingClient, DescribeScheduledActionsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeTags = createPaginator(AutoScalingClient, DescribeTagsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeTrafficSources = createPaginator(AutoScalingClient, DescribeTrafficSourcesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeWarmPool = createPaginator(AutoScalingClient, DescribeWarmPoolCommand, "NextToken", "NextToken", "MaxRecords");

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == false) {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForGroupExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilGroupExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.AutoScalingGroups);
                let projection_3 = flat_1.map((element_2) => {
                    let filterRes_5 = element_2.Instances.filter((element_4) => {
                        return (element_4.LifecycleState == "InService");
                    });
                    let result_6 = [];
                    result_6.push((filterRes_5.length >= element_2.MinSize));
                    element_2 = result_6;
                    return element_2;
                });
                let flat_7 = [].concat(...projection_3);
                return flat_7.includes(false);
            };
            if (returnComparator() == false) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.AutoScalingGroups);
                let projection_3 = flat_1.map((element_2) => {
                    let filterRes_5 = element_2.Instances.filter((element_4) => {
                        return (element_4.LifecycleState == "InService");
                    });
                    let result_6 = [];
                    result_6.push((filterRes_5.length >= element_2.MinSize));
                    element_2 = result_6;
                    return element_2;
                });
                let flat_7 = [].concat(...projection_3);
                return flat_7.includes(false);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForGroupInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilGroupInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeAutoScalingGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == false) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return (result.AutoScalingGroups.length > 0);
            };
            if (returnComparator() == true) {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForGroupNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilGroupNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AttachInstancesCommand,
    AttachLoadBalancersCommand,
    AttachLoadBalancerTargetGroupsCommand,
    AttachTrafficSourcesCommand,
    BatchDeleteScheduledActionCommand,
    BatchPutScheduledUpdateGroupActionCommand,
    CancelInstanceRefreshCommand,
    CompleteLifecycleActionCommand,
    CreateAutoScalingGroupCommand,
    CreateLaunchConfigurationCommand,
    CreateOrUpdateTagsCommand,
    DeleteAutoScalingGroupCommand,
    DeleteLaunchConfigurationCommand,
    DeleteLifecycleHookCommand,
    DeleteNotificationConfigurationCommand,
    DeletePolicyCommand,
    DeleteScheduledActionCommand,
    DeleteTagsCommand,
    DeleteWarmPoolCommand,
    DescribeAccountLimitsCommand,
    DescribeAccountSettingsCommand,
    DescribeAdjustmentTypesCommand,
    DescribeAutoScalingGroupsCommand,
    DescribeAutoScalingInstancesCommand,
    DescribeAutoScalingNotificationTypesCommand,
    DescribeInstanceRefreshesCommand,
    DescribeLaunchConfigurationsCommand,
    DescribeLifecycleHooksCommand,
    DescribeLifecycleHookTypesCommand,
    DescribeLoadBalancersCommand,
    DescribeLoadBalancerTargetGroupsCommand,
    DescribeMetricCollectionTypesCommand,
    DescribeNotificationConfigurationsCommand,
    DescribePoliciesCommand,
    DescribeScalingActivitiesCommand,
    DescribeScalingProcessTypesCommand,
    DescribeScheduledActionsCommand,
    DescribeTagsCommand,
    DescribeTerminationPolicyTypesCommand,
    DescribeTrafficSourcesCommand,
    DescribeWarmPoolCommand,
    DetachInstancesCommand,
    DetachLoadBalancersCommand,
    DetachLoadBalancerTargetGroupsCommand,
    DetachTrafficSourcesCommand,
    DisableMetricsCollectionCommand,
    EnableMetricsCollectionCommand,
    EnterStandbyCommand,
    ExecutePolicyCommand,
    ExitStandbyCommand,
    GetPredictiveScalingForecastCommand,
    LaunchInstancesCommand,
    PutAccountSettingCommand,
    PutLifecycleHookCommand,
    PutNotificationConfigurationCommand,
    PutScalingPolicyCommand,
    PutScheduledUpdateGroupActionCommand,
    PutWarmPoolCommand,
    RecordLifecycleActionHeartbeatCommand,
    ResumeProcessesCommand,
    RollbackInstanceRefreshCommand,
    SetDesiredCapacityCommand,
    SetInstanceHealthCommand,
    SetInstanceProtectionCommand,
    StartInstanceRefreshCommand,
    SuspendProcessesCommand,
    TerminateInstanceInAutoScalingGroupCommand,
    UpdateAutoScalingGroupCommand,
};
const paginators = {
    paginateDescribeAutoScalingGroups,
    paginateDescribeAutoScalingInstances,
    paginateDescribeInstanceRefreshes,
    paginateDescribeLaunchConfigurations,
    paginateDescribeLoadBalancers,
    paginateDescribeLoadBalancerTargetGroups,
    paginateDescribeNotificationConfigurations,
    paginateDescribePolicies,
    paginateDescribeScalingActivities,
    paginateDescribeScheduledActions,
    paginateDescribeTags,
    paginateDescribeTrafficSources,
    paginateDescribeWarmPool,
};
const waiters = {
    waitUntilGroupExists,
    waitUntilGroupInService,
    waitUntilGroupNotExists,
};
class AutoScaling extends AutoScalingClient {
}
createAggregatedClient(commands, AutoScaling, { paginators, waiters });

const AcceleratorManufacturer = {
    AMAZON_WEB_SERVICES: "amazon-web-services",
    AMD: "amd",
    NVIDIA: "nvidia",
    XILINX: "xilinx",
};
const AcceleratorName = {
    A100: "a100",
    K80: "k80",
    M60: "m60",
    RADEON_PRO_V520: "radeon-pro-v520",
    T4: "t4",
    V100: "v100",
    VU9P: "vu9p",
};
const AcceleratorType = {
    FPGA: "fpga",
    GPU: "gpu",
    INFERENCE: "inference",
};
const ScalingActivityStatusCode = {
    Cancelled: "Cancelled",
    Failed: "Failed",
    InPlaceUpdateInProgress: "InPlaceUpdateInProgress",
    InProgress: "InProgress",
    MidLifecycleAction: "MidLifecycleAction",
    PendingSpotBidPlacement: "PendingSpotBidPlacement",
    PreInService: "PreInService",
    Successful: "Successful",
    WaitingForConnectionDraining: "WaitingForConnectionDraining",
    WaitingForELBConnectionDraining: "WaitingForELBConnectionDraining",
    WaitingForInPlaceUpdateToFinalize: "WaitingForInPlaceUpdateToFinalize",
    WaitingForInPlaceUpdateToStart: "WaitingForInPlaceUpdateToStart",
    WaitingForInstanceId: "WaitingForInstanceId",
    WaitingForInstanceWarmup: "WaitingForInstanceWarmup",
    WaitingForSpotInstanceId: "WaitingForSpotInstanceId",
    WaitingForSpotInstanceRequestId: "WaitingForSpotInstanceRequestId",
};
const CapacityDistributionStrategy = {
    BALANCED_BEST_EFFORT: "balanced-best-effort",
    BALANCED_ONLY: "balanced-only",
    RESERVATIONS_THEN_BALANCED: "reservations-then-balanced",
};
const ImpairedZoneHealthCheckBehavior = {
    IgnoreUnhealthy: "IgnoreUnhealthy",
    ReplaceUnhealthy: "ReplaceUnhealthy",
};
const CapacityReservationPreference = {
    CapacityReservationsFirst: "capacity-reservations-first",
    CapacityReservationsOnly: "capacity-reservations-only",
    Default: "default",
    None: "none",
};
const DeletionProtection = {
    None: "none",
    PreventAllDeletion: "prevent-all-deletion",
    PreventForceDeletion: "prevent-force-deletion",
};
const RetentionAction = {
    Retain: "retain",
    Terminate: "terminate",
};
const TargetCapacityType = {
    CAPACITY_BLOCK: "capacity-block",
    INTERRUPTIBLE_CAPACITY_RESERVATION: "interruptible-capacity-reservation",
    ON_DEMAND: "on-demand",
    ON_DEMAND_CAPACITY_RESERVATION: "on-demand-capacity-reservation",
};
const BareMetal = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const BurstablePerformance = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const CpuManufacturer = {
    AMAZON_WEB_SERVICES: "amazon-web-services",
    AMD: "amd",
    APPLE: "apple",
    INTEL: "intel",
};
const InstanceGeneration = {
    CURRENT: "current",
    PREVIOUS: "previous",
};
const LocalStorage = {
    EXCLUDED: "excluded",
    INCLUDED: "included",
    REQUIRED: "required",
};
const LocalStorageType = {
    HDD: "hdd",
    SSD: "ssd",
};
const InstanceMetadataEndpointState = {
    Disabled: "disabled",
    Enabled: "enabled",
};
const InstanceMetadataHttpTokensState = {
    Optional: "optional",
    Required: "required",
};
const LifecycleState = {
    DETACHED: "Detached",
    DETACHING: "Detaching",
    ENTERING_STANDBY: "EnteringStandby",
    IN_SERVICE: "InService",
    PENDING: "Pending",
    PENDING_PROCEED: "Pending:Proceed",
    PENDING_WAIT: "Pending:Wait",
    QUARANTINED: "Quarantined",
    REPLACING_ROOT_VOLUME: "ReplacingRootVolume",
    REPLACING_ROOT_VOLUME_PROCEED: "ReplacingRootVolume:Proceed",
    REPLACING_ROOT_VOLUME_WAIT: "ReplacingRootVolume:Wait",
    ROOT_VOLUME_REPLACED: "RootVolumeReplaced",
    STANDBY: "Standby",
    TERMINATED: "Terminated",
    TERMINATING: "Terminating",
    TERMINATING_PROCEED: "Terminating:Proceed",
    TERMINATING_RETAINED: "Terminating:Retained",
    TERMINATING_WAIT: "Terminating:Wait",
    WARMED_HIBERNATED: "Warmed:Hibernated",
    WARMED_PENDING: "Warmed:Pending",
    WARMED_PENDING_PROCEED: "Warmed:Pending:Proceed",
    WARMED_PENDING_RETAINED: "Warmed:Pending:Retained",
    WARMED_PENDING_WAIT: "Warmed:Pending:Wait",
    WARMED_RUNNING: "Warmed:Running",
    WARMED_STOPPED: "Warmed:Stopped",
    WARMED_TERMINATED: "Warmed:Terminated",
    WARMED_TERMINATING: "Warmed:Terminating",
    WARMED_TERMINATING_PROCEED: "Warmed:Terminating:Proceed",
    WARMED_TERMINATING_RETAINED: "Warmed:Terminating:Retained",
    WARMED_TERMINATING_WAIT: "Warmed:Terminating:Wait",
};
const WarmPoolState = {
    Hibernated: "Hibernated",
    Running: "Running",
    Stopped: "Stopped",
};
const WarmPoolStatus = {
    PendingDelete: "PendingDelete",
};
const ScaleInProtectedInstances = {
    Ignore: "Ignore",
    Refresh: "Refresh",
    Wait: "Wait",
};
const StandbyInstances = {
    Ignore: "Ignore",
    Terminate: "Terminate",
    Wait: "Wait",
};
const InstanceRefreshStatus = {
    Baking: "Baking",
    Cancelled: "Cancelled",
    Cancelling: "Cancelling",
    Failed: "Failed",
    InProgress: "InProgress",
    Pending: "Pending",
    RollbackFailed: "RollbackFailed",
    RollbackInProgress: "RollbackInProgress",
    RollbackSuccessful: "RollbackSuccessful",
    Successful: "Successful",
};
const RefreshStrategy = {
    ReplaceRootVolume: "ReplaceRootVolume",
    Rolling: "Rolling",
};
const PredictiveScalingMaxCapacityBreachBehavior = {
    HonorMaxCapacity: "HonorMaxCapacity",
    IncreaseMaxCapacity: "IncreaseMaxCapacity",
};
const PredefinedLoadMetricType = {
    ALBTargetGroupRequestCount: "ALBTargetGroupRequestCount",
    ASGTotalCPUUtilization: "ASGTotalCPUUtilization",
    ASGTotalNetworkIn: "ASGTotalNetworkIn",
    ASGTotalNetworkOut: "ASGTotalNetworkOut",
};
const PredefinedMetricPairType = {
    ALBRequestCount: "ALBRequestCount",
    ASGCPUUtilization: "ASGCPUUtilization",
    ASGNetworkIn: "ASGNetworkIn",
    ASGNetworkOut: "ASGNetworkOut",
};
const PredefinedScalingMetricType = {
    ALBRequestCountPerTarget: "ALBRequestCountPerTarget",
    ASGAverageCPUUtilization: "ASGAverageCPUUtilization",
    ASGAverageNetworkIn: "ASGAverageNetworkIn",
    ASGAverageNetworkOut: "ASGAverageNetworkOut",
};
const PredictiveScalingMode = {
    ForecastAndScale: "ForecastAndScale",
    ForecastOnly: "ForecastOnly",
};
const MetricStatistic = {
    Average: "Average",
    Maximum: "Maximum",
    Minimum: "Minimum",
    SampleCount: "SampleCount",
    Sum: "Sum",
};
const MetricType = {
    ALBRequestCountPerTarget: "ALBRequestCountPerTarget",
    ASGAverageCPUUtilization: "ASGAverageCPUUtilization",
    ASGAverageNetworkIn: "ASGAverageNetworkIn",
    ASGAverageNetworkOut: "ASGAverageNetworkOut",
};
const RetryStrategy = {
    NONE: "none",
    RETRY_WITH_GROUP_CONFIGURATION: "retry-with-group-configuration",
};

exports.AcceleratorCountRequest$ = AcceleratorCountRequest$;
exports.AcceleratorManufacturer = AcceleratorManufacturer;
exports.AcceleratorName = AcceleratorName;
exports.AcceleratorTotalMemoryMiBRequest$ = AcceleratorTotalMemoryMiBRequest$;
exports.AcceleratorType = AcceleratorType;
exports.AccountSetting$ = AccountSetting$;
exports.ActiveInstanceRefreshNotFoundFault = ActiveInstanceRefreshNotFoundFault;
exports.ActiveInstanceRefreshNotFoundFault$ = ActiveInstanceRefreshNotFoundFault$;
exports.ActivitiesType$ = ActivitiesType$;
exports.Activity$ = Activity$;
exports.ActivityType$ = ActivityType$;
exports.AdjustmentType$ = AdjustmentType$;
exports.Alarm$ = Alarm$;
exports.AlarmSpecification$ = AlarmSpecification$;
exports.AlreadyExistsFault = AlreadyExistsFault;
exports.AlreadyExistsFault$ = AlreadyExistsFault$;
exports.AttachInstances$ = AttachInstances$;
exports.AttachInstancesCommand = AttachInstancesCommand;
exports.AttachInstancesQuery$ = AttachInstancesQuery$;
exports.AttachLoadBalancerTargetGroups$ = AttachLoadBalancerTargetGroups$;
exports.AttachLoadBalancerTargetGroupsCommand = AttachLoadBalancerTargetGroupsCommand;
exports.AttachLoadBalancerTargetGroupsResultType$ = AttachLoadBalancerTargetGroupsResultType$;
exports.AttachLoadBalancerTargetGroupsType$ = AttachLoadBalancerTargetGroupsType$;
exports.AttachLoadBalancers$ = AttachLoadBalancers$;
exports.AttachLoadBalancersCommand = AttachLoadBalancersCommand;
exports.AttachLoadBalancersResultType$ = AttachLoadBalancersResultType$;
exports.AttachLoadBalancersType$ = AttachLoadBalancersType$;
exports.AttachTrafficSources$ = AttachTrafficSources$;
exports.AttachTrafficSourcesCommand = AttachTrafficSourcesCommand;
exports.AttachTrafficSourcesResultType$ = AttachTrafficSourcesResultType$;
exports.AttachTrafficSourcesType$ = AttachTrafficSourcesType$;
exports.AutoScaling = AutoScaling;
exports.AutoScalingClient = AutoScalingClient;
exports.AutoScalingGroup$ = AutoScalingGroup$;
exports.AutoScalingGroupNamesType$ = AutoScalingGroupNamesType$;
exports.AutoScalingGroupsType$ = AutoScalingGroupsType$;
exports.AutoScalingInstanceDetails$ = AutoScalingInstanceDetails$;
exports.AutoScalingInstancesType$ = AutoScalingInstancesType$;
exports.AutoScalingServiceException = AutoScalingServiceException;
exports.AutoScalingServiceException$ = AutoScalingServiceException$;
exports.AvailabilityZoneDistribution$ = AvailabilityZoneDistribution$;
exports.AvailabilityZoneImpairmentPolicy$ = AvailabilityZoneImpairmentPolicy$;
exports.BareMetal = BareMetal;
exports.BaselineEbsBandwidthMbpsRequest$ = BaselineEbsBandwidthMbpsRequest$;
exports.BaselinePerformanceFactorsRequest$ = BaselinePerformanceFactorsRequest$;
exports.BatchDeleteScheduledAction$ = BatchDeleteScheduledAction$;
exports.BatchDeleteScheduledActionAnswer$ = BatchDeleteScheduledActionAnswer$;
exports.BatchDeleteScheduledActionCommand = BatchDeleteScheduledActionCommand;
exports.BatchDeleteScheduledActionType$ = BatchDeleteScheduledActionType$;
exports.BatchPutScheduledUpdateGroupAction$ = BatchPutScheduledUpdateGroupAction$;
exports.BatchPutScheduledUpdateGroupActionAnswer$ = BatchPutScheduledUpdateGroupActionAnswer$;
exports.BatchPutScheduledUpdateGroupActionCommand = BatchPutScheduledUpdateGroupActionCommand;
exports.BatchPutScheduledUpdateGroupActionType$ = BatchPutScheduledUpdateGroupActionType$;
exports.BlockDeviceMapping$ = BlockDeviceMapping$;
exports.BurstablePerformance = BurstablePerformance;
exports.CancelInstanceRefresh$ = CancelInstanceRefresh$;
exports.CancelInstanceRefreshAnswer$ = CancelInstanceRefreshAnswer$;
exports.CancelInstanceRefreshCommand = CancelInstanceRefreshCommand;
exports.CancelInstanceRefreshType$ = CancelInstanceRefreshType$;
exports.CapacityDistributionStrategy = CapacityDistributionStrategy;
exports.CapacityForecast$ = CapacityForecast$;
exports.CapacityReservationPreference = CapacityReservationPreference;
exports.CapacityReservationSpecification$ = CapacityReservationSpecification$;
exports.CapacityReservationTarget$ = CapacityReservationTarget$;
exports.CompleteLifecycleAction$ = CompleteLifecycleAction$;
exports.CompleteLifecycleActionAnswer$ = CompleteLifecycleActionAnswer$;
exports.CompleteLifecycleActionCommand = CompleteLifecycleActionCommand;
exports.CompleteLifecycleActionType$ = CompleteLifecycleActionType$;
exports.CpuManufacturer = CpuManufacturer;
exports.CpuPerformanceFactorRequest$ = CpuPerformanceFactorRequest$;
exports.CreateAutoScalingGroup$ = CreateAutoScalingGroup$;
exports.CreateAutoScalingGroupCommand = CreateAutoScalingGroupCommand;
exports.CreateAutoScalingGroupType$ = CreateAutoScalingGroupType$;
exports.CreateLaunchConfiguration$ = CreateLaunchConfiguration$;
exports.CreateLaunchConfigurationCommand = CreateLaunchConfigurationCommand;
exports.CreateLaunchConfigurationType$ = CreateLaunchConfigurationType$;
exports.CreateOrUpdateTags$ = CreateOrUpdateTags$;
exports.CreateOrUpdateTagsCommand = CreateOrUpdateTagsCommand;
exports.CreateOrUpdateTagsType$ = CreateOrUpdateTagsType$;
exports.CustomizedMetricSpecification$ = CustomizedMetricSpecification$;
exports.DeleteAutoScalingGroup$ = DeleteAutoScalingGroup$;
exports.DeleteAutoScalingGroupCommand = DeleteAutoScalingGroupCommand;
exports.DeleteAutoScalingGroupType$ = DeleteAutoScalingGroupType$;
exports.DeleteLaunchConfiguration$ = DeleteLaunchConfiguration$;
exports.DeleteLaunchConfigurationCommand = DeleteLaunchConfigurationCommand;
exports.DeleteLifecycleHook$ = DeleteLifecycleHook$;
exports.DeleteLifecycleHookAnswer$ = DeleteLifecycleHookAnswer$;
exports.DeleteLifecycleHookCommand = DeleteLifecycleHookCommand;
exports.DeleteLifecycleHookType$ = DeleteLifecycleHookType$;
exports.DeleteNotificationConfiguration$ = DeleteNotificationConfiguration$;
exports.DeleteNotificationConfigurationCommand = DeleteNotificationConfigurationCommand;
exports.DeleteNotificationConfigurationType$ = DeleteNotificationConfigurationType$;
exports.DeletePolicy$ = DeletePolicy$;
exports.DeletePolicyCommand = DeletePolicyCommand;
exports.DeletePolicyType$ = DeletePolicyType$;
exports.DeleteScheduledAction$ = DeleteScheduledAction$;
exports.DeleteScheduledActionCommand = DeleteScheduledActionCommand;
exports.DeleteScheduledActionType$ = DeleteScheduledActionType$;
exports.DeleteTags$ = DeleteTags$;
exports.DeleteTagsCommand = DeleteTagsCommand;
exports.DeleteTagsType$ = DeleteTagsType$;
exports.DeleteWarmPool$ = DeleteWarmPool$;
exports.DeleteWarmPoolAnswer$ = DeleteWarmPoolAnswer$;
exports.DeleteWarmPoolCommand = DeleteWarmPoolCommand;
exports.DeleteWarmPoolType$ = DeleteWarmPoolType$;
exports.DeletionProtection = DeletionProtection;
exports.DescribeAccountLimits$ = DescribeAccountLimits$;
exports.DescribeAccountLimitsAnswer$ = DescribeAccountLimitsAnswer$;
exports.DescribeAccountLimitsCommand = DescribeAccountLimitsCommand;
exports.DescribeAccountSettings$ = DescribeAccountSettings$;
exports.DescribeAccountSettingsAnswer$ = DescribeAccountSettingsAnswer$;
exports.DescribeAccountSettingsCommand = DescribeAccountSettingsCommand;
exports.DescribeAccountSettingsType$ = DescribeAccountSettingsType$;
exports.DescribeAdjustmentTypes$ = DescribeAdjustmentTypes$;
exports.DescribeAdjustmentTypesAnswer$ = DescribeAdjustmentTypesAnswer$;
exports.DescribeAdjustmentTypesCommand = DescribeAdjustmentTypesCommand;
exports.DescribeAutoScalingGroups$ = DescribeAutoScalingGroups$;
exports.DescribeAutoScalingGroupsCommand = DescribeAutoScalingGroupsCommand;
exports.DescribeAutoScalingInstances$ = DescribeAutoScalingInstances$;
exports.DescribeAutoScalingInstancesCommand = DescribeAutoScalingInstancesCommand;
exports.DescribeAutoScalingInstancesType$ = DescribeAutoScalingInstancesType$;
exports.DescribeAutoScalingNotificationTypes$ = DescribeAutoScalingNotificationTypes$;
exports.DescribeAutoScalingNotificationTypesAnswer$ = DescribeAutoScalingNotificationTypesAnswer$;
exports.DescribeAutoScalingNotificationTypesCommand = DescribeAutoScalingNotificationTypesCommand;
exports.DescribeInstanceRefreshes$ = DescribeInstanceRefreshes$;
exports.DescribeInstanceRefreshesAnswer$ = DescribeInstanceRefreshesAnswer$;
exports.DescribeInstanceRefreshesCommand = DescribeInstanceRefreshesCommand;
exports.DescribeInstanceRefreshesType$ = DescribeInstanceRefreshesType$;
exports.DescribeLaunchConfigurations$ = DescribeLaunchConfigurations$;
exports.DescribeLaunchConfigurationsCommand = DescribeLaunchConfigurationsCommand;
exports.DescribeLifecycleHookTypes$ = DescribeLifecycleHookTypes$;
exports.DescribeLifecycleHookTypesAnswer$ = DescribeLifecycleHookTypesAnswer$;
exports.DescribeLifecycleHookTypesCommand = DescribeLifecycleHookTypesCommand;
exports.DescribeLifecycleHooks$ = DescribeLifecycleHooks$;
exports.DescribeLifecycleHooksAnswer$ = DescribeLifecycleHooksAnswer$;
exports.DescribeLifecycleHooksCommand = DescribeLifecycleHooksCommand;
exports.DescribeLifecycleHooksType$ = DescribeLifecycleHooksType$;
exports.DescribeLoadBalancerTargetGroups$ = DescribeLoadBalancerTargetGroups$;
exports.DescribeLoadBalancerTargetGroupsCommand = DescribeLoadBalancerTargetGroupsCommand;
exports.DescribeLoadBalancerTargetGroupsRequest$ = DescribeLoadBalancerTargetGroupsRequest$;
exports.DescribeLoadBalancerTargetGroupsResponse$ = DescribeLoadBalancerTargetGroupsResponse$;
exports.DescribeLoadBalancers$ = DescribeLoadBalancers$;
exports.DescribeLoadBalancersCommand = DescribeLoadBalancersCommand;
exports.DescribeLoadBalancersRequest$ = DescribeLoadBalancersRequest$;
exports.DescribeLoadBalancersResponse$ = DescribeLoadBalancersResponse$;
exports.DescribeMetricCollectionTypes$ = DescribeMetricCollectionTypes$;
exports.DescribeMetricCollectionTypesAnswer$ = DescribeMetricCollectionTypesAnswer$;
exports.DescribeMetricCollectionTypesCommand = DescribeMetricCollectionTypesCommand;
exports.DescribeNotificationConfigurations$ = DescribeNotificationConfigurations$;
exports.DescribeNotificationConfigurationsAnswer$ = DescribeNotificationConfigurationsAnswer$;
exports.DescribeNotificationConfigurationsCommand = DescribeNotificationConfigurationsCommand;
exports.DescribeNotificationConfigurationsType$ = DescribeNotificationConfigurationsType$;
exports.DescribePolicies$ = DescribePolicies$;
exports.DescribePoliciesCommand = DescribePoliciesCommand;
exports.DescribePoliciesType$ = DescribePoliciesType$;
exports.DescribeScalingActivities$ = DescribeScalingActivities$;
exports.DescribeScalingActivitiesCommand = DescribeScalingActivitiesCommand;
exports.DescribeScalingActivitiesType$ = DescribeScalingActivitiesType$;
exports.DescribeScalingProcessTypes$ = DescribeScalingProcessTypes$;
exports.DescribeScalingProcessTypesCommand = DescribeScalingProcessTypesCommand;
exports.DescribeScheduledActions$ = DescribeScheduledActions$;
exports.DescribeScheduledActionsCommand = DescribeScheduledActionsCommand;
exports.DescribeScheduledActionsType$ = DescribeScheduledActionsType$;
exports.DescribeTags$ = DescribeTags$;
exports.DescribeTagsCommand = DescribeTagsCommand;
exports.DescribeTagsType$ = DescribeTagsType$;
exports.DescribeTerminationPolicyTypes$ = DescribeTerminationPolicyTypes$;
exports.DescribeTerminationPolicyTypesAnswer$ = DescribeTerminationPolicyTypesAnswer$;
exports.DescribeTerminationPolicyTypesCommand = DescribeTerminationPolicyTypesCommand;
exports.DescribeTrafficSources$ = DescribeTrafficSources$;
exports.DescribeTrafficSourcesCommand = DescribeTrafficSourcesCommand;
exports.DescribeTrafficSourcesRequest$ = DescribeTrafficSourcesRequest$;
exports.DescribeTrafficSourcesResponse$ = DescribeTrafficSourcesResponse$;
exports.DescribeWarmPool$ = DescribeWarmPool$;
exports.DescribeWarmPoolAnswer$ = DescribeWarmPoolAnswer$;
exports.DescribeWarmPoolCommand = DescribeWarmPoolCommand;
exports.DescribeWarmPoolType$ = DescribeWarmPoolType$;
exports.DesiredConfiguration$ = DesiredConfiguration$;
exports.DetachInstances$ = DetachInstances$;
exports.DetachInstancesAnswer$ = DetachInstancesAnswer$;
exports.DetachInstancesCommand = DetachInstancesCommand;
exports.DetachInstancesQuery$ = DetachInstancesQuery$;
exports.DetachLoadBalancerTargetGroups$ = DetachLoadBalancerTargetGroups$;
exports.DetachLoadBalancerTargetGroupsCommand = DetachLoadBalancerTargetGroupsCommand;
exports.DetachLoadBalancerTargetGroupsResultType$ = DetachLoadBalancerTargetGroupsResultType$;
exports.DetachLoadBalancerTargetGroupsType$ = DetachLoadBalancerTargetGroupsType$;
exports.DetachLoadBalancers$ = DetachLoadBalancers$;
exports.DetachLoadBalancersCommand = DetachLoadBalancersCommand;
exports.DetachLoadBalancersResultType$ = DetachLoadBalancersResultType$;
exports.DetachLoadBalancersType$ = DetachLoadBalancersType$;
exports.DetachTrafficSources$ = DetachTrafficSources$;
exports.DetachTrafficSourcesCommand = DetachTrafficSourcesCommand;
exports.DetachTrafficSourcesResultType$ = DetachTrafficSourcesResultType$;
exports.DetachTrafficSourcesType$ = DetachTrafficSourcesType$;
exports.DisableMetricsCollection$ = DisableMetricsCollection$;
exports.DisableMetricsCollectionCommand = DisableMetricsCollectionCommand;
exports.DisableMetricsCollectionQuery$ = DisableMetricsCollectionQuery$;
exports.DistributionSegment$ = DistributionSegment$;
exports.Ebs$ = Ebs$;
exports.EnableMetricsCollection$ = EnableMetricsCollection$;
exports.EnableMetricsCollectionCommand = EnableMetricsCollectionCommand;
exports.EnableMetricsCollectionQuery$ = EnableMetricsCollectionQuery$;
exports.EnabledMetric$ = EnabledMetric$;
exports.EnterStandby$ = EnterStandby$;
exports.EnterStandbyAnswer$ = EnterStandbyAnswer$;
exports.EnterStandbyCommand = EnterStandbyCommand;
exports.EnterStandbyQuery$ = EnterStandbyQuery$;
exports.ExecutePolicy$ = ExecutePolicy$;
exports.ExecutePolicyCommand = ExecutePolicyCommand;
exports.ExecutePolicyType$ = ExecutePolicyType$;
exports.ExitStandby$ = ExitStandby$;
exports.ExitStandbyAnswer$ = ExitStandbyAnswer$;
exports.ExitStandbyCommand = ExitStandbyCommand;
exports.ExitStandbyQuery$ = ExitStandbyQuery$;
exports.FailedScheduledUpdateGroupActionRequest$ = FailedScheduledUpdateGroupActionRequest$;
exports.Filter$ = Filter$;
exports.GetPredictiveScalingForecast$ = GetPredictiveScalingForecast$;
exports.GetPredictiveScalingForecastAnswer$ = GetPredictiveScalingForecastAnswer$;
exports.GetPredictiveScalingForecastCommand = GetPredictiveScalingForecastCommand;
exports.GetPredictiveScalingForecastType$ = GetPredictiveScalingForecastType$;
exports.IdempotentCallInProgressFault = IdempotentCallInProgressFault;
exports.IdempotentCallInProgressFault$ = IdempotentCallInProgressFault$;
exports.IdempotentParameterMismatchError = IdempotentParameterMismatchError;
exports.IdempotentParameterMismatchError$ = IdempotentParameterMismatchError$;
exports.ImpairedZoneHealthCheckBehavior = ImpairedZoneHealthCheckBehavior;
exports.Instance$ = Instance$;
exports.InstanceCollection$ = InstanceCollection$;
exports.InstanceGeneration = InstanceGeneration;
exports.InstanceLifecyclePolicy$ = InstanceLifecyclePolicy$;
exports.InstanceMaintenancePolicy$ = InstanceMaintenancePolicy$;
exports.InstanceMetadataEndpointState = InstanceMetadataEndpointState;
exports.InstanceMetadataHttpTokensState = InstanceMetadataHttpTokensState;
exports.InstanceMetadataOptions$ = InstanceMetadataOptions$;
exports.InstanceMonitoring$ = InstanceMonitoring$;
exports.InstanceRefresh$ = InstanceRefresh$;
exports.InstanceRefreshInProgressFault = InstanceRefreshInProgressFault;
exports.InstanceRefreshInProgressFault$ = InstanceRefreshInProgressFault$;
exports.InstanceRefreshLivePoolProgress$ = InstanceRefreshLivePoolProgress$;
exports.InstanceRefreshProgressDetails$ = InstanceRefreshProgressDetails$;
exports.InstanceRefreshStatus = InstanceRefreshStatus;
exports.InstanceRefreshWarmPoolProgress$ = InstanceRefreshWarmPoolProgress$;
exports.InstanceRequirements$ = InstanceRequirements$;
exports.InstanceReusePolicy$ = InstanceReusePolicy$;
exports.InstancesDistribution$ = InstancesDistribution$;
exports.InvalidNextToken = InvalidNextToken;
exports.InvalidNextToken$ = InvalidNextToken$;
exports.IrreversibleInstanceRefreshFault = IrreversibleInstanceRefreshFault;
exports.IrreversibleInstanceRefreshFault$ = IrreversibleInstanceRefreshFault$;
exports.LaunchConfiguration$ = LaunchConfiguration$;
exports.LaunchConfigurationNameType$ = LaunchConfigurationNameType$;
exports.LaunchConfigurationNamesType$ = LaunchConfigurationNamesType$;
exports.LaunchConfigurationsType$ = LaunchConfigurationsType$;
exports.LaunchInstances$ = LaunchInstances$;
exports.LaunchInstancesCommand = LaunchInstancesCommand;
exports.LaunchInstancesError$ = LaunchInstancesError$;
exports.LaunchInstancesRequest$ = LaunchInstancesRequest$;
exports.LaunchInstancesResult$ = LaunchInstancesResult$;
exports.LaunchTemplate$ = LaunchTemplate$;
exports.LaunchTemplateOverrides$ = LaunchTemplateOverrides$;
exports.LaunchTemplateSpecification$ = LaunchTemplateSpecification$;
exports.LifecycleHook$ = LifecycleHook$;
exports.LifecycleHookSpecification$ = LifecycleHookSpecification$;
exports.LifecycleState = LifecycleState;
exports.LimitExceededFault = LimitExceededFault;
exports.LimitExceededFault$ = LimitExceededFault$;
exports.LoadBalancerState$ = LoadBalancerState$;
exports.LoadBalancerTargetGroupState$ = LoadBalancerTargetGroupState$;
exports.LoadForecast$ = LoadForecast$;
exports.LocalStorage = LocalStorage;
exports.LocalStorageType = LocalStorageType;
exports.MemoryGiBPerVCpuRequest$ = MemoryGiBPerVCpuRequest$;
exports.MemoryMiBRequest$ = MemoryMiBRequest$;
exports.Metric$ = Metric$;
exports.MetricCollectionType$ = MetricCollectionType$;
exports.MetricDataQuery$ = MetricDataQuery$;
exports.MetricDimension$ = MetricDimension$;
exports.MetricGranularityType$ = MetricGranularityType$;
exports.MetricStat$ = MetricStat$;
exports.MetricStatistic = MetricStatistic;
exports.MetricType = MetricType;
exports.MixedInstancesPolicy$ = MixedInstancesPolicy$;
exports.NetworkBandwidthGbpsRequest$ = NetworkBandwidthGbpsRequest$;
exports.NetworkInterfaceCountRequest$ = NetworkInterfaceCountRequest$;
exports.NotificationConfiguration$ = NotificationConfiguration$;
exports.Operator$ = Operator$;
exports.PerformanceFactorReferenceRequest$ = PerformanceFactorReferenceRequest$;
exports.PoliciesType$ = PoliciesType$;
exports.PolicyARNType$ = PolicyARNType$;
exports.PredefinedLoadMetricType = PredefinedLoadMetricType;
exports.PredefinedMetricPairType = PredefinedMetricPairType;
exports.PredefinedMetricSpecification$ = PredefinedMetricSpecification$;
exports.PredefinedScalingMetricType = PredefinedScalingMetricType;
exports.PredictiveScalingConfiguration$ = PredictiveScalingConfiguration$;
exports.PredictiveScalingCustomizedCapacityMetric$ = PredictiveScalingCustomizedCapacityMetric$;
exports.PredictiveScalingCustomizedLoadMetric$ = PredictiveScalingCustomizedLoadMetric$;
exports.PredictiveScalingCustomizedScalingMetric$ = PredictiveScalingCustomizedScalingMetric$;
exports.PredictiveScalingMaxCapacityBreachBehavior = PredictiveScalingMaxCapacityBreachBehavior;
exports.PredictiveScalingMetricSpecification$ = PredictiveScalingMetricSpecification$;
exports.PredictiveScalingMode = PredictiveScalingMode;
exports.PredictiveScalingPredefinedLoadMetric$ = PredictiveScalingPredefinedLoadMetric$;
exports.PredictiveScalingPredefinedMetricPair$ = PredictiveScalingPredefinedMetricPair$;
exports.PredictiveScalingPredefinedScalingMetric$ = PredictiveScalingPredefinedScalingMetric$;
exports.ProcessType$ = ProcessType$;
exports.ProcessesType$ = ProcessesType$;
exports.PutAccountSetting$ = PutAccountSetting$;
exports.PutAccountSettingAnswer$ = PutAccountSettingAnswer$;
exports.PutAccountSettingCommand = PutAccountSettingCommand;
exports.PutAccountSettingType$ = PutAccountSettingType$;
exports.PutLifecycleHook$ = PutLifecycleHook$;
exports.PutLifecycleHookAnswer$ = PutLifecycleHookAnswer$;
exports.PutLifecycleHookCommand = PutLifecycleHookCommand;
exports.PutLifecycleHookType$ = PutLifecycleHookType$;
exports.PutNotificationConfiguration$ = PutNotificationConfiguration$;
exports.PutNotificationConfigurationCommand = PutNotificationConfigurationCommand;
exports.PutNotificationConfigurationType$ = PutNotificationConfigurationType$;
exports.PutScalingPolicy$ = PutScalingPolicy$;
exports.PutScalingPolicyCommand = PutScalingPolicyCommand;
exports.PutScalingPolicyType$ = PutScalingPolicyType$;
exports.PutScheduledUpdateGroupAction$ = PutScheduledUpdateGroupAction$;
exports.PutScheduledUpdateGroupActionCommand = PutScheduledUpdateGroupActionCommand;
exports.PutScheduledUpdateGroupActionType$ = PutScheduledUpdateGroupActionType$;
exports.PutWarmPool$ = PutWarmPool$;
exports.PutWarmPoolAnswer$ = PutWarmPoolAnswer$;
exports.PutWarmPoolCommand = PutWarmPoolCommand;
exports.PutWarmPoolType$ = PutWarmPoolType$;
exports.RecordLifecycleActionHeartbeat$ = RecordLifecycleActionHeartbeat$;
exports.RecordLifecycleActionHeartbeatAnswer$ = RecordLifecycleActionHeartbeatAnswer$;
exports.RecordLifecycleActionHeartbeatCommand = RecordLifecycleActionHeartbeatCommand;
exports.RecordLifecycleActionHeartbeatType$ = RecordLifecycleActionHeartbeatType$;
exports.RefreshPreferences$ = RefreshPreferences$;
exports.RefreshStrategy = RefreshStrategy;
exports.ResourceContentionFault = ResourceContentionFault;
exports.ResourceContentionFault$ = ResourceContentionFault$;
exports.ResourceInUseFault = ResourceInUseFault;
exports.ResourceInUseFault$ = ResourceInUseFault$;
exports.ResumeProcesses$ = ResumeProcesses$;
exports.ResumeProcessesCommand = ResumeProcessesCommand;
exports.RetentionAction = RetentionAction;
exports.RetentionTriggers$ = RetentionTriggers$;
exports.RetryStrategy = RetryStrategy;
exports.RollbackDetails$ = RollbackDetails$;
exports.RollbackInstanceRefresh$ = RollbackInstanceRefresh$;
exports.RollbackInstanceRefreshAnswer$ = RollbackInstanceRefreshAnswer$;
exports.RollbackInstanceRefreshCommand = RollbackInstanceRefreshCommand;
exports.RollbackInstanceRefreshType$ = RollbackInstanceRefreshType$;
exports.ScaleInProtectedInstances = ScaleInProtectedInstances;
exports.ScalingActivityInProgressFault = ScalingActivityInProgressFault;
exports.ScalingActivityInProgressFault$ = ScalingActivityInProgressFault$;
exports.ScalingActivityStatusCode = ScalingActivityStatusCode;
exports.ScalingPolicy$ = ScalingPolicy$;
exports.ScalingProcessQuery$ = ScalingProcessQuery$;
exports.ScheduledActionsType$ = ScheduledActionsType$;
exports.ScheduledUpdateGroupAction$ = ScheduledUpdateGroupAction$;
exports.ScheduledUpdateGroupActionRequest$ = ScheduledUpdateGroupActionRequest$;
exports.ServiceLinkedRoleFailure = ServiceLinkedRoleFailure;
exports.ServiceLinkedRoleFailure$ = ServiceLinkedRoleFailure$;
exports.SetDesiredCapacity$ = SetDesiredCapacity$;
exports.SetDesiredCapacityCommand = SetDesiredCapacityCommand;
exports.SetDesiredCapacityType$ = SetDesiredCapacityType$;
exports.SetInstanceHealth$ = SetInstanceHealth$;
exports.SetInstanceHealthCommand = SetInstanceHealthCommand;
exports.SetInstanceHealthQuery$ = SetInstanceHealthQuery$;
exports.SetInstanceProtection$ = SetInstanceProtection$;
exports.SetInstanceProtectionAnswer$ = SetInstanceProtectionAnswer$;
exports.SetInstanceProtectionCommand = SetInstanceProtectionCommand;
exports.SetInstanceProtectionQuery$ = SetInstanceProtectionQuery$;
exports.StandbyInstances = StandbyInstances;
exports.StartInstanceRefresh$ = StartInstanceRefresh$;
exports.StartInstanceRefreshAnswer$ = StartInstanceRefreshAnswer$;
exports.StartInstanceRefreshCommand = StartInstanceRefreshCommand;
exports.StartInstanceRefreshType$ = StartInstanceRefreshType$;
exports.StepAdjustment$ = StepAdjustment$;
exports.SuspendProcesses$ = SuspendProcesses$;
exports.SuspendProcessesCommand = SuspendProcessesCommand;
exports.SuspendedProcess$ = SuspendedProcess$;
exports.Tag$ = Tag$;
exports.TagDescription$ = TagDescription$;
exports.TagsType$ = TagsType$;
exports.TargetCapacityType = TargetCapacityType;
exports.TargetTrackingConfiguration$ = TargetTrackingConfiguration$;
exports.TargetTrackingMetricDataQuery$ = TargetTrackingMetricDataQuery$;
exports.TargetTrackingMetricStat$ = TargetTrackingMetricStat$;
exports.TerminateInstanceInAutoScalingGroup$ = TerminateInstanceInAutoScalingGroup$;
exports.TerminateInstanceInAutoScalingGroupCommand = TerminateInstanceInAutoScalingGroupCommand;
exports.TerminateInstanceInAutoScalingGroupType$ = TerminateInstanceInAutoScalingGroupType$;
exports.TotalLocalStorageGBRequest$ = TotalLocalStorageGBRequest$;
exports.TrafficSourceIdentifier$ = TrafficSourceIdentifier$;
exports.TrafficSourceState$ = TrafficSourceState$;
exports.UpdateAutoScalingGroup$ = UpdateAutoScalingGroup$;
exports.UpdateAutoScalingGroupCommand = UpdateAutoScalingGroupCommand;
exports.UpdateAutoScalingGroupType$ = UpdateAutoScalingGroupType$;
exports.VCpuCountRequest$ = VCpuCountRequest$;
exports.WarmPoolConfiguration$ = WarmPoolConfiguration$;
exports.WarmPoolState = WarmPoolState;
exports.WarmPoolStatus = WarmPoolStatus;
exports.errorTypeRegistries = errorTypeRegistries;
exports.paginateDescribeAutoScalingGroups = paginateDescribeAutoScalingGroups;
exports.paginateDescribeAutoScalingInstances = paginateDescribeAutoScalingInstances;
exports.paginateDescribeInstanceRefreshes = paginateDescribeInstanceRefreshes;
exports.paginateDescribeLaunchConfigurations = paginateDescribeLaunchConfigurations;
exports.paginateDescribeLoadBalancerTargetGroups = paginateDescribeLoadBalancerTargetGroups;
exports.paginateDescribeLoadBalancers = paginateDescribeLoadBalancers;
exports.paginateDescribeNotificationConfigurations = paginateDescribeNotificationConfigurations;
exports.paginateDescribePolicies = paginateDescribePolicies;
exports.paginateDescribeScalingActivities = paginateDescribeScalingActivities;
exports.paginateDescribeScheduledActions = paginateDescribeScheduledActions;
exports.paginateDescribeTags = paginateDescribeTags;
exports.paginateDescribeTrafficSources = paginateDescribeTrafficSources;
exports.paginateDescribeWarmPool = paginateDescribeWarmPool;
exports.waitForGroupExists = waitForGroupExists;
exports.waitForGroupInService = waitForGroupInService;
exports.waitForGroupNotExists = waitForGroupNotExists;
exports.waitUntilGroupExists = waitUntilGroupExists;
exports.waitUntilGroupInService = waitUntilGroupInService;
exports.waitUntilGroupNotExists = waitUntilGroupNotExists;


/***/ })

};
