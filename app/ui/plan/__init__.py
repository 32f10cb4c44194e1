"""Plan and learn: the calendar, submissions, performance log, charts and what works."""
