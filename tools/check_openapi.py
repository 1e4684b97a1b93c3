#!/usr/bin/env python3
"""Validates bwu's OpenAPI 3.1 document offline.

Usage: check_openapi.py [PATH]   (default: Sources/BWUServer/Resources/openapi.yaml,
                                   relative to the repository root)

Exit status: 0 when the document is a valid OpenAPI 3.1 document, 1 when it is not (or
cannot be read or parsed), 2 when the validator is not installed
(`pip install openapi-spec-validator`).
"""

import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "Sources" / "BWUServer" / "Resources" / "openapi.yaml"


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 1
    path = Path(argv[1]) if len(argv) == 2 else DEFAULT
    try:
        import yaml
        from openapi_spec_validator import validate
    except ImportError as error:
        print(f"check_openapi: {error}; run `pip install openapi-spec-validator`", file=sys.stderr)
        return 2
    try:
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as error:
        print(f"check_openapi: cannot read {path}: {error}", file=sys.stderr)
        return 1
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3.1"):
        print(f"check_openapi: {path} is not an OpenAPI 3.1 document", file=sys.stderr)
        return 1
    try:
        validate(document)
    except Exception as error:  # the validator raises its own hierarchy of errors
        message = str(error)
        if len(message) > 1000:  # unresolved $refs quote the whole document
            message = message[:1000] + " …"
        print(f"check_openapi: {path} is invalid: {message}", file=sys.stderr)
        return 1
    operations = sum(
        1
        for item in (document.get("paths") or {}).values()
        for method in item
        if method in ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    )
    print(f"check_openapi: {path} is a valid OpenAPI {document['openapi']} document ({operations} operations)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
