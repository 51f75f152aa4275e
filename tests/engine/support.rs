//! Household builders and the one place tests run the engine.

use benefit_bridge::engine::paydays::Paydays;
use benefit_bridge::engine::{self, Work};
use benefit_bridge::household::{
    AdditionalBedroom, Adult, CarersAllowance, Child, ChildcareCosts, CouncilTax, CouncilTaxBand,
    Country, DisabilityBenefit, DisabledChildAddition, EsaGroup, Household, Housing,
    IncomeNotWorkedOut, NewStyleEsa, NonDependant, NonDependantExemption, PensionIncome,
    PrivateTenancy, Sex, SharedAccommodationException, SocialTenancy, SupportedAccommodation,
    SupportedTenancy, Tenancy, UcHealth,
};
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{Income, Outcome, PayFigures, Snapshot, UcElement, Who};
use benefit_bridge::period::Frequency;
use benefit_bridge::scenario::Scenario;
use benefit_bridge::work::{Job, PensionContribution, PensionScheme};
use benefit_bridge::{calculate, Situation, RULES_2026_27};
use rust_decimal::Decimal;

/// Money from a literal in pounds: `gbp("424.90")`.
pub fn gbp(text: &str) -> Money {
    Money::from_decimal(text.parse().expect("a money literal in a test"))
}

pub fn dec(text: &str) -> Decimal {
    text.parse().expect("a decimal literal in a test")
}

/// The National Living Wage for 2026/27, £12.71.
pub fn nlw() -> Money {
    gbp("12.71")
}

pub fn adult(age: u8) -> Adult {
    Adult {
        age,
        uc_health: UcHealth::None,
        disability_benefit: None,
        cares_35_hours_a_week: false,
        job: None,
        new_style_esa: None,
        new_style_jsa: false,
        carers_allowance: None,
        pension: None,
        incomes_not_worked_out: Vec::new(),
        severe_mental_impairment: false,
    }
}

pub struct HouseholdBuilder(pub Household);

/// A single person in England with no rent, savings, children or work.
pub fn single(age: u8) -> HouseholdBuilder {
    HouseholdBuilder(Household {
        you: adult(age),
        partner: None,
        children: Vec::new(),
        housing: Housing::no_housing_costs(),
        non_dependants: Vec::new(),
        country: Country::England,
        in_greater_london: false,
        savings: Money::ZERO,
        childcare_costs: None,
        gets_child_benefit: true,
        additional_bedrooms: Vec::new(),
        council_tax: None,
        transitional_element: Money::ZERO,
    })
}

pub fn couple(your_age: u8, partner_age: u8) -> HouseholdBuilder {
    let mut builder = single(your_age);
    builder.0.partner = Some(adult(partner_age));
    builder
}

impl HouseholdBuilder {
    pub fn health(mut self, health: UcHealth) -> Self {
        self.0.you.uc_health = health;
        self
    }

    pub fn partner_health(mut self, health: UcHealth) -> Self {
        self.partner_mut().uc_health = health;
        self
    }

    pub fn carer(mut self) -> Self {
        self.0.you.cares_35_hours_a_week = true;
        self
    }

    pub fn partner_carer(mut self) -> Self {
        self.partner_mut().cares_35_hours_a_week = true;
        self
    }

    pub fn disability_benefit(mut self, benefit: DisabilityBenefit) -> Self {
        self.0.you.disability_benefit = Some(benefit);
        self
    }

    pub fn renting_privately(mut self, monthly_rent: &str) -> Self {
        self.0.housing = Housing::RentingPrivately(PrivateTenancy {
            tenancy: Tenancy {
                rent: gbp(monthly_rent),
                frequency: Frequency::Monthly,
                eligible_service_charges: Money::ZERO,
            },
            lha_area: None,
            shared_accommodation_exception: None,
        });
        self
    }

    /// Council tax to the named council, in a band.
    pub fn council_tax(mut self, council: &str, band: CouncilTaxBand) -> Self {
        self.0.council_tax = Some(CouncilTax {
            council: council.to_owned(),
            band,
        });
        self
    }

