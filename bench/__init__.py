"""Benchmarks of tickerlog against its ceilings; run ``python -m bench --help``."""
