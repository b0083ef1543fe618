"""The frozen app's entry script: the same composition root as the ``crmdesk`` console script."""

import sys

from crmdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
