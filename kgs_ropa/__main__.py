from kgs_ropa.cli import main

raise SystemExit(main())
