"""Candidate tags and their evidence, from key phrases, title, prose and the vocabulary."""

from __future__ import annotations

from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.tags.features import FEATURES, reads_english, tag_candidates


def by_slug(candidates):
    return {c.tag.slug: c for c in candidates}


def test_every_candidate_has_one_value_per_feature():
    candidates = tag_candidates([Keyphrase("docker compose", 1.0)], "Docker", "Docker.\nNginx.")
    assert candidates
    assert all(len(c.vector()) == len(FEATURES) for c in candidates)


def test_key_phrase_evidence_and_the_subject():
    found = by_slug(tag_candidates([Keyphrase("react hooks", 1.0), Keyphrase("redux", 0.5)]))
    assert found["react-hook"].values["keyphrase"] == 1.0
    assert found["react-hook"].values["subject"] == 1.0
    assert found["react"].values["keyphrase_part"] == 1.0  # a whole-word part
    assert found["redux"].values["keyphrase"] == 0.5
    assert "subject" not in found["redux"].values


def test_a_tag_that_is_a_key_phrase_quotes_itself_not_a_longer_phrase_holding_it():
    keyphrases = [Keyphrase("pandas", 1.0), Keyphrase("pandas still wins", 0.1)]
    assert by_slug(tag_candidates(keyphrases))["pandas"].phrase == "pandas"


def test_prose_mentions_spread_and_opening():
    text = "We deploy with Kubernetes.\nNothing here.\nKubernetes again, Kubernetes."
    found = by_slug(tag_candidates([], "", text))["kubernetes"]
    assert found.mentions == 3
    assert found.values["spread"] == 2 / 3
    assert found.values["opening"] == 1.0


def test_a_word_of_a_name_in_running_text_is_no_mention_of_its_tag():
    text = (
        "I edit for the Programming Historian and write for it.\n"
        "Our team at Presidential Innovation Fellows met twice.\n"
        "She works as a Machine Learning Engineer at LightOn AI Research."
    )
    found = by_slug(tag_candidates([], "", text))
    assert all(
        slug not in found or found[slug].mentions == 0 for slug in ("programming", "innovation")
    )
    assert found["machine-learning"].mentions == 1
    alone = by_slug(tag_candidates([], "", "Programming is a craft. I love programming."))
    assert alone["programming"].mentions == 2
    headline = by_slug(tag_candidates([], "", "How to Stress Test an Algorithm in Python"))
    assert headline["algorithms"].mentions == 1


def test_hubs_of_families_become_candidates():
    found = by_slug(tag_candidates([Keyphrase("deep learning", 1.0)]))
    assert found["machine-learning"].member == "Deep Learning"
    assert found["machine-learning"].values["family"] > 0
    text = "Data here.\nMore data, for science.\nData everywhere."
    assert by_slug(tag_candidates([], "", text))["data-science"].word == "data"
    # A repeated word alone does not make its family's hub: "real" is no sign of Real Estate.
    assert "real-estate" not in by_slug(tag_candidates([], "", "Real.\nReal.\nReally real."))


def test_a_word_that_ends_a_familys_tags_is_too_general_alone_to_make_its_hub():
    # "learning" ends Machine Learning's family, "source" Open Source's: a post on teaching
    # that keeps writing "learning" (and names a machine) is no sign of Machine Learning.
    text = "Learning by doing.\nA machine helps learning.\nLearning never stops, machine or not."
    found = by_slug(tag_candidates([], "", text)).get("machine-learning")
    assert found is None or "hub_word" not in found.values
    code = "The source is open.\nRead the source.\nOpen the source and open a pull request."
    assert by_slug(tag_candidates([], "", code))["open-source"].word == "open"  # still leads


def test_a_member_far_in_meaning_from_its_hub_does_not_count_for_it():
    # "Project Based Learning" ends in "learning" but is no kind of Machine Learning (their
    # meanings are 0.44 apart); it is one of Project Management's (0.67).
    text = "Project-based learning works.\nWe use project-based learning.\nProject-based learning."
    found = by_slug(tag_candidates([], "", text))
    machine_learning = found.get("machine-learning")
    assert machine_learning is None or "family" not in machine_learning.values
    assert found["project-management"].values["family"] > 0


def test_a_word_written_little_more_often_than_english_uses_it_leads_to_no_hub():
    # "deep" three times in a thousand words ("deep understanding") is no sign of Deep Learning.
    filler = "The team met every morning to review the plan and decide what to ship next.\n"
    text = filler * 66 + "A deep understanding.\nDeep roots.\nA deep breath and some learning."
    found = by_slug(tag_candidates([], "", text)).get("deep-learning")
    assert found is None or "hub_word" not in found.values


def test_a_family_counts_as_often_as_the_draft_writes_its_members():
    def family(text: str) -> float:
        return by_slug(tag_candidates([], "", text))["machine-learning"].values["family"]

    once = "We tried deep learning.\nThen we stopped."
    often = "Deep learning here.\nDeep learning there.\nMore deep learning."
    assert 0 < family(once) < family(often)


def test_a_one_word_key_phrase_missing_from_medium_list_is_a_candidate_of_its_own():
    found = by_slug(tag_candidates([Keyphrase("Qwzxlang", 1.0), Keyphrase("qwzx blorf", 0.9)]))
    assert not found["qwzxlang"].known
    assert found["qwzxlang"].values["unknown"] == 1.0
    assert "qwzx-blorf" not in found  # a phrase of several unknown words is no tag...


