//! Words with named gaps: `"Enter a rent of {most} or less"`. A figure is never typed
//! into the catalogue: it fills a gap when the words are shown, from the rules, the
//! limits or the outcome, so the words cannot go stale when the figures change (a
//! test in tests/engine/catalogue.rs looks for money typed into the words).

use core::fmt;

/// Words with gaps written `{name}`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Template(&'static str);

impl Template {
    pub const fn new(text: &'static str) -> Template {
        Template(text)
    }

    /// The words as written, gaps and all: for words that have no gaps. (Words with
    /// gaps go through `fill`; a gap shown as written is caught by the page tests.)
    pub const fn text(self) -> &'static str {
        self.0
    }

    /// The words with each `{name}` replaced by its value. A gap with no value is left
    /// as it is, so a test can find it.
    pub fn fill(self, values: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match values.iter().find(|(gap, _)| *gap == name) {
                        Some((_, value)) => out.push_str(value),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Shows the words as written, so the catalogue's Debug text holds every template.
impl fmt::Debug for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_are_filled_by_name_and_unknown_ones_are_kept() {
        let words = Template::new("Enter {most} hours a week or fewer, {name}");
        assert_eq!(
            words.fill(&[("most", "100"), ("other", "x")]),
            "Enter 100 hours a week or fewer, {name}"
        );
        assert_eq!(Template::new("No gaps").fill(&[]), "No gaps");
        assert_eq!(Template::new("{a}{a}").fill(&[("a", "1")]), "11");
        assert_eq!(Template::new("open { only").fill(&[]), "open { only");
    }
}
