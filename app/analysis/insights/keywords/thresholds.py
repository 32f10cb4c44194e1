"""Every number the keyphrase checks, keyword extraction and tag suggestions use, in one place.

Percentages are percent of words; shares are fractions of 1. Changing a number here changes
the behaviour everywhere; the tests pin the documented boundaries.
"""

from __future__ import annotations

# --- Focus keyphrase checks --------------------------------------------------------------

#: Content words (function words do not count) a keyphrase should have: 1-4 is good,
#: up to 8 is tolerated with a warning, longer (or none) is poor.
KEYPHRASE_GOOD_MAX_WORDS = 4
KEYPHRASE_OK_MAX_WORDS = 8

#: Keyphrase density, occurrences per 100 words, for texts of at least
#: ``DENSITY_MIN_WORDS`` words: good inside [low, high], ok in the soft margins, poor outside.
DENSITY_MIN_WORDS = 100
DENSITY_GOOD_LOW = 0.5
DENSITY_GOOD_HIGH = 3.0
DENSITY_OK_LOW = 0.3
DENSITY_OK_HIGH = 4.0
#: Texts shorter than ``DENSITY_MIN_WORDS``: this many uses is good; more is over-optimised.
SHORT_TEXT_GOOD_USES = (1, 2)

#: Subheadings that mention the keyphrase, as a share of all subheadings, judged only when
#: there are at least ``SUBHEADINGS_MIN`` of them (one subheading says nothing about balance).
SUBHEADINGS_MIN = 2
SUBHEADINGS_GOOD_LOW = 0.30
SUBHEADINGS_GOOD_HIGH = 0.75

#: Distribution: the longest run of sentences without the keyphrase, as a share of the text's
#: words (the runs before the first and after the last use count too). A reader who scrolls
#: through more than ~40% of a story without meeting its topic has lost the thread; 60% is
#: where it is clearly lopsided. Judged only from ``DISTRIBUTION_MIN_SENTENCES`` sentences.
DISTRIBUTION_GOOD_MAX_GAP = 0.40
DISTRIBUTION_OK_MAX_GAP = 0.60
DISTRIBUTION_MIN_SENTENCES = 10

#: Function words allowed between two content words of the keyphrase in an occurrence
#: ("write a book" is found in "writing a new book" only up to this many fillers).
MAX_FUNCTION_WORD_GAP = 2

# --- Keyword extraction ------------------------------------------------------------------

