"""What a command logs never reaches the terminal bare: warnings go to ``clapwise.log``
beside the database, and what the writer must know is one ``clapwise:`` line naming the
file. Run as a real process: pytest's own log capture would hide Python's last-resort
handler, which prints a warning with no handler to stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.storage.store import open_store

DEEP = "# Deep\n\nA plain opening paragraph.\n\n" + "> " * 60 + "Text nested far too deep.\n"
DEEP_FRONT_MATTER = (
    "---\ntitle: " + "[" * 2000 + "]" * 2000 + "\n---\n\nSome story text here. It reads fine.\n"
)


def _clapwise(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    database = tmp_path / "data" / "clapwise.sqlite"
    if not database.exists():  # a command that reads needs one there
        open_store(database).close()
    env = {**os.environ, "CLAPWISE_DB": str(database)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_deep_nesting_is_one_line_per_file_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    deep = folder / "deep.md"
    deep.write_text(DEEP, encoding="utf-8")
    (folder / "plain.md").write_text("# Plain\n\nA short story.\n", encoding="utf-8")
    note = f"clapwise: {deep}: Markdown nested past 40 levels was kept as plain text"
    for args in (["analyze", str(deep)], ["analyze", str(folder), "--json"], ["check", str(deep)]):
        result = _clapwise(tmp_path, *args)
        assert result.stderr.splitlines() == [note], args


def test_a_library_warning_goes_to_the_log_not_the_terminal(tmp_path: Path) -> None:
    post = tmp_path / "deep-front-matter.md"
    post.write_text(DEEP_FRONT_MATTER, encoding="utf-8")
    result = _clapwise(tmp_path, "analyze", str(post))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"clapwise: {post}: its YAML front matter could not be read (nested too deeply), "
        "so its title, subtitle and tags were left out"
    ]
    log = (tmp_path / "data" / "clapwise.log").read_text(encoding="utf-8")
    assert "WARNING app.document.front_matter" in log
    assert "front matter nested too deeply to read" in log
