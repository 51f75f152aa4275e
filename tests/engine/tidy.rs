//! House rules, checked on every `cargo test` (after rust-analyzer's tidy.rs).

use std::fs;
use std::path::{Path, PathBuf};

/// Everything but the app: no web code, no floats, no clock, files or network.
const PURE_PATHS: &[&str] = &[
    "src/answers",
    "src/copy",
    "src/dates.rs",
    "src/describe.rs",
    "src/describe",
    "src/country.rs",
    "src/engine",
    "src/exact_number.rs",
    "src/format.rs",
    "src/household.rs",
    "src/household",
    "src/limits.rs",
    "src/markup.rs",
    "src/money.rs",
    "src/outcome",
    "src/period.rs",
    "src/questionnaire",
    "src/report.rs",
    "src/rules",
    "src/scenario.rs",
    "src/situation.rs",
    "src/situation",
    "src/source.rs",
    "src/work.rs",
    "src/working_days.rs",
];

/// Which of the crate's own modules each part may use, so data flows one way:
/// answers -> household -> engine -> outcome -> views. A part may always use itself.
const ROOMS: &[(&str, &[&str])] = &[
    // Reading numbers exactly from their text.
    ("src/exact_number.rs", &[]),
    ("src/money.rs", &["exact_number"]),
    ("src/dates.rs", &[]),
    ("src/country.rs", &[]),
    ("src/source.rs", &[]),
    ("src/period.rs", &["money"]),
    ("src/limits.rs", &["money"]),
    ("src/format.rs", &["money"]),
    // Escaping words and figures for markup written as text.
    ("src/markup.rs", &[]),
    // Paydays and payments move off weekends and bank holidays.
    ("src/working_days.rs", &["dates", "period"]),
    // The year's figures: amounts, periods and where they come from, nothing else.
    // The year's published tables are by country.
    (
        "src/rules",
        &["money", "period", "dates", "source", "country"],
    ),
    ("src/work.rs", &["money", "period", "exact_number"]),
    (
        "src/household.rs",
        &["money", "period", "dates", "limits", "work", "country"],
    ),
    // How housing and disability benefits are read from JSON (`household/read.rs`).
    (
        "src/household",
        &["money", "period", "dates", "limits", "work"],
    ),
    // A scenario can say the day its work starts.
    ("src/scenario.rs", &["money", "dates", "household", "work"]),
    // The checks of a scenario (`situation/scenario.rs`).
    (
        "src/situation",
        &[
            "money",
            "period",
            "dates",
            "limits",
            "household",
            "work",
            "scenario",
        ],
    ),
    (
        "src/situation.rs",
        &[
            "money",
            "period",
            "dates",
            "limits",
            "format",
            "household",
            "work",
            "scenario",
            // An area or council must be in the year's tables.
            "rules",
        ],
    ),
    // The outcome owns its types: it never reaches into the engine that fills it.
    (
        "src/outcome",
        &["money", "period", "dates", "source", "work", "country"],
    ),
    // The engine never sees answers, words or the app.
    (
        "src/engine",
        &[
            "money",
            "period",
            "dates",
            "source",
            "limits",
            "rules",
            "work",
            "working_days",
            "household",
            "scenario",
            "situation",
            "outcome",
        ],
    ),
    // Words are data: a catalogue uses nothing else of the crate.
    ("src/copy", &[]),
    (
        "src/describe.rs",
        &[
            "money", "period", "dates", "format", "rules", "work", "outcome", "copy",
        ],
    ),
    // The notes beside the headline (`describe/notes.rs`).
    (
        "src/describe",
        &[
            "money", "period", "dates", "format", "rules", "work", "outcome", "copy", "country",
        ],
    ),
    (
        "src/report.rs",
        &[
            "money", "period", "dates", "source", "outcome", "copy", "describe",
        ],
    ),
    ("src/answers", &["money", "period", "dates", "household"]),
    (
        "src/questionnaire",
        &[
            "money",
            "period",
            "dates",
            "limits",
            "format",
            "rules",
            "work",
            "household",
            "scenario",
            "situation",
            "answers",
            "copy",
            "describe",
            // Only to say whose answer it is (`Who`) when telling the results page.
            "outcome",
            // To ask only what could change the answer (`home.rs`).
            "engine",
            // The first payday assumed when none is typed.
            "working_days",
        ],
    ),
];

/// Official hosts a `Source` may point at.
const OFFICIAL: &[&str] = &[
    "https://www.legislation.gov.uk/",
    "https://www.gov.uk/",
    "https://www.thepensionsregulator.gov.uk/",
    "https://www.gov.scot/",
    "https://www.mygov.scot/",
    "https://www.parliament.scot/",
    "https://www.gov.wales/",
    "https://gov.wales/",
    "https://assets.publishing.service.gov.uk/",
    "https://www.nidirect.gov.uk/",
    "https://questions-statements.parliament.uk/",
    // The NHS bodies that run help with health costs and Healthy Start.
    "https://www.nhsbsa.nhs.uk/",
    "https://www.healthystart.nhs.uk/",
    // Councils' own Council Tax Reduction schemes.
    "https://www.kingston.gov.uk/",
    "https://www.newham.gov.uk/",
    "https://www.slough.gov.uk/",
];

fn rust_files(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .expect("a source folder")
            .map(|entry| entry.expect("an entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, files);
        }
    } else if path.extension().is_some_and(|ext| ext == "rs") {
        files.push(path.to_path_buf());
    }
}

fn files_under(paths: &[&str]) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for path in paths {
        let before = files.len();
        rust_files(&root.join(path), &mut files);
        assert!(files.len() > before, "the tidy check should find {path}");
    }
    files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("a readable file");
            (path, text)
        })
        .collect()
}