    /// A doctor has certified a severe mental impairment (for council tax).
    pub fn severe_mental_impairment(mut self) -> Self {
        self.0.you.severe_mental_impairment = true;
        self
    }

    /// The Broad Rental Market Area of a private renter.
    pub fn lha_area(mut self, name: &str) -> Self {
        if let Housing::RentingPrivately(private) = &mut self.0.housing {
            private.lha_area = Some(name.to_owned());
        }
        self
    }

    pub fn shared_accommodation_exception(
        mut self,
        exception: SharedAccommodationException,
    ) -> Self {
        if let Housing::RentingPrivately(private) = &mut self.0.housing {
            private.shared_accommodation_exception = Some(exception);
        }
        self
    }

    /// Supported or temporary accommodation, the rent met by Housing Benefit.
    pub fn supported_housing(
        mut self,
        weekly_rent: &str,
        accommodation: SupportedAccommodation,
    ) -> Self {
        self.0.housing = Housing::SupportedOrTemporary(SupportedTenancy {
            tenancy: Tenancy {
                rent: gbp(weekly_rent),
                frequency: Frequency::Weekly,
                eligible_service_charges: Money::ZERO,
            },
            accommodation,
        });
        self
    }

    /// The bedrooms a social renter's home has.
    pub fn bedrooms(mut self, bedrooms: u8) -> Self {
        if let Housing::RentingSocially(social) = &mut self.0.housing {
            social.bedrooms = Some(bedrooms);
        }
        self
    }

    pub fn additional_bedroom(mut self, condition: AdditionalBedroom) -> Self {
        self.0.additional_bedrooms.push(condition);
        self
    }

    /// A child under 16 whose sex matters for sharing a bedroom.
    pub fn boy(self, age: u8) -> Self {
        self.child_of_sex(age, Sex::Boy)
    }

    pub fn girl(self, age: u8) -> Self {
        self.child_of_sex(age, Sex::Girl)
    }

    fn child_of_sex(mut self, age: u8, sex: Sex) -> Self {
        self = self.child(age);
        if let Some(child) = self.0.children.last_mut() {
            child.sex = Some(sex);
        }
        self
    }

    pub fn renting_socially(
        mut self,
        rent: &str,
        frequency: Frequency,
        service_charges: &str,
    ) -> Self {
        self.0.housing = Housing::RentingSocially(SocialTenancy {
            tenancy: Tenancy {
                rent: gbp(rent),
                frequency,
                eligible_service_charges: gbp(service_charges),
            },
            bedrooms: None,
        });
        self
    }

    pub fn owner(mut self) -> Self {
        self.0.housing = Housing::owner();
        self
    }

    pub fn in_london(mut self) -> Self {
        self.0.in_greater_london = true;
        self
    }

    pub fn country(mut self, country: Country) -> Self {
        self.0.country = country;
        self
    }

    /// Transitional protection from a managed move to UC, a month.
    pub fn transitional_element(mut self, amount: &str) -> Self {
        self.0.transitional_element = gbp(amount);
        self
    }

    pub fn savings(mut self, savings: &str) -> Self {
        self.0.savings = gbp(savings);
        self
    }

    /// A child; `born_before_2017` only matters at age 9.
    pub fn child(mut self, age: u8) -> Self {
        self.0.children.push(Child {
            age,
            born_before_6_april_2017: None,
            disabled_child_addition: DisabledChildAddition::None,
            disability_benefit: None,
            sex: None,
        });
        self
    }

    pub fn disabled_child(
        mut self,
        age: u8,
        addition: DisabledChildAddition,
        benefit: DisabilityBenefit,
    ) -> Self {
        self.0.children.push(Child {
            age,
            born_before_6_april_2017: None,
            disabled_child_addition: addition,
            disability_benefit: Some(benefit),
            sex: None,
        });
        self
    }

