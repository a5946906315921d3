from dumawatch.cli import main

raise SystemExit(main())
