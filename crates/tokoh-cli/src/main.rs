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

use clap::{CommandFactory, FromArgMatches};

use crate::cli::{Cli, Command};

/// What `tokoh --version` says beyond the version: the built-in
/// gazetteer's date and sources (read without parsing the data).
fn long_version() -> String {
    let date = tokoh::Gazetteer::builtin_data_as_of()
        .map_or_else(|| "unknown".to_owned(), |d| d.to_string());
    let mut text = format!(
        "{}\nbuilt-in gazetteer: data as of {date}; sources:",
        env!("CARGO_PKG_VERSION")
    );
    for source in tokoh::Gazetteer::builtin_sources() {
        text.push_str("\n  ");
        text.push_str(source);
    }
    text
}

fn main() -> ExitCode {
    // Usage errors go to stderr with exit status 2; --help and --version to
    // stdout with 0 (clap's defaults).
    let matches = Cli::command().long_version(long_version()).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match &cli.command {
        Command::Tag(args) => commands::tag::run(args),
        Command::Tokenize(args) => commands::tokenize::run(args),
        Command::Gazetteer(args) => commands::gazetteer::run(args),
    }
}
