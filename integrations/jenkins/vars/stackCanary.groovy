/**
 * stackCanary: deploys a CloudFormation stack, shifts a Lambda alias to the new version step by
 * step, judges it against the old one and rolls back on its own, by running the stack-canary CLI.
 *
 *   stackCanary(
 *       'aws-role-arn': 'arn:aws:iam::123456789012:role/stack-canary-deployer',
 *       'oidc-credentials-id': 'aws-oidc',
 *       'stack-name': 'orders-api',
 *       template: 'infra/app.yaml',
 *       strategy: 'canary 10% 5m',
 *   )
 *
 * Every input of the stack-canary GitHub Action is an option of the same name (INPUTS below) and
 * reaches the CLI as STACK_CANARY_<NAME>; an option it does not know stops the build. AWS
 * credentials, one of:
 * - 'oidc-credentials-id': an "OpenID Connect id token as file" credential of the OpenID Connect
 *   Provider plugin (audience sts.amazonaws.com), exchanged by the AWS SDK for 'aws-role-arn'
 *   (sts:AssumeRoleWithWebIdentity). The plugin mints the token when the credential is bound, and
 *   the step binds it once, so although the SDK re-reads the file at each renewal, the token's
 *   lifetime ('token-lifetime', the plugin's tokenLifetime, 3600 s by default) bounds the run: the
 *   CLI refuses a canary planned to take longer before any AWS call.
 * - 'credentialsId': an AWS Credentials plugin credential, bound as AWS_ACCESS_KEY_ID and friends.
 * - neither: the agent's own credentials, or those of an enclosing withAWS { } block.
 *
 * Exit codes become the build's result: 0 (pass or skipped) succeeds; 1 (the canary failed or was
 * inconclusive) and 2 (a bad input or an error) fail it; 128 + n (stopped by signal n, aliases put
 * back) aborts it. Returns the exit code when the build goes on.
 */

/** The action's inputs with their defaults ('' = the CLI's own). */
@groovy.transform.Field
final Map<String, String> INPUTS = [
    // BEGIN inputs (integrations/generate.mjs writes this block from action.yml)
    'stack-name': '',
    'template': '',
    'parameter-overrides': '',
    'capabilities': 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM,CAPABILITY_AUTO_EXPAND',
    'tags': '',
    'role-arn': '',
    's3-bucket': '',
    'termination-protection': 'false',
    'notification-arns': '',
    'timeout-in-minutes': '60',
    'monitoring': 'true',
    'notification-email': '',
    'notification-topic-arn': '',
    'guard': 'true',
    'guard-rollback': 'true',
    'guard-auto-scaling-group': '',
    'guard-bake': '24h',
    'functions': '',
    'alias': 'live',
    'strategy': 'canary 10% 5m',
    'interval': '1m',
    'max-error-rate': '1%',
    'max-memory-utilization': '90%',
    'max-p99-duration': '',
    'max-throttles': '0',
    'min-invocations': '50',
    'compare-baseline': 'true',
    'alarms': '',
    'on-inconclusive': 'fail',
    'extend-hold': '10m',
    'settle-lag': 'auto',
    'synthetic-payload': '',
    'synthetic-rate': '60/m',
    'pre-traffic-payloads': '',
    'pre-traffic-hook': '',
    'post-traffic-hook': '',
    'metrics': '',
    'latency-anomaly-alarm': 'false',
    'rollback': 'alias',
    'wait': 'true',
    'on-runner-loss': 'rollback',
    'github-token-secret': '',
    'dry-run': 'false',
    'github-token': '',
    'deployment-environment': '',
    'pr-comment': 'true',
    'region': '',
    'regions': '',
    'wave-bake': '0s',
    'credentials-lifetime': '',
    'mode': 'create-and-execute',
    'execute-change-set-id': '',
    'name': '',
    'no-execute-changeset': 'false',
    'fail-on-empty-changeset': 'false',
    'no-fail-on-empty-changeset': 'true',
    'disable-rollback': 'false',
    'change-set-name': '',
    'no-delete-failed-changeset': 'false',
    'include-nested-stacks-change-set': 'false',
    'deployment-mode': '',
    's3-prefix': '',
    'http-proxy': '',
    // END inputs
]

