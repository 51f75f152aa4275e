//! Works out one situation from a JSON file and prints the whole outcome as JSON.
//!
//!     cargo run --release --example calc -- examples/situations/single-renter-lcwra.json
//!
//! The format is described in docs/json-format.md. Bad input stops with a message
//! that names the field, and exit code 2; a file that cannot be read gives exit code 1.

use std::process::ExitCode;

use benefit_bridge::copy::EN;
use benefit_bridge::report::report;
use benefit_bridge::{calculate, Situation, RULES_2026_27};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --release --example calc -- FILE.json   (use - to read standard input)");
        return ExitCode::from(2);
    };
    let text = if path == "-" {
        let mut text = String::new();
        match std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
            Ok(_) => text,
            Err(error) => {
                eprintln!("error: could not read standard input: {error}");
                return ExitCode::from(1);
            }
        }
    } else {
        match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("error: could not read {path}: {error}");
                return ExitCode::from(1);
            }
        }
    };
    match run(&text) {
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
fn run(text: &str) -> Result<String, Vec<String>> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let situation: Situation = serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let field = error.path().to_string();
        let field = if field == "." {
            "the file".to_owned()
        } else {
            field
        };
        vec![format!("{field}: {}", error.inner())]
    })?;
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