    pub fn non_dependant(mut self, age: u8, exempt_because: Option<NonDependantExemption>) -> Self {
        self.0.non_dependants.push(NonDependant {
            age,
            exempt_because,
        });
        self
    }

    pub fn childcare_monthly(mut self, amount: &str, children: u8) -> Self {
        self.0.childcare_costs = Some(ChildcareCosts {
            amount: gbp(amount),
            frequency: Frequency::Monthly,
            children,
        });
        self
    }

    pub fn works(mut self, job: Job) -> Self {
        self.0.you.job = Some(job);
        self
    }

    pub fn partner_works(mut self, job: Job) -> Self {
        self.partner_mut().job = Some(job);
        self
    }

    /// You get New Style ESA in this group.
    pub fn esa(mut self, group: EsaGroup) -> Self {
        self.0.you.new_style_esa = Some(NewStyleEsa {
            group,
            supported_permitted_work: false,
        });
        self
    }

    /// Your work is supported permitted work (ESA Regs 2013 reg 39(1)(b)).
    pub fn supported_permitted_work(mut self) -> Self {
        if let Some(esa) = self.0.you.new_style_esa.as_mut() {
            esa.supported_permitted_work = true;
        }
        self
    }

    pub fn jsa(mut self) -> Self {
        self.0.you.new_style_jsa = true;
        self
    }

    /// You care 35 hours a week and get Carer's Allowance (or Carer Support Payment).
    pub fn carers_allowance(mut self) -> Self {
        self.0.you.cares_35_hours_a_week = true;
        self.0.you.carers_allowance = Some(CarersAllowance::default());
        self
    }

    pub fn care_costs_per_week(mut self, amount: &str) -> Self {
        if let Some(carer) = self.0.you.carers_allowance.as_mut() {
            carer.care_costs_per_week = gbp(amount);
        }
        self
    }

    pub fn partner_carers_allowance(mut self) -> Self {
        let partner = self.partner_mut();
        partner.cares_35_hours_a_week = true;
        partner.carers_allowance = Some(CarersAllowance::default());
        self
    }

    /// A pension paid to you, per month before tax.
    pub fn pension(mut self, monthly: &str) -> Self {
        self.0.you.pension = Some(PensionIncome {
            amount: gbp(monthly),
            frequency: Frequency::Monthly,
        });
        self
    }

    pub fn not_worked_out(mut self, income: IncomeNotWorkedOut) -> Self {
        self.0.you.incomes_not_worked_out.push(income);
        self
    }

    fn partner_mut(&mut self) -> &mut Adult {
        self.0
            .partner
            .as_mut()
            .expect("a couple() household in the test")
    }
}

/// A job at an hourly rate, paid monthly, with the automatic enrolment minimum pension.
pub fn hourly(hours: &str, rate: Money) -> Job {
    Job::hourly(dec(hours), rate)
}

/// A job paid weekly at `weekly` pounds a week for `hours` hours, with no pension:
/// the figure an earnings limit is tested against.
pub fn weekly_pay(weekly: &str, hours: &str) -> Job {
    Job {
        hours_per_week: dec(hours),
        hourly_pay: None,
        annual_salary: Some(gbp(weekly).times_fraction(52, 1)),
        paid: Frequency::Weekly,
        pension: PensionContribution::None,
        pension_scheme: PensionScheme::ReliefAtSource,
    }
}

pub fn salary(yearly: &str) -> Job {
    Job {
        hours_per_week: dec("37.5"),
        hourly_pay: None,
        annual_salary: Some(gbp(yearly)),
        paid: Frequency::Monthly,
        pension: PensionContribution::AutoEnrolmentMinimum,
        pension_scheme: PensionScheme::ReliefAtSource,
    }
}

pub trait JobExt {
    fn paid(self, frequency: Frequency) -> Job;
    fn no_pension(self) -> Job;
    fn net_pay_pension(self) -> Job;
}

impl JobExt for Job {
    fn paid(mut self, frequency: Frequency) -> Job {
        self.paid = frequency;
        self
    }

    fn no_pension(mut self) -> Job {
        self.pension = PensionContribution::None;
        self
    }

