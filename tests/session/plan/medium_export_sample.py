"""A small synthetic Medium export, shaped like the zip "Download your information" gives."""

from __future__ import annotations

import zipfile
from pathlib import Path

PUBLISHED = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html;
charset=utf-8"><title>Why I Write at Dawn</title><style>body{}</style></head><body>
<article class="h-entry"><header><h1 class="p-name">Why I Write at Dawn</h1></header>
<section data-field="subtitle" class="p-summary">And what it did to my mornings</section>
<section data-field="body" class="e-content"><section name="a1" class="section section--body">
<div class="section-divider"><hr class="section-divider"></div><div class="section-content">
<div class="section-inner sectionLayout--insetColumn">
<h3 name="b1" class="graf graf--h3 graf--leading graf--title">Why I Write at Dawn</h3>
<h4 name="b2" class="graf graf--h4 graf--subtitle">And what it did to my mornings</h4>
<figure name="f1" class="graf graf--figure"><img class="graf-image" src="https://cdn/x.png">
<figcaption class="imageCaption">A sunrise</figcaption></figure>
<p name="c1" class="graf graf--p">The house is quiet at five &amp; the mind is clear.<br>
Nobody writes to me.</p>
<h3 name="c2" class="graf graf--h3">What changed</h3>
<ul class="postList"><li name="c3" class="graf graf--li">More words</li>
<li name="c4" class="graf graf--li">Less <strong class="markup--strong">noise</strong></li></ul>
<blockquote name="c5" class="graf graf--blockquote">Write first, edit later.</blockquote>
<pre name="c6" class="graf graf--pre">alarm = "05:00"<br>write()</pre>
</div></div></section></section>
<footer><p>By <a href="https://medium.com/@writer" class="p-author h-card">A Writer</a> on
<a href="https://medium.com/p/0a1b2c3d4e5f"><time class="dt-published"
datetime="2025-06-03T06:15:00.000Z">June 3, 2025</time></a>.</p>
<p><a href="https://medium.com/@writer/why-i-write-at-dawn-0a1b2c3d4e5f" class="p-canonical">
Canonical link</a></p><p>Exported from <a href="https://medium.com">Medium</a> on
December 1, 2026.</p></footer></article></body></html>
"""

DRAFT = """<!DOCTYPE html><html><head><title>Untitled idea</title></head><body>
<article class="h-entry"><header><h1 class="p-name">Notes on Slow Reading</h1></header>
<section data-field="body" class="e-content"><p class="graf graf--p">Half an idea, from
<a href="https://example.com/slow-reading" class="markup--anchor markup--p-anchor">a talk</a>.</p>
</section><footer><p><a href="https://medium.com/p/9f8e7d6c5b4a" class="p-canonical">View</a></p>
</footer></article></body></html>
"""


def write_export(folder: Path) -> Path:
    path = folder / "medium-export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("README.html", "<html><body>Your data</body></html>")
        archive.writestr("profile/profile.html", "<html><body>Profile</body></html>")
        archive.writestr("posts/2025-06-03_Why-I-Write-at-Dawn-0a1b2c3d4e5f.html", PUBLISHED)
        archive.writestr("posts/draft_Notes-on-Slow-Reading-9f8e7d6c5b4a.html", DRAFT)
    return path
