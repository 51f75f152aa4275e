//! The council tax bill in words: the council, the band, the year's bill and the
//! discount.

use crate::format::percent;
use crate::outcome::{CouncilTaxBill, CouncilTaxDiscount};

use super::{fill, Words};

impl Words<'_> {
    /// The bill, and why it is less than the full bill if it is.
    pub fn council_tax_notes(&self, bill: &CouncilTaxBill) -> Vec<String> {
        let words = &self.copy.results.council_tax;
        let mut notes = vec![fill(
            words.bill,
            &[
                ("band", bill.band.to_owned()),
                ("council", bill.council.to_owned()),
                ("yearly", self.money(bill.yearly)),
                ("monthly", self.money(bill.per_month)),
            ],
        )];
        match bill.discount {
            CouncilTaxDiscount::None => {}
            CouncilTaxDiscount::SinglePerson { rate, disregarded } => notes.push(fill(
                if disregarded > 0 {
                    words.discount_disregarded
                } else {
                    words.discount_one_adult
                },
                &[("rate", percent(rate)), ("full", self.money(bill.full))],
            )),
            CouncilTaxDiscount::AllDisregarded { rate } => notes.push(fill(
                words.discount_all_disregarded,
                &[("rate", percent(rate)), ("full", self.money(bill.full))],
            )),
            CouncilTaxDiscount::Exempt => notes.push(words.exempt.fill(&[])),
        }
        notes
    }
}
