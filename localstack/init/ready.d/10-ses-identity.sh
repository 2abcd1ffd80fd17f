#!/usr/bin/env bash
# Runs inside LocalStack once it is ready: verifies the example ingest domain and activates the
# receipt rule set the CDK app creates (activation is an API call, not a CloudFormation resource).
set -euo pipefail
awslocal ses verify-domain-identity --domain ingest.benchcrm.example
# the rule set exists only after `cdklocal deploy`; activating early is harmless to retry
awslocal ses set-active-receipt-rule-set --rule-set-name benchcrm-dev-inbound || \
  echo "rule set benchcrm-dev-inbound not deployed yet: run this again after cdklocal deploy"
