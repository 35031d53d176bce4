"""Subcommands of `kg`, one module each: `add_parser(subparsers)` registers the command and sets
`func` to a handler that takes the parsed arguments and returns the exit code."""