/// The code before any `#[cfg(test)]` module.
fn non_test_code(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

/// The lines that are code, not comments.
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    non_test_code(text)
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
}

/// The file's leading `//!` block.
fn header(text: &str) -> String {
    text.lines()
        .take_while(|line| line.starts_with("//!"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_engine_file_says_what_it_is_and_cites_its_law() {
    for (path, text) in files_under(&["src/engine"]) {
        let header = header(&text);
        assert!(
            !header.is_empty(),
            "{} should start with a //! header",
            path.display()
        );
        let law = header
            .find("Law:")
            .map(|at| &header[at..])
            .unwrap_or_else(|| panic!("{} has no Law: line in its header", path.display()));
        assert!(
            OFFICIAL.iter().any(|host| law.contains(host)) || law.contains("none of its own"),
            "{}: the Law: line should give an official address, or say the file has no law \
             of its own",
            path.display()
        );
    }
}

#[test]
fn nothing_but_the_app_has_floats_web_code_or_the_outside_world() {
    let forbidden = [
        "f32",
        "f64",
        "yew::",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "SystemTime",
        "Instant::",
        "std::fs",
        "std::net",
        "std::env",
    ];
    for (path, text) in files_under(PURE_PATHS) {
        for word in forbidden {
            // The one place a float may appear: JSON's reader hands one over, and it is
            // read by its shortest text, never used as a number.
            if word == "f64" && path.ends_with("src/exact_number.rs") {
                continue;
            }
            let found = code_lines(&text).any(|line| {
                line.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .any(|token| token.starts_with(word))
            });
            assert!(!found, "{} uses {word}", path.display());
        }
    }
}

/// The top-level items of a `{...}` group, at its own depth only:
/// `a::{b, c}, d` gives "a::{b, c}" and "d".
fn group_items(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..at]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..]);
    items
}

/// The first segment of every `crate::` path in the code: `crate::rules::Rules` and
/// `use crate::{money::Money, rules}` give "rules", "money" and "rules".
fn crate_modules_used(text: &str) -> Vec<String> {
    let mut used = Vec::new();
    let code: String = code_lines(text).collect::<Vec<_>>().join("\n");
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            for item in group_items(group) {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    used.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            used.push(name);
        }
    }
    used
}

fn module_name(room: &str) -> &str {
    room.trim_start_matches("src/").trim_end_matches(".rs")
}

#[test]
fn data_flows_one_way_each_part_uses_only_the_parts_below_it() {
    for (room, allowed) in ROOMS {
        let own = module_name(room);
        for (path, text) in files_under(&[room]) {
            for used in crate_modules_used(&text) {
                assert!(
                    used == own || allowed.contains(&used.as_str()),
                    "{} uses crate::{used}, which {room} may not use (it may use {allowed:?})",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_import_check_reads_grouped_and_plain_paths() {
    let text =
        "use crate::{money::Money, rules};\nuse crate::engine::x;\n// crate::ui in a comment\n";
    assert_eq!(crate_modules_used(text), ["money", "rules", "engine"]);
}

#[test]
fn the_engine_and_the_outcome_speak_in_keys_not_english() {
    // A string literal with words in it (a letter, a space, a letter) is English; the
    // engine's words are in the catalogue. Comments and tests may say what they like.
    for (path, text) in files_under(&["src/engine", "src/outcome"]) {
        for line in code_lines(&text) {
            for literal in line.split('"').skip(1).step_by(2) {
                let has_words = literal.as_bytes().windows(3).any(|w| {
                    w[0].is_ascii_alphabetic() && w[1] == b' ' && w[2].is_ascii_alphabetic()
                });
                assert!(
                    !has_words,
                    "{} has words in the code: {literal:?} (put them in the catalogue)",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn no_unwrap_or_expect_outside_tests() {
    for (path, text) in files_under(PURE_PATHS) {
        let code = non_test_code(&text);
        assert!(
            !code.contains(".unwrap()"),
            "{} calls unwrap()",
            path.display()
        );
        assert!(
            !code.contains(".expect("),
            "{} calls expect()",
            path.display()
        );
    }
}

#[test]
fn the_build_forbids_wildcard_arms_over_enums() {
    // The check itself is clippy's: lib.rs denies wildcard_enum_match_arm, and
    // `scripts/test.sh` runs clippy with -D warnings for native and wasm32 code, so a
    // `_ =>` arm over a kind of line, a benefit or an answer stops the build, and a
    // new variant is listed everywhere it needs words or handling. This test keeps the
    // rule from being dropped quietly.
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("src/lib.rs");
    assert!(lib.contains("#![deny(clippy::wildcard_enum_match_arm)]"));
}

#[test]
fn no_matches_macro_where_lines_and_benefits_are_handled() {
    // `matches!` is a wildcard the lint cannot see ("this variant, or anything else").
    // Where kinds of lines, benefits and health are handled, a new variant must be
    // placed by hand: write the match out.
    for (path, text) in files_under(&[
        "src/engine",
        "src/outcome",
        "src/household.rs",
        "src/describe.rs",
        "src/report.rs",
    ]) {
        assert!(
            !code_lines(&text).any(|line| line.contains("matches!")),
            "{} uses matches!: write the match out so a new variant must be placed",
            path.display()
        );
    }
}

#[test]
fn every_source_address_is_official() {
    for (path, text) in files_under(PURE_PATHS) {
        for (index, _) in text.match_indices("\"https://") {
            let address = &text[index + 1..];
            let address = &address[..address.find('"').unwrap_or(address.len())];
            assert!(
                OFFICIAL.iter().any(|host| address.starts_with(host)),
                "{} cites {address}, which is not an official source",
                path.display()
            );
        }
    }
}