    fn net_pay_pension(mut self) -> Job {
        self.pension_scheme = PensionScheme::NetPay;
        self
    }
}

/// A lone parent in London with children of 8, 5 and 2, renting privately at £1,600
/// a month: capped with no earnings (benefit_cap.rs).
pub fn london_family() -> HouseholdBuilder {
    single(30)
        .child(8)
        .child(5)
        .child(2)
        .renting_privately("1600")
        .in_london()
}

/// The household as it is (its current jobs), checked first as the app and the calc
/// example would.
pub fn now(household: &HouseholdBuilder) -> Snapshot {
    let situation = Situation {
        household: household.0.clone(),
        scenarios: Vec::new(),
    };
    assert_eq!(
        situation.check(RULES_2026_27.tax_year),
        Vec::new(),
        "the test household should be valid"
    );
    engine::snapshot(
        &situation.household,
        Work::now(&situation.household),
        Paydays::USUAL,
        &RULES_2026_27,
    )
}

/// The household with you doing `job` instead of what you do now.
pub fn with_you_working(household: &HouseholdBuilder, job: Job) -> Snapshot {
    let scenario = Scenario {
        you: Some(job),
        ..Scenario::default()
    };
    let situation = Situation {
        household: household.0.clone(),
        scenarios: vec![scenario.clone()],
    };
    assert_eq!(
        situation.check(RULES_2026_27.tax_year),
        Vec::new(),
        "the test situation should be valid"
    );
    engine::snapshot(
        &situation.household,
        Work::with_scenario(&situation.household, &scenario),
        Paydays::USUAL,
        &RULES_2026_27,
    )
}

/// The whole outcome (usual month, other months and notes' figures) with you doing
/// `job`, checked first.
pub fn outcome_with_you_working(household: &HouseholdBuilder, job: Job) -> Outcome {
    let situation = Situation {
        household: household.0.clone(),
        scenarios: vec![Scenario {
            you: Some(job),
            ..Scenario::default()
        }],
    };
    assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
    calculate(&situation, &RULES_2026_27)
}

pub fn uc(snapshot: &Snapshot) -> Money {
    snapshot.universal_credit.award
}

/// A kind of UC element, whatever the figures behind it (to add up in a test).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    StandardAllowance,
    Child,
    DisabledChildAddition,
    Lcw,
    Lcwra,
    Carer,
    HousingCosts,
    OwnerServiceCharges,
    ChildcareCosts,
    Transitional,
}

fn kind_of(element: &UcElement) -> Element {
    match element {
        UcElement::StandardAllowance { .. } => Element::StandardAllowance,
        UcElement::ChildElement { .. } => Element::Child,
        UcElement::DisabledChildAddition { .. } => Element::DisabledChildAddition,
        UcElement::LcwElement => Element::Lcw,
        UcElement::LcwraElement { .. } => Element::Lcwra,
        UcElement::CarerElement => Element::Carer,
        UcElement::HousingCostsElement { .. } => Element::HousingCosts,
        UcElement::OwnerServiceCharges { .. } => Element::OwnerServiceCharges,
        UcElement::ChildcareCostsElement { .. } => Element::ChildcareCosts,
        UcElement::TransitionalElement => Element::Transitional,
    }
}

/// The monthly total of one kind of UC element (all children together).
pub fn element(snapshot: &Snapshot, kind: Element) -> Money {
    snapshot
        .universal_credit
        .elements
        .iter()
        .filter(|line| kind_of(&line.kind) == kind)
        .map(|line| line.per_month)
        .sum()
}

pub fn income(snapshot: &Snapshot, kind: Income, who: Who) -> Money {
    snapshot
        .income_line(kind, who)
        .map_or(Money::ZERO, |line| line.per_month)
}

pub fn your_pay(snapshot: &Snapshot) -> PayFigures {
    snapshot
        .pay
        .iter()
        .find(|person| person.who == Who::You)
        .map(|person| person.payslip.per_month)
        .expect("you are working in this test")
}
