"""Plan and learn: publications and submissions, the posting plan, goals and streaks, the
performance log, and what works for this writer. No Qt."""
