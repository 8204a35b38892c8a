#!/usr/bin/env python3
"""Seeds items through the API's import route (POST /api/items/import, 1000 rows per transaction).

Every row gets a unique SISBOV ear tag (canonical) and a unique farm tag (contextual), so each row mints a new
item; the DFIDs and tags are appended to the given files for the load generators to sample from.
Usage: seed.py <base_url> <token> <first_index> <count> <dfid_file> <tag_file>
"""
import json
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

ROWS_PER_IMPORT = 1000
PARALLEL_IMPORTS = 2


def row(index):
    return {
        "identifiers": [
            {"namespace": "bovino", "key": "sisbov", "value": f"BR{index:012d}", "id_type": "Canonical"},
            {"namespace": "bovino", "key": "brinco", "value": f"TAG-{index}", "id_type": "Contextual"},
        ],
        "enriched_data": {"breed": "Nelore", "weight_kg": 300 + index % 200, "farm": f"Fazenda {index % 500}"},
    }


def import_chunk(base_url, token, first, count):
    body = json.dumps({"items": [row(i) for i in range(first, first + count)]}).encode()
    request = urllib.request.Request(
        f"{base_url}/api/items/import", data=body, method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=300) as response:
        results = json.load(response)["results"]
    return [(first + r["index"], r["dfid"]) for r in results]


def main():
    base_url, token, first, count, dfid_file, tag_file = sys.argv[1:7]
    first, count = int(first), int(count)
    chunks = [(start, min(ROWS_PER_IMPORT, first + count - start))
              for start in range(first, first + count, ROWS_PER_IMPORT)]
    started = time.monotonic()
    with ThreadPoolExecutor(PARALLEL_IMPORTS) as pool, open(dfid_file, "a") as dfids, open(tag_file, "a") as tags:
        for done, results in enumerate(pool.map(lambda c: import_chunk(base_url, token, *c), chunks), 1):
            for index, dfid in results:
                dfids.write(dfid + "\n")
                tags.write(f"BR{index:012d}\n")
            if done % 50 == 0 or done == len(chunks):
                elapsed = time.monotonic() - started
                print(f"  seeded {done * ROWS_PER_IMPORT:>9,} of {count:,} in {elapsed:6.1f} s", flush=True)
    elapsed = time.monotonic() - started
    print(f"  import rate: {count / elapsed:,.0f} items/s", flush=True)


if __name__ == "__main__":
    main()
