"""Entry point of the frozen bundle: the same as the ``clapwise`` command."""

import multiprocessing
import sys

from app.cli import main

# The bundle is also the program of the helper process that analyses long drafts.
multiprocessing.freeze_support()
sys.exit(main())
