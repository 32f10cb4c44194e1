"""What Medium allows a story, checked in every layer: the tag field, the suggestions, the
checklist, the database and the command line all count against these."""

MAX_TAGS = 5  # tags per story
MAX_TAG_LENGTH = 25  # characters in one tag
