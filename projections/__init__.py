"""Read models folded from the event log: timeline, front, aid and figures, with history.

Every view keeps versioned rows: a row is valid from the log position of the event that
opened it to the one that closed it (with the recorded times beside), so the state at any
past moment is a range query. Rows carry a generation: a replay builds the next generation
aside and swaps it in in one transaction.
"""
