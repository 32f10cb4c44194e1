"""Allow ``python -m app`` to start Clapwise like the ``clapwise`` command."""

import sys

from app.cli import main

sys.exit(main())
