"""Allow ``python -m app`` to start Clapwise like the ``clapwise`` command."""

from app.cli import run

run()
