"""Hypothesis strategies that build article-like Markdown from realistic pieces."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = [
    "the",
    "writer",
    "draft",
    "Medium",
    "story",
    "reads",
    "well",
    "don't",
    "it's",
    "'90s",
    '"quoted"',
    "'single'",
    "--",
    "---",
    "...",
    "wait...",
    "$5",
    "$10",
    "$x^2$",
    "$a_1$",
    "snake_case",
    "a*b",
    "*",
    "_",
    "C#",
    "C++",
    "#hashtag",
    "1.",
    "2)",
    "&amp;",
    "&",
    "<",
    ">",
    "|",
    ":",
    "!",
    "\\*",
    "\\_",
    "\\$",
    "日本語",
    "中文",
    "שלום",
    "مرحبا",
    "😀",
    "👨\u200d👩\u200d👧",
    "🇫🇷",
    "café",
    "e\u0301",
    "https://example.com/a--b",
    "www.example.org",
    "`code`",
    "`a|b`",
    "``x`y``",
    "[link](https://example.com)",
    "[ref][docs]",
    "<https://auto.example>",
    "**bold**",
    "*em*",
    "__strong__",
    "_em_",
    "~~gone~~",
    "***both***",
    "_*nested*_",
    "<b>",
    "<br>",
    "[^1]",
    "^[inline note]",
    "![pic](https://example.com/p.png)",
    "![local](img/a.png)",
    "**a** _b_",
]


def inline_text(min_words: int = 1, max_words: int = 8) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words).map(" ".join)


def _heading() -> st.SearchStrategy[str]:
    return st.tuples(st.integers(1, 6), inline_text()).map(lambda t: "#" * t[0] + " " + t[1])


def _paragraph() -> st.SearchStrategy[str]:
    line_end = st.sampled_from(["\n", "  \n", "\\\n"])
    return st.lists(st.tuples(inline_text(), line_end), min_size=1, max_size=3).map(
        lambda lines: "".join(text + end for text, end in lines).rstrip()
    )


def _list_block() -> st.SearchStrategy[str]:
    marker = st.sampled_from(["-", "*", "+", "1.", "1)"])
    item = st.tuples(inline_text(), st.lists(inline_text(), max_size=2))

    def build(args: tuple[str, list[tuple[str, list[str]]], bool]) -> str:
        symbol, items, loose = args
        lines = []
        for number, (text, children) in enumerate(items, start=1):
            prefix = symbol if symbol in "-*+" else f"{number}{symbol[-1]}"
            lines.append(f"{prefix} {text}")
            lines.extend(" " * (len(prefix) + 1) + f"- {child}" for child in children)
            if loose:
                lines.append("")
        return "\n".join(lines).rstrip()

    return st.tuples(marker, st.lists(item, min_size=1, max_size=4), st.booleans()).map(build)


def _quote() -> st.SearchStrategy[str]:
    return _paragraph().map(lambda text: "\n".join("> " + line for line in text.split("\n")))


def _code() -> st.SearchStrategy[str]:
    body = st.lists(st.sampled_from([*WORDS, "    indented", "", "```"]), max_size=4)
    return st.tuples(
        st.sampled_from(["```", "~~~", "````"]), st.sampled_from(["", "python"]), body
    ).map(lambda t: f"{t[0]}{t[1]}\n" + "\n".join(w for w in t[2] if w != t[0]) + f"\n{t[0]}")


def _table() -> st.SearchStrategy[str]:
    cell = st.sampled_from(["a", "**b**", "`c`", "1", "", "日本", "😀", "x \\| y", "*e*", "$5"])
    align = st.sampled_from(["---", ":--", "--:", ":-:"])

    def build(args: tuple[int, list[str], list[list[str]]]) -> str:
        columns, aligns, rows = args
        header = "| " + " | ".join(f"h{i}" for i in range(columns)) + " |"
        delimiter = "| " + " | ".join(aligns[:columns]) + " |"
        body = ["| " + " | ".join(row[:columns]) + " |" for row in rows]
        return "\n".join([header, delimiter, *body])

    return (
        st.integers(1, 3)
        .flatmap(
            lambda n: st.tuples(
                st.just(n),
                st.lists(align, min_size=n, max_size=n),
                st.lists(st.lists(cell, min_size=n, max_size=n), max_size=3),
            )
        )
        .map(build)
    )


def _misc() -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            "---",
            "***",
            "$$\nE = mc^2\n$$",
            "$$\n\\frac{a}{b}\n$$",
            "<div>raw <em>html</em></div>",
            "<!-- a comment -->",
            "[^1]: The footnote text.",
            "[^1]: A note\n    with two lines.",
            "[docs]: https://docs.example.com",
            "Setext title\n============",
            "Setext section\n--------------",
            '![alone](https://example.com/alone.png "Caption")',
        ]
    )


def block() -> st.SearchStrategy[str]:
    return st.one_of(_heading(), _paragraph(), _list_block(), _quote(), _code(), _table(), _misc())


def document() -> st.SearchStrategy[str]:
    front = st.sampled_from(["", "---\ntitle: Old\n---\n", "---\ntags: [a]\n---\n\n"])
    return st.tuples(front, st.lists(block(), min_size=1, max_size=8)).map(
        lambda t: t[0] + "\n\n".join(t[1]) + "\n"
    )


def title_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.just(""),
        inline_text(1, 5),
        st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
            max_size=30,
        ),
    )
