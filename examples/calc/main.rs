//! Works out one situation from a JSON file and prints the whole outcome as JSON.
//!
//!     cargo run --release --example calc -- examples/situations/single-renter-lcwra.json
//!
//! The format is described in docs/json-format.md. Bad input (including a file that
//! is not UTF-8 text or holds more than one situation) stops with a message that
//! names the field, and exit code 2; a file that cannot be read gives exit code 1.

mod read;

use std::io::Read;
use std::process::ExitCode;

use benefit_bridge::copy::EN;
use benefit_bridge::report::report;
use benefit_bridge::{calculate, RULES_2026_27};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --release --example calc -- FILE.json   (use - to read standard input)");
        return ExitCode::from(2);
    };
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) => bytes,
            Err(error) => {
                eprintln!("error: could not read standard input: {error}");
                return ExitCode::from(1);
            }
        }
    } else {
        match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("error: could not read {path}: {error}");
                return ExitCode::from(1);
            }
        }
    };
    match run(&bytes) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("error: {problem}");
            }
            ExitCode::from(2)
        }
    }
}

/// Reads, checks and calculates; every problem comes back as "field: message".
fn run(bytes: &[u8]) -> Result<String, Vec<String>> {
    let situation = read::read_situation(bytes)?;
    let rules = &RULES_2026_27;
    let problems = situation.check(rules.tax_year);
    if !problems.is_empty() {
        return Err(problems.iter().map(ToString::to_string).collect());
    }
    let outcome = calculate(&situation, rules);
    // The outcome is keys and figures; the English catalogue gives it its labels.
    serde_json::to_string_pretty(&report(&outcome, &EN))
        .map_err(|error| vec![format!("could not write the outcome: {error}")])
}
