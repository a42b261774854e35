"""`python -m generator [--check] [--root DIR]`: regenerate, or check that nothing is stale."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="generate", description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="compare the committed outputs with a fresh run; write nothing"
    )
    parser.add_argument(
        "--root", type=Path, default=Path(__file__).resolve().parent.parent, help="project root"
    )
    args = parser.parse_args(argv)
    return run(args.root.resolve(), check=args.check)


if __name__ == "__main__":
    sys.exit(main())
