#!/usr/bin/env python3
"""Call a running `networkedcare serve` to appraise a document (Python standard library only).

    python3 examples/service/client/appraise.py APPRAISAL.json [--url http://127.0.0.1:8080]

Prints each option's NPSV and BCR on success (exit 0). On a 400 answer it prints every problem of
the document, one per line with its JSON pointer, message and code, as `networkedcare appraise` does,
and exits 1; any other answer (413, 415, 503, ...) prints the problem document's detail and exits 2.
"""

import argparse
import json
import sys
import urllib.error
import urllib.request


def appraise(document: bytes, url: str, timeout: float = 60.0) -> dict:
    """POST the appraisal document to /v1/appraise and return the result document.

    Raises urllib.error.HTTPError for an answer other than 200; its body is an RFC 9457 problem
    document (application/problem+json).
    """
    request = urllib.request.Request(
        url.rstrip("/") + "/v1/appraise",
        data=document,
        method="POST",
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("appraisal", help="the appraisal document (JSON, schemaVersion 1)")
    parser.add_argument("--url", default="http://127.0.0.1:8080", help="the service (default %(default)s)")
    args = parser.parse_args()
    with open(args.appraisal, "rb") as f:
        document = f.read()
    try:
        result = appraise(document, args.url)
    except urllib.error.HTTPError as e:
        problem = json.loads(e.read() or b"{}")
        if e.code == 400:
            for p in problem.get("problems", []):
                place = p.get("pointer") or ("line %d" % p["line"] if "line" in p else "(document)")
                print("%s: %s [%s]" % (place, p["message"], p["code"]), file=sys.stderr)
            return 1
        print("networkedcare service: %d %s" % (e.code, problem.get("detail", e.reason)), file=sys.stderr)
        return 2
    except urllib.error.URLError as e:
        print("networkedcare service: cannot reach %s (%s)" % (args.url, e.reason), file=sys.stderr)
        return 2
    print(result["title"])
    for option in result["options"]:
        totals = option["totals"]
        print("%-24s NPSV %s  BCR %s" % (option["option"], totals["npsv"], totals.get("bcr")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
