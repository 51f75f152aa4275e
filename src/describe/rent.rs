//! Why Universal Credit counts the rent it counts: the Local Housing Allowance for a
//! private renter, spare bedrooms for a social renter (UC Regs 2013 Sch 4).

use crate::country::Country;
use crate::format::percent;
use crate::money::Money;
use crate::outcome::{
    LhaCategory, LhaCheck, LhaResult, RentLimit, SharedRateException, Snapshot, SpareBedroomCheck,
};
use crate::rules::Rules;

use super::{fill, Words};

impl Words<'_> {
    /// The sentences about the rent UC counts, if the household rents.
    pub fn rent_notes(&self, snapshot: &Snapshot, rules: &Rules) -> Vec<String> {
        let element = snapshot.universal_credit.rent_limit();
        match element {
            Some((rent, RentLimit::LocalHousingAllowance(check))) => {
                self.lha_notes(rent, &check, rules)
            }
            Some((_, RentLimit::SpareBedrooms(check))) => vec![self.spare_bedrooms(&check, rules)],
            Some((_, RentLimit::NotLimited)) | None => Vec::new(),
        }
    }

    fn lha_notes(&self, rent: Money, check: &LhaCheck, rules: &Rules) -> Vec<String> {
        let words = &self.copy.results.rent;
        let size = &rules.size_criteria;
        let category = self.lha_category(check.category);
        let rate = self.money(check.rate);
        let main = match (check.area, check.result) {
            (Some(area), LhaResult::Capped) => fill(
                words.lha_capped,
                &[
                    ("area", area.to_owned()),
                    ("rate", rate),
                    ("category", category),
                    ("rent", self.money(rent)),
                    ("gap", self.money(rent - check.rate)),
                ],
            ),
            (Some(area), LhaResult::WithinRate | LhaResult::NotChecked) => fill(
                words.lha_within,
                &[
                    ("area", area.to_owned()),
                    ("rate", rate),
                    ("category", category),
                ],
            ),
            (None, LhaResult::WithinRate | LhaResult::Capped) => fill(
                words.lha_within_lowest,
                &[
                    ("country", self.country(check.country)),
                    ("category", category),
                    ("rate", rate),
                ],
            ),
            (None, LhaResult::NotChecked) => fill(words.lha_not_checked, &[("category", category)]),
        };
        let mut notes = vec![main];
        let age = size.shared_accommodation_under.value.to_string();
        match (check.category, check.shared_rate_exception) {
            (LhaCategory::SharedAccommodation, _) => {
                notes.push(fill(words.shared_rate, &[("age", age)]));
            }
            (_, Some(exception)) => notes.push(fill(
                words.shared_rate_excepted,
                &[
                    ("age", age),
                    ("reason", self.shared_rate_exception(exception)),
                ],
            )),
            (_, None) => {}
        }
        let most = size.most_bedrooms_private.value;
        if check.bedrooms > most {
            notes.push(fill(
                words.more_than_most_bedrooms,
                &[
                    ("allowed", check.bedrooms.to_string()),
                    ("most", most.to_string()),
                ],
            ));
        }
        notes
    }

    fn spare_bedrooms(&self, check: &SpareBedroomCheck, rules: &Rules) -> String {
        let words = &self.copy.results.rent;
        let allowed = ("allowed", check.allowed.to_string());
        match check.in_home {
            None => fill(
                words.bedrooms_not_said,
                &[
                    allowed,
                    ("one", percent(rules.size_criteria.one_spare_bedroom.value)),
                    (
                        "two",
                        percent(rules.size_criteria.two_or_more_spare_bedrooms.value),
                    ),
                ],
            ),
            Some(in_home) if check.spare() == 0 => fill(
                words.no_spare_bedrooms,
                &[("in_home", in_home.to_string()), allowed],
            ),
            Some(in_home) => fill(
                words.spare_bedrooms,
                &[
                    ("in_home", in_home.to_string()),
                    allowed,
                    ("spare", check.spare().to_string()),
                    ("rate", percent(check.reduction_rate)),
                    ("reduction", self.money(check.reduction)),
                ],
            ),
        }
    }

    fn lha_category(&self, category: LhaCategory) -> String {
        let words = &self.copy.results.rent;
        let bedrooms = |n: u8| fill(words.category_bedrooms, &[("bedrooms", n.to_string())]);
        match category {
            LhaCategory::SharedAccommodation => words.category_shared.fill(&[]),
            LhaCategory::OneBedroom => words.category_one_bedroom.fill(&[]),
            LhaCategory::TwoBedrooms => bedrooms(2),
            LhaCategory::ThreeBedrooms => bedrooms(3),
            LhaCategory::FourBedrooms => bedrooms(4),
        }
    }

    fn shared_rate_exception(&self, exception: SharedRateException) -> String {
        let words = &self.copy.results.rent;
        match exception {
            SharedRateException::DisabilityBenefit => words.excepted_disability_benefit,
            SharedRateException::CareLeaver => words.excepted_care_leaver,
            SharedRateException::HomelessHostel => words.excepted_homeless_hostel,
            SharedRateException::PublicProtection => words.excepted_public_protection,
            SharedRateException::DomesticAbuse => words.excepted_domestic_abuse,
            SharedRateException::ModernSlavery => words.excepted_modern_slavery,
        }
        .fill(&[])
    }

    pub fn country(&self, country: Country) -> String {
        let words = &self.copy.results.rent;
        match country {
            Country::England => words.england,
            Country::Scotland => words.scotland,
            Country::Wales => words.wales,
            Country::NorthernIreland => words.northern_ireland,
        }
        .fill(&[])
    }
}
