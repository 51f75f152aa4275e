//! Money: the incomes each adult gets (`incomes.rs`), savings, and childcare costs
//! while working.

use crate::answers::{parse_money, Answers, FieldId};
use crate::describe::fill;
use crate::format::{percent, pounds};
use crate::limits::{MOST_CHILDCARE, MOST_CHILDREN, MOST_SAVINGS};

use super::children::child_count;
use super::fields::{input_field, FieldKind};
use super::{BuiltPage, HelpView, PageId, Questionnaire};

pub fn pages(answers: &Answers, pages: &mut Vec<PageId>) {
    super::incomes::pages(answers, pages);
    pages.push(PageId::Savings);
    if child_count(answers) > 0 {
        pages.push(PageId::Childcare);
    }
}

pub fn savings(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let uc = &questionnaire.rules.universal_credit;
    BuiltPage::single(input_field(
        FieldId::Savings,
        FieldKind::amount(MOST_SAVINGS),
        &q.savings,
        &[],
    ))
    .with_help(HelpView::new(
        &q.savings_help,
        &[
            ("lower", pounds(uc.capital_lower_limit.value)),
            ("upper", pounds(uc.capital_upper_limit.value)),
        ],
    ))
}

pub fn childcare(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let rate = percent(
        questionnaire
            .rules
            .universal_credit
            .childcare_costs_rate
            .value,
    );
    let most_children = u32::try_from(child_count(answers))
        .unwrap_or(MOST_CHILDREN)
        .max(1);
    // Costs for no child cannot be counted (UC Regs 2013 reg 34: the charges are for
    // a child's care), so costs above nothing need at least one child.
    let pays = parse_money(answers.text(FieldId::Childcare), MOST_CHILDCARE)
        .is_ok_and(|amount| amount.is_positive());
    let fewest_children = u32::from(pays);
    BuiltPage {
        title: Some(fill(q.childcare_title, &[])),
        hint: fill(q.childcare_hint, &[("rate", rate)]),
        help: None,
        fields: vec![
            input_field(
                FieldId::Childcare,
                FieldKind::amount(MOST_CHILDCARE),
                &q.childcare,
                &[],
            ),
            input_field(
                FieldId::ChildcareChildren,
                FieldKind::Whole {
                    least: fewest_children,
                    most: most_children,
                },
                &q.childcare_children,
                &[],
            ),
        ],
    }
}
