"""Every number the checklist's checks judge by, in one place (those the editor and Medium
also judge by taken from where they are kept; Medium's own limits are in
``app.document.medium_limits``)."""

from app.analysis.insights.headline.features import SEARCH_RESULT_CHARACTERS
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS

HEADLINE_GOOD = 50  # overall headline score (appeal adjusted for clickbait risk), 0-100
CLICKBAIT_STYLE = 0.75  # probability above which the wording is said to read like clickbait
SEARCH_TITLE_CHARACTERS = SEARCH_RESULT_CHARACTERS  # characters of a title a search result shows
SUBTITLE_RANGE = (100, 140)  # characters; Medium shows it under the title and in search results
READABILITY_MARGIN = 0.0  # grades above the genre's target that still pass
SPELLING_LISTED = 5  # unknown words named in the detail
GRAMMAR_LISTED = 3  # grammar slips quoted in the detail
ADVERBS_PER_100_WORDS = 1.0  # more than this many flagged adverbs per 100 words: warn
HARD_SENTENCE_SHARE = 10.0  # percent of sentences that are hard or very hard: above it, warn
READ_TIME_BAND = (3, 12)  # minutes; the default target band
# Words a story may run without a subheading: the long_section rule's limit.
SECTION_WORDS = DEFAULT_THRESHOLDS.section_max_words
IMAGE_SUGGESTED_WORDS = 600  # longer stories should have at least one image
KEYPHRASE_ISSUES_LISTED = 3  # poor keyphrase checks summarised in the detail
