//! Reads a situation file (docs/json-format.md) strictly: one JSON document of UTF-8
//! text, numbers read from their digits, objects where objects belong, and every
//! problem named by its field in plain words ("household.you.age: must be a whole
//! number, not \"thirty\""). The `situation.check` that follows finds the answers
//! the engine cannot use.
//!
//! Shared with the tests (tests/engine/calc_json.rs), which read files as `calc` does.

use benefit_bridge::Situation;
use serde::Deserialize;
use serde_json::Value;

/// The largest file read: a household with every child, other adult and scenario
/// the checks allow is a few kilobytes, so a megabyte leaves room for spacing and
/// labels while a file of millions of children is refused before it is read.
pub const MOST_BYTES: usize = 1 << 20;

/// The fields that hold lists: each item is an object.
const LISTS: [&str; 3] = ["children", "non_dependants", "scenarios"];

/// The fields that hold an object (as does the file itself, and each item of a
/// list). Serde would read a list in their place by position.
const OBJECTS: [&str; 7] = [
    "household",
    "you",
    "partner",
    "housing",
    "disability_benefit",
    "job",
    "childcare_costs",
];

/// The name used for a problem with the file as a whole.
const THE_FILE: &str = "the file";

/// Reads a situation from the file's bytes, or says every problem found, each as
/// "field: what is wrong".
pub fn read_situation(bytes: &[u8]) -> Result<Situation, Vec<String>> {
    let one = |message: String| vec![format!("{THE_FILE}: {message}")];
    if bytes.len() > MOST_BYTES {
        return Err(one(format!(
            "is too large ({} bytes): a situation file is at most {MOST_BYTES} bytes",
            bytes.len()
        )));
    }
    // A byte-order mark, as some Windows editors write, is not part of the JSON.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        one(format!(
            "is not UTF-8 text (the byte at position {} cannot be read); save it as UTF-8",
            error.valid_up_to()
        ))
    })?;
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = Value::deserialize(&mut reader)
        .map_err(|error| one(format!("is not valid JSON: {error}")))?;
    reader.end().map_err(|error| {
        one(format!(
            "has more after the end of the situation (line {}, column {}): give one situation per file",
            error.line(),
            error.column()
        ))
    })?;
    let mut problems = Vec::new();
    objects_where_objects_belong(&value, THE_FILE, None, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    // Read from the text, not from `value`: a JSON object keeps only the last of two
    // fields with the same name, and serde's reader refuses the second.
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut reader).map_err(|error| {
        let path = error.path().to_string();
        let message = without_position(&error.inner().to_string()).to_owned();
        let (field, message) = match message.strip_prefix("duplicate field ") {
            // Serde names the object; the field given twice is the one to name.
            Some(name) => (
                format!("{path}.{}", name.trim_matches('`')),
                "is given more than once".to_owned(),
            ),
            None => (path, plain_words(&message)),
        };
        let field = if field == "." {
            THE_FILE.to_owned()
        } else {
            field
        };
        vec![format!("{field}: {message}")]
    })
}

/// Serde's message without its " at line 2 column 57": the field's path says where.
fn without_position(message: &str) -> &str {
    match message.rsplit_once(" at line ") {
        Some((before, position))
            if position
                .split(" column ")
                .all(|number| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())) =>
        {
            before
        }
        Some(_) | None => message,
    }
}

