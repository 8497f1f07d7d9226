"""Side-by-side comparison of tokoh with other phrase matchers (see benches/compare/README.md)."""
