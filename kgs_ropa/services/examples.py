"""The example registers shipped in the package, by name (light: the command line lists them)."""

EXAMPLES = {"kgs": "kgs_diamond.json"}
