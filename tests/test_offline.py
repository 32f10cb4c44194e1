"""Clapwise never opens a network connection: the app starts and analyses a draft offline.

A child process records every socket and URL event Python raises (audit hooks see all of
them, whichever library asks) while it starts the real app, waits for the first analysis,
and runs ``clapwise analyze`` on an article. A long draft shared with the helper process is
audited the same way, in both processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

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


# Installed in every Python process of the test through PYTHONPATH, the helper process
# included: each one appends the network events it sees to its own file.
SITECUSTOMIZE = textwrap.dedent(
    """
    import atexit, json, os, sys
    _events = []
    _NETWORK = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                "socket.gethostbyaddr", "socket.sendto", "urllib.Request",
                "http.client.connect")
    def _hook(event, args):
        if event in _NETWORK:
            _events.append([event, repr(args)[:200]])
    sys.addaudithook(_hook)
    def _report():
        folder = os.environ["CLAPWISE_AUDIT_DIR"]
        analysed = "app.analysis.chunk_analysis" in sys.modules
        with open(os.path.join(folder, f"{os.getpid()}.json"), "w") as handle:
            json.dump({"analysed": analysed, "events": _events}, handle)
    atexit.register(_report)
    """
)

SHARED_ANALYSIS = textwrap.dedent(
    """
    import sys
    from app.analysis.engine import Analyzer
    from app.analysis.helper_process import AnalysisHelper
    from tools.bench import corpus

    if __name__ == "__main__":
        draft = corpus(10_000)
        helper = AnalysisHelper()
        Analyzer(helper=helper).analyze(draft)  # starts the helper
        if not helper.wait_until_ready(120):
            sys.exit(3)
        Analyzer(helper=helper).analyze(draft)
        helper.close()
        sys.exit(0 if helper.shared_jobs == 1 else 4)
    """
)


def test_the_helper_process_opens_no_connection(tmp_path: Path) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE)
    audit = tmp_path / "audit"
    audit.mkdir()
    script = tmp_path / "shared_analysis.py"
    script.write_text(SHARED_ANALYSIS)
    root = Path(__file__).resolve().parents[1]
    environment = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(hooks), str(root)]),
        CLAPWISE_AUDIT_DIR=str(audit),
    )
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        check=False,
    )
    if result.returncode == 3:
        pytest.skip("this machine cannot run a second process (one core?)")
    assert result.returncode == 0, result.stderr
    reports = [json.loads(path.read_text()) for path in audit.glob("*.json")]
    # The script's process and the helper process both analysed, and both reported.
    assert sum(report["analysed"] for report in reports) == 2
    assert all(report["events"] == [] for report in reports)
