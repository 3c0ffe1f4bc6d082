"""Judge mode: the judge's full-screen window and the chief judge's matrix of sheets."""
