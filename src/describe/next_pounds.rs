//! What is kept of the next pounds earned, in words: "Of the next £10 you earn in a
//! month, you keep £3.24: £2 goes in income tax, 80p in National Insurance and
//! Universal Credit falls by £3.96."

use crate::format::pence_or_pounds;
use crate::outcome::{NextPounds, Who};

use super::{fill, Words};

impl Words<'_> {
    /// "What you keep of the next £10".
    pub fn next_pounds_heading(&self, next: &NextPounds) -> String {
        fill(
            self.copy.results.next_pounds.heading,
            &[("extra", pence_or_pounds(next.extra_pay))],
        )
    }

    /// The sentence: what is kept, and where each part of the rest goes.
    pub fn next_pounds(&self, next: &NextPounds) -> String {
        let words = &self.copy.results.next_pounds;
        let part = |template, amount| fill(template, &[("amount", pence_or_pounds(amount))]);
        let mut parts = Vec::new();
        for (template, amount) in [
            (words.income_tax, next.income_tax),
            (words.national_insurance, next.national_insurance),
            (words.pension, next.pension),
        ] {
            if amount.is_positive() {
                parts.push(part(template, amount));
            }
        }
        for line in &next.lines {
            let template = if line.difference.is_negative() {
                words.line_falls
            } else {
                words.line_rises
            };
            parts.push(fill(
                template,
                &[
                    ("name", self.income_name(line.income, line.who)),
                    ("amount", pence_or_pounds(line.difference.abs())),
                ],
            ));
        }
        let partner = next.who == Who::Partner;
        let template = match (next.kept.is_negative(), parts.is_empty(), partner) {
            (true, _, false) => words.you_lose,
            (true, _, true) => words.partner_lose,
            (false, true, false) => words.you_keep_all,
            (false, true, true) => words.partner_keep_all,
            (false, false, false) => words.you_keep,
            (false, false, true) => words.partner_keep,
        };
        fill(
            template,
            &[
                ("extra", pence_or_pounds(next.extra_pay)),
                ("kept", pence_or_pounds(next.kept)),
                ("lost", pence_or_pounds(next.kept.abs())),
                ("parts", self.list(&parts)),
            ],
        )
    }

    /// "a, b and c".
    pub(super) fn list(&self, parts: &[String]) -> String {
        match parts {
            [] => String::new(),
            [only] => only.clone(),
            [rest @ .., last] => format!(
                "{} {} {last}",
                rest.join(", "),
                self.copy.results.next_pounds.and.text()
            ),
        }
    }
}
