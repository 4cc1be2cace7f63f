"""Entry point of the frozen (packaged) app: the same as `kgs-ropa` on the command line."""

import sys

from kgs_ropa.cli import main

if __name__ == "__main__":
    sys.exit(main())
