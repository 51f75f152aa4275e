//! The hours chart in words: the name of each part and of each mark ("Free
//! prescriptions stops"), for the chart's legend, its key and its table.

use crate::outcome::{ChartPart, Mark, Threshold, Who};

use super::Words;

impl Words<'_> {
    /// The name of one part of the chart: "Take-home pay".
    pub fn chart_part(&self, part: ChartPart) -> &'static str {
        let words = &self.copy.results.hours_chart;
        match part {
            ChartPart::TakeHomePay => words.take_home_pay,
            ChartPart::UniversalCredit => words.universal_credit,
            ChartPart::EsaAndJsa => words.esa_and_jsa,
            ChartPart::Carers => words.carers,
            ChartPart::OtherBenefits => words.other_benefits,
            ChartPart::PassportedHelp => words.passported_help,
        }
        .text()
    }

    /// What happens at a mark: "Income tax starts", "Carer's Allowance stops".
    pub fn chart_mark(&self, mark: Mark) -> String {
        let words = &self.copy.results.hours_chart;
        let threshold = match mark {
            Mark::WorkAllowanceUsedUp => return words.work_allowance_used_up.text().to_owned(),
            Mark::IncomeTaxStarts => return words.income_tax_starts.text().to_owned(),
            Mark::NationalInsuranceStarts => {
                return words.national_insurance_starts.text().to_owned()
            }
            Mark::UniversalCreditEnds => return words.universal_credit_ends.text().to_owned(),
            Mark::Threshold(threshold) => threshold,
        };
        let template = match threshold {
            Threshold::AutoEnrolmentEarningsTrigger(_) => words.auto_enrolment,
            Threshold::BenefitCapEarningsExemption => words.benefit_cap_lifted,
            Threshold::ChildcareWorkCondition => words.childcare_counted,
            Threshold::OwnerServiceChargesStopWithEarnings => words.owner_service_charges_stop,
            Threshold::NoNewHealthAssessment { .. } => words.no_new_health_assessment,
            Threshold::BenefitStopsWithWork { who, benefit } => {
                let name = self.income_name(benefit, who);
                return words.benefit_stops.fill(&[("benefit", &name)]);
            }
            Threshold::HighIncomeChildBenefitCharge { .. } => words.child_benefit_charge_starts,
            Threshold::ScottishChildPaymentStopsWithUniversalCredit => {
                words.scottish_child_payment_stops
            }
            Threshold::PassportedHelpLost(help) => {
                let name = self.income_name(help, Who::Household);
                return words.help_stops.fill(&[("help", &name)]);
            }
        };
        template.text().to_owned()
    }
}
