"""sqlglot's transpile(read="postgres", write=TARGET) on a list of statements.

    python sqlglot_bench.py STATEMENTS.json SOURCE_BYTES LABEL

STATEMENTS.json is the statement list pgshift's scanner finds in the source
file (`throughput statements FILE`), so both tools see the same statements.
Each statement is transpiled on its own, so one failure does not hide the
rest; the time covers all of them, failures included. Failures are exceptions;
the warnings sqlglot logs while still returning SQL (an unsupported construct)
are counted apart. Prints one JSON object
per target, like the Rust driver.
"""

import json
import logging
import sys
import time

import sqlglot

# sqlglot[c] installs mypyc-compiled modules (.so) beside the .py files.
COMPILED = any(
    getattr(m, "__file__", "") and m.__file__.endswith(".so")
    for name, m in list(sys.modules.items())
    if name.startswith("sqlglot")
)


class Counter(logging.Handler):
    """Counts the warnings sqlglot logs (such as "Arrays are not supported by
    MySQL"): with its default settings it prints them and still returns SQL."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def main() -> None:
    counter = Counter()
    log = logging.getLogger("sqlglot")
    log.addHandler(counter)
    log.propagate = False
    path, source_bytes, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, encoding="utf-8") as f:
        statements = json.load(f)
    for target in ("sqlite", "mysql"):
        failures = 0
        counter.count = 0
        started = time.perf_counter()
        for sql in statements:
            try:
                sqlglot.transpile(sql, read="postgres", write=target)
            except Exception:  # noqa: BLE001 - any failure counts as one
                failures += 1
        secs = time.perf_counter() - started
        print(
            json.dumps(
                {
                    "input": label,
                    "what": "sqlglot-" + target,
                    "bytes": source_bytes,
                    "statements": len(statements),
                    "secs": secs,
                    "mb_per_s": source_bytes / secs / 1e6,
                    "statements_per_s": len(statements) / secs,
                    "errors": failures,
                    "warnings": counter.count,
                    "compiled": COMPILED,
                    "version": sqlglot.__version__,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
