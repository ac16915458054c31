"""Entry point for ``python -m koreanews``."""

import sys

from koreanews.cli import main

sys.exit(main())