#: Longest candidate phrase, in words.
MAX_PHRASE_WORDS = 3
#: How much one occurrence counts, by block kind; headings say what a section is about.
KIND_WEIGHTS = {"paragraph": 1.0, "list_item": 1.0, "quote": 0.8}
HEADING_WEIGHT_BY_LEVEL = {1: 3.0, 2: 2.5}
HEADING_WEIGHT_OTHER = 2.0
#: A phrase must add up to this weighted count before it can rank (one passing mention,
#: outside a heading, is not a topic).
MIN_WEIGHTED_COUNT = 2.0
#: Bonus by phrase length: a two-word phrase that recurs is more telling than a single word.
LENGTH_BONUS = {1: 1.0, 2: 2.7, 3: 2.9}
#: Spread: score multiplied by 1 + SPREAD_WEIGHT * ln(blocks containing the phrase).
SPREAD_WEIGHT = 0.5
#: Multipliers for phrases in the title and in the first paragraph.
TITLE_BONUS = 2.5
#: ... and again for a phrase of several words the title writes whole and the document uses
#: twice or more ("Time Blocking" beside "blocks"): the title names the subject.
TITLE_PHRASE_BONUS = 2.0
#: Uses in the text from which a phrase of the title names the subject: it gets the bonus
#: above and goes before the single word it holds.
TITLE_PHRASE_MIN_USES = 2
#: The place (from 0) among the key phrases that the title's name for the subject is given at
#: least, and the uses in the text of each of its words it needs.
TITLE_SUBJECT_PLACE = 1
TITLE_SUBJECT_MIN_USES = 1
#: ... and, for one word alone, how common in English it may be (Zipf): "Japan" (4.9) and
#: "dog" (5.1) name a subject, "little" (5.8) and "people" (6.3) do not.
TITLE_SUBJECT_MAX_ZIPF = 5.5
INTRO_BONUS = 1.3
#: Specificity from general-English word frequency: -log10(relative frequency) mapped
#: linearly from [COMMON, RARE] onto [SPECIFICITY_FLOOR, 1]. Words the dictionary does not
#: know (names, jargon, typos) get UNKNOWN_INFORMATION.
COMMON_INFORMATION = 3.0
RARE_INFORMATION = 6.0
UNKNOWN_INFORMATION = 5.0
SPECIFICITY_FLOOR = 0.08
#: Specificity multiplier for a lone word that looks like a past-tense verb ("returned").
PAST_TENSE_PENALTY = 0.3
#: Word roles from general English frequency (``word_roles``): a word is verb-like when its
#: "-ing" form's Zipf frequency is at most this far below its own ("explain" -0.7, "test"
#: -0.5; nouns: "design" -1.3, "graph" -1.5); an "-ly" word is an adverb when the rest is a
#: word at least this common; a one-word tag is a topic word (never a verb) from this affinity.
VERB_ING_MIN_RATIO = -0.9
#: An "-ing" word shorter than this is no verb's "-ing" form ("thing", "king"); a longer one is
#: a verb's unless ``ing_nouns.txt`` lists it.
ING_WORD_MIN_LENGTH = 6
ADVERB_BASE_MIN_ZIPF = 3.0
TOPIC_WORD_MIN_AFFINITY = -0.5
#: Specificity multipliers: a lone verb or adverb ("optimizing", "predict", "basically"), and a
#: phrase led by a verb or with an adverb at either end ("improving accessibility",
#: "constantly switch").
LONE_VERB_PENALTY = 0.3
FRAGMENT_PENALTY = 0.25
#: ... and for what English's word forms say is a verb for sure: an inflected verb alone
#: ("told", "drove"; a base form may be a noun too, as "commit" is in git), or a clause ending
#: on one ("Annalee taught"), is no key phrase at all.
SURE_VERB_PENALTY = 0.0
#: A first name English uses as a word less than this (Zipf) is a name however it is written
#: ("dmitri" at a sentence start); a more common one only with a capital ("rose", "Rose").
NAME_AS_WORD_MAX_ZIPF = 3.0
#: A two- or three-word phrase whose parts are not associated (NLTK likelihood ratio below
#: the chi-square 5% critical value) is a chance neighbour and loses this share of its score.
COLLOCATION_MIN_LIKELIHOOD = 3.84
NON_COLLOCATION_PENALTY = 0.5
#: A word whose occurrences are at least SUBSUMED_SHARE inside a longer candidate phrase
#: keeps only SUBSUMED_PENALTY of its score: the phrase is the topic.
SUBSUMED_SHARE = 0.5
SUBSUMED_PENALTY = 0.6
#: A word ranked after a longer phrase that contains it is dropped when it occurs at most
#: this many times as often as the phrase (it is mostly a part of the phrase).
SUBPHRASE_RATIO = 1.5
#: How many best-scored phrases ``top`` re-ranks with the title and first-paragraph bonuses.
RERANK_POOL = 60
#: Top keyphrases compared with the title for the topic-mismatch warning.
MISMATCH_TOP = 3
#: The focus keyphrase: a phrase of several words in the top three instead of the best one
#: word when it scores this share of the best; a phrase naming the best word's kind ("peer
#: review" for "review") from this smaller share, as it is the searchable name of the topic.
FOCUS_PHRASE_MIN_SHARE = 0.6
FOCUS_KIND_MIN_SHARE = 0.1
#: ... and whose other words English writes less often than this (Zipf): "peer", not "better".
FOCUS_KIND_MAX_ZIPF = 5.0
#: Words a draft needs before it is said what it is mostly about (the topic-mismatch warning)
#: and every phrase its index ranks is a topic: in a first paragraph a word written twice
#: ("runs", in "I run the app" and "tokio runs the loop") is no subject. A shorter draft's
#: topics (and so its keyphrase to try and its tags from key phrases) are those it writes this
#: many times ("algo", six times in 90 words) or its title names ("time blocking").
TOPIC_MIN_WORDS = 150
TOPIC_SHORT_MIN_USES = 3

# --- Tag suggestions ---------------------------------------------------------------------

