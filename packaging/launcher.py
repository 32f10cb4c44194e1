"""Entry point of the frozen bundle: the same as the ``clapwise`` command."""

import sys

from app.cli import main

sys.exit(main())
