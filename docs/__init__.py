"""The documentation, shipped in the package as kgs_ropa.resources.docs for Help > User guide."""
