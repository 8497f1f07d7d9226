//! The `tokoh` command. See `tokoh --help`, and the specification of the
//! command line in the project's documentation.
//!
//! This file only dispatches: `cli` defines the arguments, `input` reads
//! documents and reports bad input, `output` writes JSON, and `commands`
//! has one module per subcommand.

mod cli;
mod commands;
mod input;
mod output;
mod parallel;
mod progress;
mod report;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

fn main() -> ExitCode {
    // Usage errors go to stderr with exit status 2; --help and --version to
    // stdout with 0 (clap's defaults).
    let cli = Cli::parse();
    match &cli.command {
        Command::Tag(args) => commands::tag::run(args),
        Command::Tokenize(args) => commands::tokenize::run(args),
        Command::Gazetteer(args) => commands::gazetteer::run(args),
    }
}
