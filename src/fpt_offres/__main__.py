"""``python -m fpt_offres`` : la ligne de commande."""

import sys

from fpt_offres.cli import main

sys.exit(main())