/** The step's own options. */
@groovy.transform.Field
final Map<String, String> OPTIONS = [
    'aws-role-arn': '',
    'oidc-credentials-id': '',
    'token-lifetime': '3600',
    'credentialsId': '',
    'cli-version': '0.1',
    'report-file': 'stack-canary-report.json',
]

/** STACK_CANARY_<NAME>, as the CLI reads it: `stack-name` becomes STACK_CANARY_STACK_NAME. */
static String envName(String input) {
    return 'STACK_CANARY_' + input.toUpperCase().replace('-', '_')
}

def call(Map args = [:]) {
    def unknown = args.keySet().findAll { !INPUTS.containsKey(it) && !OPTIONS.containsKey(it) }
    if (unknown) {
        error("stackCanary: unknown option(s) ${unknown.join(', ')}. Accepted: the inputs of the stack-canary action (${INPUTS.keySet().join(', ')}) and ${OPTIONS.keySet().join(', ')}.")
    }
    Map<String, String> options = OPTIONS.collectEntries { name, fallback ->
        [name, args[name] == null ? fallback : String.valueOf(args[name])]
    }
    if (options['oidc-credentials-id'] && !options['aws-role-arn']) {
        error("stackCanary: 'oidc-credentials-id' needs 'aws-role-arn', the role its id token is exchanged for.")
    }
    if (options['oidc-credentials-id'] && options['credentialsId']) {
        error("stackCanary: give 'oidc-credentials-id' or 'credentialsId', not both: they are two sources of AWS credentials.")
    }
    if (!(options['token-lifetime'] ==~ /[1-9][0-9]*/)) {
        error("stackCanary: 'token-lifetime' is '${options['token-lifetime']}'. Expected whole seconds, such as 3600 (the OpenID Connect Provider plugin's tokenLifetime).")
    }
    List<String> variables = INPUTS.collect { name, fallback ->
        "${envName(name)}=${args[name] == null ? fallback : String.valueOf(args[name])}".toString()
    }
    variables << "CANARY_PACKAGE=stack-canary@${options['cli-version']}".toString()
    variables << "CANARY_REPORT=${options['report-file']}".toString()

    int status = 0
    withEnv(variables) {
        // Single quotes: the shell, not Groovy, expands the variables.
        def runCli = { sh(script: 'npx --yes "$CANARY_PACKAGE" --report-file "$CANARY_REPORT" > /dev/null', returnStatus: true) }
        if (options['oidc-credentials-id']) {
            // Bound once, so the token is minted once: the CLI refuses a canary that would outlive it.
            List<String> oidc = ["AWS_ROLE_ARN=${options['aws-role-arn']}", "AWS_ROLE_SESSION_NAME=stack-canary-${env.BUILD_NUMBER}"]
            if (!args['credentials-lifetime']) {
                oidc << "STACK_CANARY_CREDENTIALS_LIFETIME=${options['token-lifetime']}s from token-lifetime".toString()
            }
            withEnv(oidc) {
                withCredentials([file(credentialsId: options['oidc-credentials-id'], variable: 'AWS_WEB_IDENTITY_TOKEN_FILE')]) {
                    status = runCli()
                }
            }
        } else if (options['credentialsId']) {
            withCredentials([[$class: 'AmazonWebServicesCredentialsBinding', credentialsId: options['credentialsId']]]) {
                status = runCli()
            }
        } else {
            status = runCli()
        }
    }
    archiveArtifacts(artifacts: options['report-file'], allowEmptyArchive: true)

    switch (status) {
        case 0:
            echo 'stackCanary: verdict pass or skipped.'
            return status
        case 1:
            error('stackCanary: the canary failed or was inconclusive; see the verdict above.')
        case 2:
            error('stackCanary: a bad input or an error ended the run; see the log above.')
        default:
            if (status >= 128) {
                currentBuild.result = 'ABORTED'
                error("stackCanary: stopped by signal ${status - 128} after putting the aliases back.")
            }
            error("stackCanary: the CLI exited with code ${status}.")
    }
}