#: Medium allows five tags per story.
#: Score of one past use of a tag halves every this many days.
TAG_RECENCY_HALF_LIFE_DAYS = 90.0
#: A tag the text supports scores TAG_WEIGHT_MODEL times the ranking model's probability that a
#: writer would choose it (``tags/model.py``); history adds the weights below to that.
TAG_WEIGHT_MODEL = 3.0
#: A tag that shares a word with a better-ranked one keeps this share of its score.
TAG_OVERLAP_PENALTY = 0.5
#: A one-word tag must be more tag than word (``vocabulary.affinity``) to be offered as a
#: narrower or broader neighbour of a chosen tag.
TAG_PART_MIN_AFFINITY = 0.0
TAG_WEIGHT_HISTORY = 1.0
TAG_WEIGHT_COOCCURRENCE = 1.5
TAG_WEIGHT_SIMILAR = 2.0
#: History without support in the text counts this share, and takes at most this many places.
TAG_HISTORY_ALONE_SHARE = 0.5
TAG_HISTORY_ONLY_MAX = 2
#: One-word tags Medium's list lacks offered at most: the post's best word for its subject.
#: Such a tag has no reach a reader searches for; on the tuning stories one in five was the
#: writer's and a second one never was (on other posts: "Miles" after "Marathon").
TAG_NEW_ONE_WORD_MAX = 1
#: Tags offered at most for being close in meaning alone (the post never writes them): on the
#: tuning stories 2 of 19 such suggestions were the writer's, and neither was a post's second.
TAG_MEANING_ONLY_MAX = 1
#: ... and only when that close (a cosine, ``tags.meaning``): the 14 offered on the tuning
#: stories, one a post, were 0.33 or more; an editor rejected both under 0.25 on other posts
#: ("Customer Experience" for an essay on spending one's time, from "actuality" and
#: "attendant", which they called absurd).
TAG_MEANING_ONLY_MIN_CLOSENESS = 0.3
#: ... and only when among the tags closest in meaning to the post (of those with reach):
#: word vectors put a few broad tags near every technical post ("Machine Learning" was the
#: 7th closest to an accessibility guide, the 13th to a water-mapping study).
TAG_MEANING_ONLY_TOP = 3
#: How many times likelier a new one-word tag must be than a new tag of several words holding
#: it to be offered in its place: the longer name is the sharper one ("Forth Bridge", not
#: "Bridge", at nearly equal odds), unless the text clearly prefers the word ("MarketPresso"
#: at 2.6 times "MarketPresso Pro Eilte", "writing" at 5 times "Creative Writing").
TAG_WORD_OVER_PHRASE = 2.0
# Stories a tag must have carried before history alone offers it on an unrelated post.
TAG_HISTORY_STAPLE_USES = 3
#: Times the draft must write one of the writer's own tags, used on this many of their stories
#: at least, for it to belong to this post even when Clapwise's list of Medium tags lacks it
#: ("Bread" in a post about sourdough).
TAG_HISTORY_WRITTEN_MIN = 2
TAG_HISTORY_WRITTEN_MIN_USES = 2
#: A past draft counts as similar when the Jaccard overlap of keyphrase stems reaches this.
SIMILAR_DRAFT_MIN_OVERLAP = 0.15
#: A chosen tag carried by at least this many stories is crowded (a story sinks in it); one
#: carried by fewer is followed by few readers.
CROWDED_TAG_MIN_STORIES = 100_000
#: A tag with reach takes first place from one Medium's list lacks when it scores at least
#: this share of the best suggestion: half as likely or more, not a passing mention.
TAG_KNOWN_LEAD_MIN_SHARE = 0.5
NICHE_TAG_MAX_STORIES = 1_000
#: A typed tag Medium's list lacks is taken for a slip of a real tag with that much reach when
#: one letter is left out, added, changed or swapped ("Pyhton"), two from this many letters on
#: ("Machien Lerning"); never under MISSPELT_TAG_MIN_LENGTH letters, where one letter makes
#: another word ("model", "modal"). Look-alikes are first narrowed by difflib's ratio.
MISSPELT_TAG_MIN_LENGTH = 6
#: A typed tag whose every word English writes at least this often (Zipf: "baking" 3.9) is
#: spelt as meant, however like another tag it looks ("Baking" is no slip for "Banking"); the
#: common misspellings stay below it ("recieve" 2.8, "programing" 2.4).
MISSPELT_TAG_REAL_WORD_ZIPF = 3.0
MISSPELT_TAG_TWO_SLIPS_LENGTH = 10
MISSPELT_TAG_MIN_STORIES = 1_000
MISSPELT_TAG_MIN_SIMILARITY = 0.75
