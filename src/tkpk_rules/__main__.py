import sys

from tkpk_rules.cli import main

sys.exit(main())
