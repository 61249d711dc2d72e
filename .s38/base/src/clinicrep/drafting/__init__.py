"""Reply drafts: the composed draft (offline, from the review's aspects and the practice's
facts) and the optional AI draft; both are checked by the guard and the checklist."""
