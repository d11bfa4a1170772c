from govtext.cli import main

main()
