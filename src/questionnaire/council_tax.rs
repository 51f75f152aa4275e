//! Council tax: whether a renter pays it, the council (typed and chosen), the band,
//! and for an adult with a qualifying benefit, a doctor's certificate of severe mental
//! impairment, asked only where it could change the bill.

use crate::answers::{Answers, BandChoice, FieldId, Home, Person, YesNo};
use crate::engine::council_tax as engine_council_tax;
use crate::format::percent;
use crate::household::{CouncilTaxBand, Country};
use crate::rules::Rules;

use super::fields::{choice_field, no_gaps};
use super::flow::people;
use super::search::search_field;
use super::to_situation;
use super::{by_person, BuiltPage, HelpView, PageId, Questionnaire};

/// A renter or an owner in Great Britain pays council tax (Northern Ireland has
/// domestic rates).
pub fn pays_council_tax(answers: &Answers) -> bool {
    let home = answers
        .chosen(FieldId::Home)
        .is_some_and(|home| match home {
            Home::Owns => true,
            // A renter's landlord may pay it (shared houses, hostels, supported housing).
            Home::RentsPrivately | Home::RentsSocially | Home::SharedOwnership => {
                answers.chosen(FieldId::PaysCouncilTax) != Some(YesNo::No)
            }
            Home::NoRent => false,
        });
    home && in_great_britain(answers)
}

/// Northern Ireland has domestic rates, not council tax.
fn in_great_britain(answers: &Answers) -> bool {
    answers.chosen(FieldId::Country) != Some(Country::NorthernIreland)
}

pub fn pays_council_tax_page(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::PaysCouncilTax,
        &questionnaire.copy.questions.pays_council_tax,
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
}

/// The council, the band, and for each adult with a qualifying benefit, whether a
/// doctor has certified a severe mental impairment (LGFA 1992 Sch 1 para 2).
pub fn pages(answers: &Answers, rules: &Rules, pages: &mut Vec<PageId>) {
    let renter = answers
        .chosen(FieldId::Home)
        .is_some_and(|home| match home {
            Home::RentsPrivately | Home::RentsSocially | Home::SharedOwnership => true,
            Home::Owns | Home::NoRent => false,
        });
    if renter && in_great_britain(answers) {
        pages.push(PageId::PaysCouncilTax);
    }
    if !pays_council_tax(answers) {
        return;
    }
    pages.push(PageId::Council);
    pages.push(PageId::CouncilTaxBand);
    let household = to_situation::household(answers, rules);
    // Asked only where a disregard could change the bill (not, say, with two other
    // adults counted anyway).
    let bill_if = |disregarded: bool| {
        let mut changed = household.clone();
        changed.you.severe_mental_impairment = disregarded;
        if let Some(partner) = changed.partner.as_mut() {
            partner.severe_mental_impairment = disregarded;
        }
        engine_council_tax::bill(&changed, rules).map(|bill| bill.yearly)
    };
    if bill_if(true) == bill_if(false) {
        return;
    }
    for person in people(answers) {
        let adult = match person {
            Person::You => Some(&household.you),
            Person::Partner => household.partner.as_ref(),
        };
        if adult.is_some_and(engine_council_tax::has_qualifying_benefit) {
            pages.push(PageId::SevereMentalImpairment(person));
        }
    }
}

/// The council that sends the council tax bill, from the councils of the country.
pub fn council(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let country = to_situation::household(answers, questionnaire.rules).country;
    let names = questionnaire
        .rules
        .tables()
        .councils
        .iter()
        .filter(|council| council.country == country)
        .map(|council| council.name);
    let q = &questionnaire.copy.questions;
    BuiltPage::single(search_field(
        answers,
        [FieldId::Council, FieldId::CouncilNotSure],
        &q.council,
        names.collect(),
    ))
    .with_help(HelpView::new(&q.council_help, &[]))
}

/// The band: A to H, and I in Wales.
pub fn council_tax_band(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let country = to_situation::household(answers, questionnaire.rules).country;
    let bands: Vec<BandChoice> = CouncilTaxBand::ALL
        .into_iter()
        .filter(|&band| band != CouncilTaxBand::I || country == Country::Wales)
        .map(BandChoice::Band)
        .chain([BandChoice::NotSure])
        .collect();
    BuiltPage::single(choice_field(
        FieldId::CouncilTaxBand,
        &questionnaire.copy.questions.council_tax_band,
        &bands,
        |band| match band {
            BandChoice::Band(band) => vec![("band", band.letter().to_owned())],
            BandChoice::NotSure => Vec::new(),
        },
        &[],
    ))
}

pub fn severe_mental_impairment(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let discount = percent(questionnaire.rules.council_tax.single_person_discount.value);
    BuiltPage::single(choice_field(
        FieldId::SevereMentalImpairment(person),
        by_person(
            person,
            &q.your_severe_mental_impairment,
            &q.partner_severe_mental_impairment,
        ),
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
    .with_help(HelpView::new(
        &q.severe_mental_impairment_help,
        &[("discount", discount)],
    ))
}
