"""Clapwise never opens a network connection: the app starts and analyses a draft offline.

A child process records every socket and URL event Python raises (audit hooks see all of
them, whichever library asks) while it starts the real app, waits for the first analysis,
and runs ``clapwise analyze`` on an article.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import json, sys
    events = []
    NETWORK = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
               "socket.gethostbyaddr", "socket.sendto", "urllib.Request", "http.client.connect")
    def hook(event, args):
        if event in NETWORK:
            events.append([event, repr(args)[:200]])
    sys.addaudithook(hook)
    from app.cli import main
    database, article = sys.argv[1], sys.argv[2]
    gui = main(["--db", database])
    cli = main(["analyze", article, "--json"])
    sys.stderr.write(json.dumps({"gui": gui, "cli": cli, "events": events}) + "\\n")
    """
)


def test_starting_the_app_and_analysing_opens_no_connection(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("# Offline\n\nThe draft was written on a train. It is good.\n")
    environment = dict(os.environ, CLAPWISE_EXIT_AFTER_START="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "db.sqlite"), str(article)],
        capture_output=True,
        text=True,
        timeout=180,
        env=environment,
        check=False,
    )
    summary = json.loads(result.stderr.strip().splitlines()[-1])
    assert summary["gui"] == 0, result.stderr
    assert summary["cli"] == 0, result.stderr
    assert "first analysis shown after" in result.stdout
    assert summary["events"] == []


def test_the_audit_hook_would_see_a_connection(tmp_path: Path) -> None:
    """The check above can fail: a connection attempt is recorded even when refused."""
    probe = textwrap.dedent(
        """
        import json, socket, sys
        events = []
        def hook(event, args):
            if event.startswith("socket.connect"):
                events.append(event)
        sys.addaudithook(hook)
        try:
            socket.create_connection(("127.0.0.1", 9), timeout=0.2)
        except OSError:
            pass
        print(json.dumps(events))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert "socket.connect" in json.loads(result.stdout)
