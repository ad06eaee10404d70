from tollwatch.cli import main

raise SystemExit(main())
