"""Subcommands of `kg`, one module each: `add_parser(subparsers)` registers the command and sets
`func` to a handler that takes the parsed arguments and returns the exit code."""


def run_alone(command: str, argv: list[str] | None = None) -> int:
    """`python -m kg.commands.NAME …`: exactly `kg NAME …` (same parser, same error handling)."""
    import sys

    from kg.cli import main

    return main([command, *(sys.argv[1:] if argv is None else argv)])
