import sys

from wegwijzer.cli import main

sys.exit(main())
