"""The Statistics page: figures per section by period and grouping, charts, Excel and the yearly report."""