/// Serde reads an object written as a list by position (`[30, "none"]` as an
/// adult): a list where an object belongs is refused here. (A list in any other
/// field is left to serde, which refuses it with the field's own words.)
fn objects_where_objects_belong(
    value: &Value,
    path: &str,
    key: Option<&str>,
    problems: &mut Vec<String>,
) {
    let holds_object = key.is_none_or(|key| OBJECTS.contains(&key));
    match value {
        Value::Object(fields) => {
            for (name, field) in fields {
                let field_path = if path == THE_FILE {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                objects_where_objects_belong(field, &field_path, Some(name), problems);
            }
        }
        Value::Array(items) if key.is_some_and(|key| LISTS.contains(&key)) => {
            for (index, item) in items.iter().enumerate() {
                objects_where_objects_belong(item, &format!("{path}[{index}]"), None, problems);
            }
        }
        Value::Array(_) if holds_object => {
            problems.push(format!("{path}: must be an object in {{ }}, not a list"))
        }
        Value::Array(_) | Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

/// Serde's messages in plain words: "invalid type: string \"thirty\", expected u8"
/// becomes "must be a whole number, not \"thirty\"". Messages the crate writes
/// itself are already plain and pass through.
pub fn plain_words(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "must be {}, not {}",
                expected_words(expected),
                found_words(found)
            );
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("must be {}, not {}", names(expected), quoted(found));
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return match rest.split_once(", expected ") {
            Some((found, expected)) => format!(
                "unknown field {}: the fields here are {}",
                quoted(found),
                names(expected).trim_start_matches("one of ")
            ),
            None => match rest.split_once(", there are no fields") {
                Some((found, _)) => {
                    format!("unknown field {}: there are no fields here", quoted(found))
                }
                None => format!("unknown field {}", quoted(rest)),
            },
        };
    }
    // serde_json's word for a number that is not the whole number a field holds (an
    // age of 300, 30.5 or -1): every whole-number field in the format is a u8.
    if message == "invalid number" {
        return format!("must be {}", expected_words("u8"));
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("needs {}", quoted(field));
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return format!("has the wrong number of items ({rest})");
    }
    message.to_owned()
}

/// What serde found, in words: "string \"x\"" is "\"x\"", "integer `5`" is "5".
fn found_words(found: &str) -> String {
    let between_backticks = found
        .split_once('`')
        .and_then(|(_, rest)| rest.rsplit_once('`'))
        .map(|(inside, _)| inside.to_owned());
    if let Some(text) = found.strip_prefix("string ") {
        return text.to_owned();
    }
    match (found, between_backticks) {
        ("map", _) => "an object".to_owned(),
        ("number", _) => "a number".to_owned(),
        ("sequence", _) => "a list".to_owned(),
        ("unit" | "null", _) => "null".to_owned(),
        (_, Some(inside)) => inside,
        (other, None) => other.to_owned(),
    }
}

/// What serde expected, in words: "u8" is "a whole number from 0 to 255".
fn expected_words(expected: &str) -> String {
    match expected {
        "u8" => "a whole number from 0 to 255".to_owned(),
        "u16" | "u32" | "u64" | "usize" => "a whole number".to_owned(),
        "a boolean" => "true or false".to_owned(),
        "a string" => "text in quotes".to_owned(),
        "a sequence" => "a list in [ ]".to_owned(),
        "a map" => "an object in { }".to_owned(),
        // An enum that is a name or an object with one field (`pension`, `uc_health`).
        "string or map" => "one of the names in docs/json-format.md".to_owned(),
        "map with a single key" => {
            "an object with one field, like {\"percent_of_pay\": 5}".to_owned()
        }
        other if other.starts_with("struct ") || other.starts_with("tuple struct ") => {
            "an object in { }".to_owned()
        }
        other if other.starts_with("enum ") || other.starts_with("variant identifier") => {
            "one of the names in docs/json-format.md".to_owned()
        }
        other if other.starts_with("one of ") || other.starts_with('`') => names(other),
        other => other.to_owned(),
    }
}

/// "one of `a`, `b`" or "`a` or `b`" as "one of \"a\", \"b\"".
fn names(list: &str) -> String {
    let list = list.strip_prefix("one of ").unwrap_or(list);
    let names: Vec<String> = list
        .split(", ")
        .flat_map(|part| part.split(" or "))
        .map(quoted)
        .collect();
    match names.as_slice() {
        [only] => only.clone(),
        _ => format!("one of {}", names.join(", ")),
    }
}

/// "`x`" as "\"x\"".
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.trim().trim_matches('`'))
}
