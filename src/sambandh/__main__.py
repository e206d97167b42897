"""``python -m sambandh``."""

from .cli import main

main()
