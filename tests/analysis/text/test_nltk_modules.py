"""NLTK's modules without NLTK's package start-up: the same results, a fraction of the load."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

TEXT = (
    "Dr. Smith wrote version 2.5 of the guide. It works well! Does it? "
    "“I think so,” she said. The U.S. team agreed… mostly.\n"
)
HEADLINES = [
    "I love this tool!! :)",
    "A terrible, horrible, no good, very bad day",
    "Not bad at all, but not great",
    "The BEST way to write every single day",
    "Why most advice about writing is wrong",
    "How I doubled my readers in a month",
]

# A fresh process, as the command line starts: analyse, then record what was imported, then
# start NLTK the ordinary way and compare its Punkt, Snowball and VADER with ours.
_CHECK = """
import json, sys
imported = set()

class Recorder:
    def find_spec(self, name, path=None, target=None):
        imported.add(name)

sys.meta_path.insert(0, Recorder())
from app.analysis.engine.analyzer import analyze
from app.analysis.insights.headline.lexicon import sentiment
from app.analysis.insights.keywords.lexicon import stem
from app.analysis.text.sentences import punkt_spans, punkt_parameters

text, headlines = json.loads(sys.argv[1])
WORDS = ("writing", "generously", "happiness", "tagged", "organization")
report = analyze(text, title=headlines[0])
ours = {
    "spans": punkt_spans(text),
    "stems": [stem(w) for w in WORDS],
    "sentiment": [sentiment(h) for h in headlines],
}
during = sorted(name for name in imported if name.split(".")[0] == "nltk")
package_started = "nltk" in sys.modules

import nltk
from nltk.stem.snowball import SnowballStemmer
from nltk.sentiment.vader import SentimentIntensityAnalyzer
from nltk.tokenize.punkt import PunktSentenceTokenizer
from app.analysis.text.offline_data import vader_lexicon_folder
from app.analysis.text.sentences import _language

nltk.data.path.append(str(vader_lexicon_folder()))
vader = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
tokenizer = PunktSentenceTokenizer(punkt_parameters(), lang_vars=_language())
stock = {
    "spans": list(tokenizer.span_tokenize(text)),
    "stems": [SnowballStemmer("english").stem(w) for w in WORDS],
    "sentiment": [vader.polarity_scores(h) for h in headlines],
}
print(json.dumps({"during": during, "package_started": package_started,
                  "sentences": report.sentences, "ours": ours, "stock": stock}))
"""


def _run() -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _CHECK, json.dumps([TEXT, HEADLINES])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    outcome: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return outcome


def test_an_analysis_never_starts_the_nltk_package_and_loads_a_few_of_its_modules() -> None:
    outcome = _run()
    during = outcome["during"]
    assert isinstance(during, list)
    assert outcome["package_started"] is False
    assert "nltk.tokenize.punkt" in during
    assert "nltk.sentiment.vader" in during
    # The package's start-up would bring its downloader, parsers and corpus readers; its
    # resource loader (which VADER imports) its grammars and logic.
    started = {"nltk.downloader", "nltk.parse", "nltk.corpus.reader", "nltk.classify"}
    assert not (started | {"nltk.data", "nltk.grammar", "nltk.sem"}) & set(during)
    assert len(during) < 40


def test_the_modules_give_what_nltk_started_the_ordinary_way_gives() -> None:
    outcome = _run()
    assert outcome["ours"] == outcome["stock"]
    assert outcome["sentences"] == 5  # "agreed… mostly." stays one sentence, as in Punkt
