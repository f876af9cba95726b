#!/usr/bin/env bash
# Runs the stack-canary CLI; its STACK_CANARY_* inputs are already in the environment. The JSON
# report goes to $CANARY_REPORT (stdout would repeat it in the log). The step passes on exit 0
# only: 1 is a failed or inconclusive canary, 2 a bad input or an error, 130/143 a stop by signal.
# The AWS CLI orb's credentials last session-duration seconds and are not renewed: unless told
# otherwise, the CLI refuses a canary planned to take longer, naming that parameter.
if [ -z "${STACK_CANARY_CREDENTIALS_LIFETIME:-}" ] && [ -n "${CANARY_SESSION_DURATION:-}" ]; then
  export STACK_CANARY_CREDENTIALS_LIFETIME="${CANARY_SESSION_DURATION}s from session-duration"
fi
code=0
npx --yes "$CANARY_PACKAGE" --report-file "$CANARY_REPORT" > /dev/null || code=$?
if [ "$code" -eq 0 ]; then
  echo "stack-canary passed (verdict pass or skipped)."
elif [ "$code" -eq 1 ]; then
  echo "stack-canary failed: the canary failed or was inconclusive."
elif [ "$code" -eq 2 ]; then
  echo "stack-canary failed: a bad input or an error ended the run."
elif [ "$code" -ge 128 ]; then
  echo "stack-canary was stopped by signal $((code - 128)) after putting the aliases back."
fi
exit "$code"