def test_the_subject_of_several_words_missing_from_medium_list_is_a_candidate():
    found = by_slug(tag_candidates([Keyphrase("Qwzx Blorfs", 1.0), Keyphrase("zorp flib", 0.9)]))
    subject = found["qwzx-blorfs"]  # ...unless it is the post's subject
    assert not subject.known
    assert subject.written == "Qwzx Blorfs"
    assert subject.values["new_phrase"] == 1.0
    assert subject.values["subject"] == 1.0
    assert "zorp-flib" not in found


def test_a_verb_is_no_tag_of_its_own():
    found = by_slug(tag_candidates([Keyphrase("Told", 1.0), Keyphrase("predict", 0.9)]))
    assert "told" not in found
    assert "predict" not in found


def test_common_words_are_no_candidates():
    assert "output" not in by_slug(tag_candidates([Keyphrase("output", 1.0)]))


def test_a_common_word_that_is_a_tag_of_some_reach_is_one_as_the_posts_subject():
    title = "Non-obvious advice about pricing your product"
    assert "pricing" in by_slug(tag_candidates([Keyphrase("pricing", 1.0)], title))
    assert "tokyo" in by_slug(tag_candidates([Keyphrase("Tokyo", 1.0)]))
    # Not the subject: a later key phrase the title does not write.
    later = [Keyphrase("free tier", 1.0), Keyphrase("pricing", 0.5)]
    assert "pricing" not in by_slug(tag_candidates(later, "Free tiers that pay"))


GERMAN = (
    "Die Dokumente der Unternehmen werden von einer Software gelesen, und die Daten aus den "
    "Dokumenten fließen in die Systeme der Abteilungen, die sie für ihre Arbeit brauchen."
)


def test_english_is_told_from_another_language_by_its_grammar_words():
    assert reads_english("The documents of the company are read by software, and the data flow.")
    assert not reads_english(GERMAN)
    assert reads_english("Kurz und gut")  # too short to tell


def test_in_another_language_only_medium_tags_are_candidates():
    keyphrases = [Keyphrase("Dokumente", 1.0), Keyphrase("der", 0.9), Keyphrase("Software", 0.8)]
    found = by_slug(tag_candidates(keyphrases, "", GERMAN))
    assert "der" not in found  # neither its grammar words...
    assert "dokumente" not in found  # ...nor, English frequencies knowing nothing of it, its words
    assert found["software"].known
    english = "Der is the name of the tool, and the team writes it every day of the week."
    assert "der" in by_slug(tag_candidates([Keyphrase("Der", 1.0)], "", english))


def test_a_subject_the_title_writes_is_a_candidate_at_any_rank():
    keyphrases = [Keyphrase("blocks", 1.0), Keyphrase("time blocking", 0.5)]
    found = by_slug(tag_candidates(keyphrases, "Time Blocking Saved My Week"))
    assert found["time-blocking"].written == "time blocking"
    assert "time-blocking" not in by_slug(tag_candidates(keyphrases, "My Week"))


def test_a_new_tag_has_no_family_hub():
    text = "Deep work matters. Deep work is rare. Deep work pays."
    found = by_slug(tag_candidates([Keyphrase("deep work", 1.0)], "Deep Work", text))
    assert "deep-work" in found
    assert "deep-learning" not in found  # "Deep Work" is no kind of Deep Learning


def test_an_ing_word_and_its_object_is_no_new_tag():
    found = by_slug(tag_candidates([Keyphrase("Learning Qwzxlang", 1.0)]))
    assert "learning-qwzxlang" not in found
    assert "slow-travel" in by_slug(tag_candidates([Keyphrase("slow travel", 1.0)]))


def test_an_ing_word_the_text_writes_after_a_determiner_makes_a_noun_and_a_new_tag():
    text = "A sinking fund takes the sting out of a big bill.\nMy sinking fund grew."
    found = by_slug(tag_candidates([Keyphrase("sinking fund", 1.0)], "", text))
    assert found["sinking-fund"].written == "sinking fund"
    verb_and_object = "I started learning Qwzxlang.\nLearning Qwzxlang takes time."
    keyphrases = [Keyphrase("learning Qwzxlang", 1.0)]
    assert "learning-qwzxlang" not in by_slug(tag_candidates(keyphrases, "", verb_and_object))


def test_words_that_are_each_a_tag_make_no_new_tag_together():
    found = by_slug(tag_candidates([Keyphrase("Python developer", 1.0)]))
    assert "python-developer" not in found
    assert "python" in found


def test_a_phrase_written_twice_is_no_new_tag_unless_the_title_names_it():
    """A first paragraph's twice-written word ("runs") is no tag Medium lacks; one the post
    keeps writing, or its title names, is."""
    text = "I run the app behind nginx.\nTokio runs the event loop."
    assert "runs" not in by_slug(tag_candidates([Keyphrase("runs", 1.0, uses=2)], "", text))
    assert "runs" in by_slug(tag_candidates([Keyphrase("runs", 1.0, uses=2)], "Runs", text))
    kept = by_slug(tag_candidates([Keyphrase("Qwzxlang", 1.0, uses=3)], "", "Qwzxlang."))
    assert kept["qwzxlang"].written == "Qwzxlang"
