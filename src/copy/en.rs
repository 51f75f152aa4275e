//! English words for Benefit Bridge. Figures are gaps (`{amount}`), filled from the
//! rules, the limits or the outcome when the words are shown.

use super::{
    ActivityOptions, AssumptionText, BandOptions, BedroomOptions, CapExemptionText,
    CheckAnswersText, CheckboxQuestion, ChoiceQuestion, CommonText, CompareText, Copy,
    CouncilTaxText, CountryOptions, DisabilityOptions, DlaCareOptions, DlaMobilityOptions,
    EarningsRuleText, EsaGroupOptions, FirstMonthsText, FrequencyOptions, HealthOptions, Help,
    HomeOptions, HoursChartText, IncomeOptions, IncomeText, InputQuestion, JobQuestions,
    LcwraSinceOptions, LineText, NextPoundsText, NotIncludedText, OptionText, OtherMonthsText,
    PartialText, PassportedHelpText, PayText, PersonOptions, PipRateOptions, Questions, ReasonText,
    RentText, ReportText, ResultsText, ScenarioNameText, SearchQuestion, SexOptions,
    SharedRateOptions, StartText, SupportedOptions, Template, TransitionalProtectionText,
    UcBreakdownText, YesNoOptions,
};

const fn t(text: &'static str) -> Template {
    Template::new(text)
}

const NONE: Template = t("");

const fn option(label: &'static str) -> OptionText {
    OptionText {
        label: t(label),
        hint: NONE,
    }
}

const fn option_hint(label: &'static str, hint: &'static str) -> OptionText {
    OptionText {
        label: t(label),
        hint: t(hint),
    }
}

const INCOMES: IncomeOptions = IncomeOptions {
    new_style_esa: option_hint(
        "New Style Employment and Support Allowance (ESA)",
        "Not income-related ESA, which is a different benefit",
    ),
    new_style_jsa: option("New Style Jobseeker's Allowance (JSA)"),
    carers_allowance: option("{carers_benefit}"),
    pension: option_hint(
        "A pension from a former job, or a private pension",
        "Not the State Pension. If it is paid because someone died, select \"Other money\" instead",
    ),
    child_maintenance: option("Child maintenance"),
    student_income: option("A student loan or grant"),
    legacy_benefits: option_hint(
        "Income-related ESA, Income Support, income-based JSA, Housing Benefit or tax credits",
        "Older benefits that Universal Credit replaced. Most ended in March 2026, and Housing Benefit now goes on only in supported or temporary housing",
    ),
    pension_credit: option("Pension Credit"),
    something_else: option_hint(
        "Other money",
        "For example, a benefit not listed here, or rent from a lodger",
    ),
    none: option("None of these"),
};

const ESA_GROUPS: EsaGroupOptions = EsaGroupOptions {
    assessment_phase: option_hint(
        "I am waiting for a work capability assessment",
        "This is the assessment phase",
    ),
    support_group: option("I am in the support group"),
    work_related_activity_group_before_2017: option_hint(
        "I am in the work-related activity group, and claimed before 3 April 2017",
        "Rare now: outside the support group, New Style ESA lasts 365 days in total",
    ),
    work_related_activity_group: option_hint(
        "I am in the work-related activity group, and claimed on or after 3 April 2017",
        "There is no extra amount for the group on these claims",
    ),
};

const YES_NO: YesNoOptions = YesNoOptions {
    yes: option("Yes"),
    no: option("No"),
};

const fn age(label: &'static str, missing: &'static str) -> InputQuestion {
    InputQuestion {
        label: t(label),
        hint: NONE,
        prefix: "",
        suffix: "years old",
        missing: t(missing),
        not_a_number: t("Enter the age as a whole number, like 34"),
        misplaced_comma: t("Enter the age as a whole number, like 34"),
        too_precise: t("Enter the age as a whole number, like 34"),
        too_small: t("This check is for people aged {least} or over"),
        too_large: t("This check is for people under State Pension age ({most} or under)"),
    }
}

/// For an amount with a comma that is not between thousands: "2500,00" (a decimal
/// comma) is refused, not read as a hundred times the amount.
const COMMAS: &str =
    "Use a comma only between thousands and a full stop before the pence, like 2,500.00";

const fn money(
    label: &'static str,
    hint: &'static str,
    missing: &'static str,
    not_a_number: &'static str,
) -> InputQuestion {
    InputQuestion {
        label: t(label),
        hint: t(hint),
        prefix: "£",
        suffix: "",
        missing: t(missing),
        not_a_number: t(not_a_number),
        misplaced_comma: t(COMMAS),
        too_precise: t("Enter the amount in pounds and pence, like 650 or 650.50"),
        too_small: t("Enter an amount of {least} or more"),
        too_large: t("Enter a smaller amount"),
    }
}

/// A date typed as day, month and year: `{example}`.
const fn date_question(label: &'static str, missing: &'static str) -> InputQuestion {
    InputQuestion {
        label: t(label),
        hint: NONE,
        prefix: "",
        suffix: "",
        missing: t(missing),
        not_a_number: t("Enter a real date, as day, month and year, like {example}"),
        misplaced_comma: t("Enter a real date, as day, month and year, like {example}"),
        too_precise: t("Enter a real date, as day, month and year, like {example}"),
        too_small: t("Enter a date from {earliest} to {latest}"),
        too_large: t("Enter a date from {earliest} to {latest}"),
    }
}

const fn hours(label: &'static str, hint: &'static str, least: &'static str) -> InputQuestion {
    InputQuestion {
        label: t(label),
        hint: t(hint),
        prefix: "",
        suffix: "hours a week",
        missing: t("Enter the hours a week, like 16 or 16.5"),
        not_a_number: t("Enter the hours as a number, like 16 or 16.5"),
        misplaced_comma: t("Enter the hours as a number, like 16 or 16.5"),
        too_precise: t("Enter the hours to the nearest quarter of an hour, like 16.25"),
        too_small: t(least),
        too_large: t("Enter {most} hours a week or fewer"),
    }
}

/// `{national_living_wage}`.
const HOURLY_PAY: InputQuestion = InputQuestion {
    too_small: t("Enter the pay for each hour of paid work, like 13.50"),
    ..money(
        "Pay for each hour, before tax",
        "The National Living Wage is {national_living_wage} an hour if you are 21 or over.",
        "Enter the pay for each hour, like 13.50",
        "Enter the pay as a number, like 13.50",
    )
};

const DAILY_LIVING: PipRateOptions = PipRateOptions {
    none: option("I do not get the daily living part"),
    standard: option("Standard rate ({amount} a week)"),
    enhanced: option("Enhanced rate ({amount} a week)"),
};

const PIP_MOBILITY: PipRateOptions = PipRateOptions {
    none: option("I do not get the mobility part"),
    standard: option("Standard rate ({amount} a week)"),
    enhanced: option("Enhanced rate ({amount} a week)"),
};

const CARE: DlaCareOptions = DlaCareOptions {
    none: option("No care part"),
    lowest: option("Lowest rate ({amount} a week)"),
    middle: option("Middle rate ({amount} a week)"),
    highest: option("Highest rate ({amount} a week)"),
};

const DLA_MOBILITY: DlaMobilityOptions = DlaMobilityOptions {
    none: option("No mobility part"),
    lower: option("Lower rate ({amount} a week)"),
    higher: option("Higher rate ({amount} a week)"),
};

const LCWRA_OPTION: OptionText = option_hint(
    "Yes, for limited capability for work and work-related activity (LCWRA)",
    "Your statement shows {protected} or {new} a month for this.",
);

const LCW_ELEMENT_OPTION: OptionText = option_hint(
    "Yes, for limited capability for work (LCW), with money for it",
    "Only for claims made before 3 April 2017. Your statement shows {lcw} a month for this.",
);

const NOT_SURE_OPTION: OptionText = option_hint(
    "I'm not sure",
    "We will work it out without it. You can check and change this later.",
);

const HEALTH: HealthOptions = HealthOptions {
    lcwra: LCWRA_OPTION,
    lcw: option_hint(
        "Yes, for limited capability for work (LCW) only",
        "You were found to have LCW, but your statement shows no money for it.",
    ),
    lcw_element: LCW_ELEMENT_OPTION,
    no: option("No"),
    not_sure: NOT_SURE_OPTION,
};

const PARTNER_HEALTH: HealthOptions = HealthOptions {
    lcwra: LCWRA_OPTION,
    lcw: option_hint(
        "Yes, for limited capability for work (LCW) only",
        "Your partner was found to have LCW, but your statement shows no money for it.",
    ),
    lcw_element: LCW_ELEMENT_OPTION,
    no: option("No"),
    not_sure: NOT_SURE_OPTION,
};

const LCWRA_SINCE: LcwraSinceOptions = LcwraSinceOptions {
    before_2026: option_hint(
        "I had it before 6 April 2026 and have had it ever since",
        "Choose this too if your Universal Credit stopped because of your earnings and you claimed again within 6 months. Your statement shows {protected} a month.",
    ),
    severe_conditions: option_hint(
        "I meet the severe conditions criteria",
        "DWP told you that your condition is lifelong and severe, so you will not be reassessed.",
    ),
    terminally_ill: option("I am terminally ill"),
    new: option_hint(
        "None of these: I started getting it on or after 6 April 2026",
        "Your statement shows {new} a month.",
    ),
};

const PARTNER_LCWRA_SINCE: LcwraSinceOptions = LcwraSinceOptions {
    before_2026: option_hint(
        "They had it before 6 April 2026 and have had it ever since",
        "Choose this too if your Universal Credit stopped because of earnings and you claimed again within 6 months. Your statement shows {protected} a month.",
    ),
    severe_conditions: option_hint(
        "They meet the severe conditions criteria",
        "DWP told them that their condition is lifelong and severe, so they will not be reassessed.",
    ),
    terminally_ill: option("They are terminally ill"),
    new: option_hint(
        "None of these: they started getting it on or after 6 April 2026",
        "Your statement shows {new} a month.",
    ),
};

const DISABILITY: DisabilityOptions = DisabilityOptions {
    none: option("No"),
    pip: option("Personal Independence Payment (PIP)"),
    adp: option_hint(
        "Adult Disability Payment (ADP)",
        "Paid in Scotland instead of PIP.",
    ),
    dla: option("Disability Living Allowance (DLA)"),
};

const FREQUENCY: FrequencyOptions = FrequencyOptions {
    weekly: option("Every week"),
    fortnightly: option("Every 2 weeks"),
    four_weekly: option("Every 4 weeks"),
    monthly: option("Every month"),
    yearly: option("Every year"),
};

const fn choice<O>(
    legend: &'static str,
    hint: &'static str,
    options: O,
    error: &'static str,
) -> ChoiceQuestion<O> {
    ChoiceQuestion {
        legend: t(legend),
        hint: t(hint),
        options,
        error: t(error),
    }
}

const fn count(
    label: &'static str,
    hint: &'static str,
    missing: &'static str,
    not_whole: &'static str,
    too_large: &'static str,
) -> InputQuestion {
    InputQuestion {
        label: t(label),
        hint: t(hint),
        prefix: "",
        suffix: "",
        missing: t(missing),
        not_a_number: t(not_whole),
        misplaced_comma: t(not_whole),
        too_precise: t(not_whole),
        too_small: t("Enter {least} or more"),
        too_large: t(too_large),
    }
}

const QUESTIONS: Questions = Questions {
    partner: choice(
        "Do you live with a partner?",
        "A partner is someone you are married to, in a civil partnership with, or live with as a couple.",
        YesNoOptions {
            yes: option("Yes, I live with my partner"),
            no: option("No, I live on my own or without a partner"),
        },
        "Select if you live with a partner",
    ),
    your_age: age("How old are you?", "Enter your age"),
    partner_age: age("How old is your partner?", "Enter your partner's age"),
    country: choice(
        "Where do you live?",
        "The rules for tax and some benefits are different in each country.",
        CountryOptions {
            england: option("England"),
            scotland: option("Scotland"),
            wales: option("Wales"),
            northern_ireland: option("Northern Ireland"),
        },
        "Select where you live",
    ),
    london: choice(
        "Do you live in Greater London?",
        "This is because the limit on benefits (the benefit cap) is higher in London.",
        YES_NO,
        "Select if you live in Greater London",
    ),
    your_health: choice(
        "Does your Universal Credit include an extra amount because your health limits the work you can do?",
        "Look at your latest Universal Credit statement in your online account.",
        HEALTH,
        "Select if your Universal Credit includes an extra amount for your health",
    ),
    partner_health: choice(
        "Does your Universal Credit include an extra amount because your partner's health limits the work they can do?",
        "Look at your latest Universal Credit statement in your online account.",
        PARTNER_HEALTH,
        "Select if your Universal Credit includes an extra amount for your partner's health",
    ),
    health_help: Help {
        summary: t("How to tell which one you get"),
        body: &[
            t("We ask because this extra amount makes a big difference to what happens when you work."),
            t("On your statement, look under 'Your health'. 'Limited capability for work and work-related activity' (LCWRA) comes with extra money each month. 'Limited capability for work' (LCW) on its own usually does not."),
            t("A health condition on its own does not change your Universal Credit or give you a work allowance. It needs a decision by DWP that you have limited capability for work (LCW or LCWRA)."),
            t("Working does not end this extra amount by itself. DWP can review it, so tell them about your work."),
            t("If you are waiting for a health assessment, choose 'I'm not sure' for now. We will tell you if the work would stop the assessment."),
        ],
    },
    your_lcwra_rate: choice(
        "Which of these is true for you?",
        "The extra amount for LCWRA is {protected} a month for some people and {new} for others.",
        LCWRA_SINCE,
        "Select which is true for you",
    ),
    partner_lcwra_rate: choice(
        "Which of these is true for your partner?",
        "The extra amount for LCWRA is {protected} a month for some people and {new} for others.",
        PARTNER_LCWRA_SINCE,
        "Select which is true for your partner",
    ),
    lcwra_rate_help: Help {
        summary: t("Why there are two amounts"),
        body: &[
            t("From 6 April 2026 the extra amount for new claims is {new} a month."),
            t("People who had it before then, and have had it ever since, keep {protected}. So do people whose Universal Credit stopped because of earnings and who claimed again within 6 months, and people who meet the severe conditions criteria or are terminally ill."),
            t("Your statement shows which amount you get."),
        ],
    },
    your_disability: choice(
        "Do you get a disability benefit?",
        "These benefits do not change when you work. We include them in your total income.",
        DISABILITY,
        "Select if you get a disability benefit",
    ),
    partner_disability: choice(
        "Does your partner get a disability benefit?",
        "These benefits do not change when you work. We include them in your total income.",
        DISABILITY,
        "Select if your partner gets a disability benefit",
    ),
    your_rates_title: t("Which parts of {benefit} do you get?"),
    partner_rates_title: t("Which parts of {benefit} does your partner get?"),
    daily_living: choice(
        "Daily living part",
        "",
        DAILY_LIVING,
        "Select the rate of the daily living part",
    ),
    pip_mobility: choice(
        "Mobility part",
        "",
        PIP_MOBILITY,
        "Select the rate of the mobility part",
    ),
    dla_care: choice("Care part", "", CARE, "Select the rate of the care part"),
    dla_mobility: choice(
        "Mobility part",
        "",
        DLA_MOBILITY,
        "Select the rate of the mobility part",
    ),
    you_care: choice(
        "Do you care for someone for 35 hours a week or more?",
        "The person you care for gets Attendance Allowance, the daily living part of PIP or Adult Disability Payment, or the middle or highest care rate of Disability Living Allowance or Child Disability Payment. Armed Forces Independence Payment and Constant Attendance Allowance count too.",
        YES_NO,
        "Select if you care for someone for 35 hours a week or more",
    ),
    partner_cares: choice(
        "Does your partner care for someone for 35 hours a week or more?",
        "The person they care for gets Attendance Allowance, the daily living part of PIP or Adult Disability Payment, or the middle or highest care rate of Disability Living Allowance or Child Disability Payment. Armed Forces Independence Payment and Constant Attendance Allowance count too.",
        YES_NO,
        "Select if your partner cares for someone for 35 hours a week or more",
    ),
    your_incomes: CheckboxQuestion {
        legend: t("Do you get any of this money?"),
        hint: t("Select all that you get now."),
        options: INCOMES,
        missing: t("Select the money you get, or select \"None of these\""),
        none_and_others: t("Select \"None of these\" only if you get none of the others"),
        esa_and_jsa: t("You cannot get New Style ESA and New Style JSA at the same time: select the one you get"),
    },
    partner_incomes: CheckboxQuestion {
        legend: t("Does your partner get any of this money?"),
        hint: t("Select all that your partner gets now."),
        options: INCOMES,
        missing: t("Select the money your partner gets, or select \"None of these\""),
        none_and_others: t("Select \"None of these\" only if your partner gets none of the others"),
        esa_and_jsa: t("Nobody can get New Style ESA and New Style JSA at the same time: select the one your partner gets"),
    },
    incomes_help: Help {
        summary: t("Why we ask about this money"),
        body: &[
            t("Universal Credit takes most of this money off, pound for pound. Some of it also changes or stops when you work."),
            t("Do not include Universal Credit, disability benefits or Child Benefit here: we ask about them, or work them out, elsewhere."),
            t("If you get money we cannot work out yet, we still show what we can, and tell you where to get a full check."),
        ],
    },
    carers_allowance_name: t("Carer's Allowance"),
    carer_support_payment_name: t("Carer Support Payment"),
    your_esa_group: choice(
        "Which of these is true for your New Style ESA?",
        "Your ESA letters or your online account say which group you are in.",
        ESA_GROUPS,
        "Select which is true for your New Style ESA",
    ),
    partner_esa_group: choice(
        "Which of these is true for your partner's New Style ESA?",
        "Their ESA letters or online account say which group they are in.",
        ESA_GROUPS,
        "Select which is true for your partner's New Style ESA",
    ),
    your_esa_supported_work: choice(
        "Is your work, or the work you are thinking about, supported permitted work?",
        "This is work supervised by someone from a council, the NHS or a voluntary organisation whose job is to find work for disabled people, or work that is part of a hospital treatment programme.",
        YES_NO,
        "Select if the work is supported permitted work",
    ),
    partner_esa_supported_work: choice(
        "Is your partner's work, or the work they are thinking about, supported permitted work?",
        "This is work supervised by someone from a council, the NHS or a voluntary organisation whose job is to find work for disabled people, or work that is part of a hospital treatment programme.",
        YES_NO,
        "Select if your partner's work is supported permitted work",
    ),
    esa_help: Help {
        summary: t("How work affects New Style ESA"),
        body: &[
            t("You can do some work and keep New Style ESA. This is called permitted work. You can earn up to {lower} a week at any hours, or up to {higher} a week if you work under {hours} hours a week."),
            t("Supported permitted work has no hours limit: you can earn up to {higher} a week."),
            t("Earnings are counted after tax, National Insurance and half of any pension. If you go over the limit, you get no ESA for that week. Volunteering for a charity, unpaid, does not affect ESA."),
            t("Outside the support group, New Style ESA lasts 365 days in total, including the time waiting for an assessment."),
        ],
    },
    your_esa_time_limit: choice(
        "Have you been paid New Style ESA for more than 365 days in total?",
        "Count the time waiting for your assessment too. Outside the support group, New Style ESA stops after 365 days.",
        YES_NO,
        "Select if you have been paid New Style ESA for more than 365 days",
    ),
    partner_esa_time_limit: choice(
        "Has your partner been paid New Style ESA for more than 365 days in total?",
        "Count the time waiting for their assessment too. Outside the support group, New Style ESA stops after 365 days.",
        YES_NO,
        "Select if your partner has been paid New Style ESA for more than 365 days",
    ),
    your_care_costs: money(
        "How much do you pay each week for care while you are at work?",
        "Count what you pay someone who is not a close relative to look after the person you care for while you work. Do not include childcare: if you have children, it is asked on its own page, and counted too. It is taken off your earnings for the earnings limit, up to half of them. Enter 0 if none.",
        "Enter how much you pay for care each week, or 0",
        "Enter the amount as a number, like 40",
    ),
    partner_care_costs: money(
        "How much does your partner pay each week for care while they are at work?",
        "Count what they pay someone who is not a close relative to look after the person they care for while they work. Do not include childcare: if you have children, it is asked on its own page, and counted too. It is taken off their earnings for the earnings limit, up to half of them. Enter 0 if none.",
        "Enter how much your partner pays for care each week, or 0",
        "Enter the amount as a number, like 40",
    ),
    your_pension: money(
        "How much pension do you get each month, before tax?",
        "A pension from a former job or a private pension. Your pension statement shows the amount before tax.",
        "Enter how much pension you get each month",
        "Enter your pension as a number, like 450",
    ),
    partner_pension: money(
        "How much pension does your partner get each month, before tax?",
        "A pension from a former job or a private pension. Their pension statement shows the amount before tax.",
        "Enter how much pension your partner gets each month",
        "Enter your partner's pension as a number, like 450",
    ),
    children: count(
        "How many children live with you?",
        "Count children under {young_person_from}, and young people under {adult_from} in school or college. Enter 0 if none.",
        "Enter how many children live with you, or 0",
        "Enter the number of children as a whole number, like 2",
        "This check can include up to {most} children",
    ),
    child_age: InputQuestion {
        label: t("How old is your {n} child?"),
        hint: NONE,
        prefix: "",
        suffix: "years old",
        missing: t("Enter the child's age"),
        not_a_number: t("Enter the age as a whole number, like 7. Enter 0 for a baby."),
        misplaced_comma: t("Enter the age as a whole number, like 7. Enter 0 for a baby."),
        too_precise: t("Enter the age as a whole number, like 7"),
        too_small: t("Enter {least} or more"),
        too_large: t("Enter an age of {most} or under"),
    },
    child_benefit: choice(
        "Are you paid Child Benefit for your children?",
        "Some families choose not to be paid it when one parent's income is over {threshold} a year, because of the High Income Child Benefit Charge. Choose no only if nobody in your home is paid it.",
        YES_NO,
        "Select if you are paid Child Benefit",
    ),
    child_born_before_2017: choice(
        "Was your {n} child born before 6 April 2017?",
        "Universal Credit pays a little more for an eldest child born before this date.",
        YES_NO,
        "Select if the child was born before 6 April 2017",
    ),
    child_disability_title: t("Does your {n} child get Disability Living Allowance or Child Disability Payment?"),
    child_disability_hint: t("Choose 'No care part' and 'No mobility part' if they get neither."),
    child_care: choice("Care part", "", CARE, "Select the rate of the care part"),
    child_mobility: choice(
        "Mobility part",
        "",
        DLA_MOBILITY,
        "Select the rate of the mobility part",
    ),
    housing: choice(
        "Which of these describes your home?",
        "",
        HomeOptions {
            rents_privately: option("I rent from a private landlord"),
            rents_socially: option("I rent from a council or housing association"),
            shared_ownership: option_hint(
                "I own part of my home and pay rent on the rest (shared ownership)",
                "Universal Credit can help with the rent, whether you work or not.",
            ),
            owns: option_hint("I own my home", "Including with a mortgage."),
            no_rent: option("I live with family or friends, or I pay no rent"),
        },
        "Select which of these describes your home",
    ),
    rent_title: t("How much is your rent?"),
    rent: InputQuestion {
        label: t("Rent"),
        hint: t("If you share the tenancy with someone who is not your partner, enter your share. Include service charges for the building, such as cleaning shared areas. Do not include bills like heating or water, or charges for care or support."),
        prefix: "£",
        suffix: "",
        missing: t("Enter your rent"),
        not_a_number: t("Enter your rent as a number, like 650 or 650.50"),
        misplaced_comma: t(COMMAS),
        too_precise: t("Enter your rent in pounds and pence, like 650 or 650.50"),
        too_small: t("Enter your rent as {least} or more"),
        too_large: t("Enter a rent of {most} or less"),
    },
    rent_frequency: choice(
        "How often do you pay it?",
        "",
        FREQUENCY,
        "Select how often you pay your rent",
    ),
    service_charges: money(
        "How much are the service charges for your home each month?",
        "For example for cleaning, lighting or repairs to the shared parts of a block of flats. Do not include your mortgage, ground rent or bills like heating or water. Enter 0 if none.",
        "Enter your service charges, or 0",
        "Enter your service charges as a number, like 80",
    ),
    service_charges_help: Help {
        summary: t("When Universal Credit helps with service charges"),
        body: &[
            t("Universal Credit can help with service charges once you have had it for 9 months in a row without earnings."),
            t("It stops in any month when you or your partner have any earnings, however small. After earnings, you may have to wait 9 months again."),
        ],
    },
    on_uc_9_months: choice(
        "Have you had Universal Credit for 9 months or more in a row, with no earnings in that time?",
        "Universal Credit helps with service charges only after 9 months in a row without earnings.",
        YES_NO,
        "Select if you have had Universal Credit for 9 months or more in a row",
    ),
    lha_area: SearchQuestion {
        label: t("Which area do you live in?"),
        hint: t("Your rent is compared with the Local Housing Allowance for your area. Type part of the name of your town or city, then choose your area from the list."),
        not_sure: t("I'm not sure which area I live in"),
        missing: t("Type the name of your area and choose it from the list, or select \"I'm not sure which area I live in\""),
        no_match: t("We cannot find an area called \"{text}\". Type part of the name and choose your area from the list"),
        matches_none: t("No areas match. Try the nearest city, or select \"I'm not sure\"."),
        matches_one: t("1 area matches"),
        matches_many: t("{n} areas match"),
    },
    lha_area_help: Help {
        summary: t("How to find your area"),
        body: &[
            t("The Local Housing Allowance is set for areas called Broad Rental Market Areas. Most are named after a city or a county, so your area may have the name of the nearest city."),
            t("To be sure, look up your postcode: in England on the Valuation Office Agency's Local Housing Allowance page on GOV.UK, in Scotland with Rent Service Scotland on gov.scot, and in Wales with Rent Officers Wales on gov.wales."),
            t("If you are not sure, we compare your rent with the lowest rate in your country. If your rent is more than that, we show what we can and say that the answer is not complete."),
        ],
    },
    bedrooms: count(
        "How many bedrooms does your home have?",
        "Count every room that your landlord says is a bedroom. Enter 0 for a studio flat.",
        "Enter how many bedrooms your home has",
        "Enter the number of bedrooms as a whole number, like 2",
        "Enter {most} bedrooms or fewer",
    ),
    bedrooms_help: Help {
        summary: t("Why we ask about bedrooms"),
        body: &[
            t("If a council or housing association home has more bedrooms than your household is allowed, Universal Credit pays less towards the rent. This is sometimes called the bedroom tax."),
            t("Your household is allowed a bedroom for you (and your partner), for each other adult, and for children, who may share: two children of the same sex, or two children under {under}."),
        ],
    },
    other_adults: count(
        "How many other adults live with you?",
        "Count everyone aged {age} or over who lives in your home as part of your household, such as a grown-up son or daughter or a parent. Do not count your partner, children you get Child Benefit for, lodgers, or people who rent their own room from your landlord or share the tenancy with you. Enter 0 if none.",
        "Enter how many other adults live with you, or 0",
        "Enter the number of adults as a whole number, like 1",
        "This check can include up to {most} other adults",
    ),
    other_adults_paying: count(
        "How many of them are aged {age} or over and get none of these?",
        "Do not count anyone who gets Pension Credit, Carer's Allowance or Carer Support Payment, Attendance Allowance, the daily living part of PIP or Adult Disability Payment, or the middle or highest care rate of Disability Living Allowance or Child Disability Payment. Do not count anyone who looks after a child under 5, or who is in prison or away on armed forces operations. Enter 0 if none.",
        "Enter how many of them, or 0",
        "Enter the number of adults as a whole number, like 1",
        "Enter a number up to {most}: the other adults you told us about",
    ),
    shared_rate: CheckboxQuestion {
        legend: t("Do any of these apply to you?"),
        hint: t("Universal Credit usually pays single people under {age} the rate for a room in a shared home. It pays the rate for a home of your own if one of these applies. Select all that apply."),
        options: SharedRateOptions {
            care_leaver: option_hint("You were in care before you were {from}", "For people aged {from} to {to}"),
            homeless_hostel: option("You lived in hostels for homeless people for 3 months or more and accepted support to move on"),
            public_protection: option("You are managed under multi-agency public protection arrangements (MAPPA)"),
            domestic_abuse: option_hint("You have experienced domestic abuse since you were 16", "You need a letter from someone like a doctor, police officer, social worker or support service"),
            modern_slavery: option("You have been confirmed as a victim of modern slavery (a conclusive grounds decision)"),
            none: option("None of these"),
        },
        missing: t("Select the ones that apply to you, or select \"None of these\""),
        none_and_others: t("Select \"None of these\" only if none of the others apply"),
        esa_and_jsa: NONE,
    },
    shared_rate_help: Help {
        summary: t("Why we ask this"),
        body: &[
            t("This only changes how much of your rent Universal Credit can count. We do not share your answers: they stay on this device."),
            t("If you get the daily living part of PIP or Adult Disability Payment, or the middle or highest care rate of Disability Living Allowance, you already get the rate for a home of your own."),
        ],
    },
    extra_bedrooms: CheckboxQuestion {
        legend: t("Do any of these apply to your household?"),
        hint: t("Each one can mean an extra bedroom. Select all that apply."),
        options: BedroomOptions {
            overnight_care: option_hint("A carer who does not live with you stays overnight to care for someone in your home", "The person cared for gets Attendance Allowance, the daily living part of PIP or Adult Disability Payment, or the middle or highest care rate of Disability Living Allowance or Child Disability Payment"),
            foster_parent: option_hint("You are a foster carer or an approved adopter", "Including up to 12 months between placements"),
            disabled_child: option("A disabled child cannot share a bedroom because of their disability"),
            couple: option("You and your partner cannot share a bedroom because of a disability"),
            none: option("None of these"),
        },
        missing: t("Select the ones that apply, or select \"None of these\""),
        none_and_others: t("Select \"None of these\" only if none of the others apply"),
        esa_and_jsa: NONE,
    },
    extra_bedrooms_help: Help {
        summary: t("Why we ask this"),
        body: &[
            t("Universal Credit allows an extra bedroom in each of these cases, which can mean it counts more of your rent."),
        ],
    },
    supported_housing: choice(
        "Is your home supported housing or temporary accommodation?",
        "The rent of these homes is paid by Housing Benefit from your council, not by Universal Credit.",
        SupportedOptions {
            no: option("No"),
            supported: option_hint("Yes, supported housing, a refuge or a hostel", "Your landlord is a council, housing association, charity or voluntary group, and you get care, support or supervision there"),
            temporary: option_hint("Yes, temporary accommodation from the council", "Where the council has housed you because you were homeless"),
        },
        "Select if your home is supported housing or temporary accommodation",
    ),
    supported_housing_help: Help {
        summary: t("How to tell"),
        body: &[
            t("If you get Housing Benefit for your rent as well as Universal Credit, your home is one of these."),
            t("Sheltered housing for older people is usually not supported housing in this sense."),
        ],
    },
    pays_council_tax: choice(
        "Do you pay council tax for your home?",
        "Choose no if your landlord pays it or it is included in your rent. This is common in shared houses, hostels and supported housing.",
        YES_NO,
        "Select yes if you pay council tax for your home, or no",
    ),
    council: SearchQuestion {
        label: t("Which council do you pay council tax to?"),
        hint: t("The council's name is at the top of your council tax bill. Type part of it, then choose your council from the list."),
        not_sure: t("I'm not sure which council"),
        missing: t("Type the name of your council and choose it from the list, or select \"I'm not sure which council\""),
        no_match: t("We cannot find a council called \"{text}\". Type part of the name and choose your council from the list"),
        matches_none: t("No councils match. Check the name on your bill, or select \"I'm not sure\"."),
        matches_one: t("1 council matches"),
        matches_many: t("{n} councils match"),
    },
    council_help: Help {
        summary: t("Why we ask about council tax"),
        body: &[
            t("Council Tax Reduction helps with the bill, and it often goes down when you start work. Each council in England has its own scheme; Scotland and Wales each have one scheme."),
            t("If you are not sure, we leave council tax out and say so."),
        ],
    },
    council_tax_band: choice(
        "Which council tax band is your home in?",
        "Your council tax bill shows the band.",
        BandOptions {
            band: option("Band {band}"),
            not_sure: option("I'm not sure"),
        },
        "Select your home's council tax band, or select \"I'm not sure\"",
    ),
    your_severe_mental_impairment: choice(
        "Has a doctor confirmed that you have a severe mental impairment, for council tax?",
        "This is a permanent, severe effect on how you think and manage day to day, whatever the cause. A doctor signs a form from your council.",
        YES_NO,
        "Select yes if a doctor has confirmed it, or no",
    ),
    partner_severe_mental_impairment: choice(
        "Has a doctor confirmed that your partner has a severe mental impairment, for council tax?",
        "This is a permanent, severe effect on how they think and manage day to day, whatever the cause. A doctor signs a form from your council.",
        YES_NO,
        "Select yes if a doctor has confirmed it, or no",
    ),
    severe_mental_impairment_help: Help {
        summary: t("What this changes"),
        body: &[
            t("Someone with a severe mental impairment who gets a qualifying benefit, such as the daily living part of PIP, ESA, or Universal Credit with limited capability for work, is not counted for council tax. If they live alone, there is no council tax to pay. If one other adult lives there, the bill is {discount} less."),
            t("If you think this applies but you have not asked, your council can send the form. You can ask for it to be backdated."),
        ],
    },
    child_sexes_title: t("Are your children boys or girls?"),
    child_sexes_hint: t("Children under {age} can share a bedroom with a child of the same sex, so this changes how many bedrooms your household is allowed."),
    child_sex: choice(
        "Your {ordinal} child, aged {age}",
        "",
        SexOptions {
            boy: option("Boy"),
            girl: option("Girl"),
        },
        "Select boy or girl for your {ordinal} child",
    ),
    savings: money(
        "How much do you have in savings?",
        "Include money in the bank, savings accounts and shares. If you have a partner, add theirs too. Enter 0 if none.",
        "Enter your savings, or 0",
        "Enter your savings as a number, like 1500",
    ),
    savings_help: Help {
        summary: t("Why we ask about savings"),
        body: &[
            t("Savings over {lower} lower your Universal Credit a little. Savings over {upper} usually stop it."),
            t("Do not count the home you live in or your personal belongings."),
        ],
    },
    childcare_title: t("How much would you pay for childcare while you work?"),
    childcare_hint: t("Universal Credit can pay {rate} of registered childcare costs while you work."),
    childcare: money(
        "Childcare costs each month",
        "Enter 0 if you would not pay for childcare.",
        "Enter your childcare costs, or 0",
        "Enter your childcare costs as a number, like 400",
    ),
    childcare_children: InputQuestion {
        too_small: t("Enter how many children the childcare costs are for"),
        ..count(
            "How many children would go to childcare?",
            "Enter 0 if none.",
            "Enter how many children would go to childcare, or 0",
            "Enter the number of children as a whole number, like 1",
            "Enter no more than the number of children who live with you",
        )
    },
    you_work_now: choice(
        "Do you do any paid work now?",
        "",
        YES_NO,
        "Select if you do any paid work now",
    ),
    partner_works_now: choice(
        "Does your partner do any paid work now?",
        "",
        YES_NO,
        "Select if your partner does any paid work now",
    ),
    your_job_now: JobQuestions {
        title: t("About the work you do now"),
        hint: NONE,
        hours: hours("Hours you usually work", "", "Enter {least} hour or more"),
        hourly_pay: HOURLY_PAY,
    },
    partner_job_now: JobQuestions {
        title: t("About the work your partner does now"),
        hint: NONE,
        hours: hours("Hours they usually work", "", "Enter {least} hour or more"),
        hourly_pay: HOURLY_PAY,
    },
    paid: choice(
        "How often is the pay?",
        "",
        FREQUENCY,
        "Select how often the pay comes",
    ),
    new_work: JobQuestions {
        title: t("What work are you thinking about?"),
        hint: t("You can try other hours and pay on the results page."),
        hours: hours("Hours a week", "For example 8, 16 or 30.", "Enter {least} or more"),
        hourly_pay: HOURLY_PAY,
    },
    new_work_hint_working: t("Enter your hours and pay in total after the change, not only the extra. We have filled in the work you do now to start from. You can try other hours and pay on the results page."),
    new_work_help: Help {
        summary: t("If you are not sure"),
        body: &[
            t("Try 16 hours a week at {national_living_wage} an hour, the National Living Wage. You can change it on the results page."),
            t("If you already work, enter the hours and pay you would have after the change."),
        ],
    },
};

const LINE_UNCHANGED: Template = t("This does not change when you work.");

const fn line(name: &'static str, why_changes: Template, why_same: &'static str) -> LineText {
    LineText {
        name: t(name),
        why_changes,
        why_same: t(why_same),
    }
}

pub const EN: Copy = Copy {
    language: "en-GB",
    common: CommonText {
        service_name: t("Benefit Bridge"),
        skip_link: t("Skip to main content"),
        back: t("Back"),
        continue_button: t("Continue"),
        or: t("or"),
        progress: t("Question {n} of {total}"),
        error_summary_title: t("There is a problem"),
        error_title_prefix: t("Error: "),
        error_prefix_hidden: t("Error:"),
        estimate_note: t("This is an estimate for April {first_year} to April {second_year}. It is not a decision by DWP or HMRC."),
        footer: t("Benefit Bridge works out everything on your device. Nothing you type is sent anywhere or saved."),
        ordinals: &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        next_ordinal: "next",
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        date: t("{weekday} {day} {month} {year}"),
        date_short: t("{day} {month}"),
        date_without_weekday: t("{day} {month} {year}"),
    },
    start: StartText {
        title: t("Would you be better off in work?"),
        lead: t("Find out what would happen to your money if you started work, or worked more hours."),
        paragraphs: &[
            t("This check works out your Universal Credit, tax and National Insurance now and with the work you are thinking about."),
            t("It takes about 5 minutes. You can go back and change any answer."),
        ],
        you_need_heading: t("It helps to have"),
        you_need: &[
            t("your latest Universal Credit statement"),
            t("your rent"),
            t("the hours and pay of the work you are thinking about"),
        ],
        privacy_heading: t("Your answers stay on this device"),
        privacy: t("Nothing you type leaves this device. There are no cookies and nothing is saved. If you close the page, your answers are gone."),
        start: t("Start now"),
    },
    questions: QUESTIONS,
    check_answers: CheckAnswersText {
        title: t("Check your answers"),
        change: t("Change"),
        submit: t("See your results"),
        intro: t("You can change any answer before you see your results."),
    },
    results: ResultsText {
        title: t("Your results"),
        hours: t("{hours} hours"),
        one_hour: t("{hours} hour"),
        better_off: t("You would be about {week} a week ({month} a month) better off working {hours} a week."),
        worse_off: t("You would be about {week} a week ({month} a month) worse off working {hours} a week."),
        about_the_same: t("You would have about the same money working {hours} a week."),
        year_average_better: t("That is in most months. Over the whole year, with the months that have one more payday, you would be about {week} a week better off on average."),
        year_average_worse: t("That is in most months. Over the whole year, with the months that have one more payday, you would be about {week} a week worse off on average."),
        no_work_yet: t("With no hours of work, your money stays the same."),
        summary_heading: t("Your money now and with work"),
        column_item: t("Money coming in"),
        column_now: t("Now"),
        column_with_work: t("With {hours}"),
        per_week: t("a week"),
        per_week_on_average: t("a week, on average over the year"),
        per_month: t("a month"),
        total: t("Total"),
        lines_heading: t("What changes and why"),
        rule: t("The rule"),
        stays_the_same_heading: t("What stays the same"),
        try_heading: t("Try different hours or pay"),
        try_hint: t("The answer changes as you type."),
        no_uc_full_time_student: t("As a full-time student you would not get Universal Credit. A full-time student can get it only in some cases: for example if you are responsible for a child, or you get PIP, DLA or Adult Disability Payment and were found to have limited capability for work before the course began. Ask a student adviser."),
        hours_chart: HoursChartText {
            heading: t("Your money at different hours"),
            description: t("Your money a month at each number of hours a week up to {most}, at {pay} an hour, by where it comes from. Numbered lines show where a rule changes it."),
            hours_tick: t("{hours}"),
            money_axis: t("A month"),
            hours_axis: t("Hours a week"),
            take_home_pay: t("Take-home pay"),
            universal_credit: t("Universal Credit"),
            esa_and_jsa: t("New Style ESA or JSA"),
            carers: t("Carer's Allowance"),
            other_benefits: t("Other benefits"),
            passported_help: t("Help that comes with Universal Credit"),
            total: t("Total"),
            scenario: t("The work you are looking at: {hours}"),
            marks_heading: t("Where the rules change your money"),
            mark: t("{name}: {hours}"),
            no_marks: t("No rule changes your money suddenly up to {most} hours a week."),
            work_allowance_used_up: t("Work allowance used up: Universal Credit starts to fall"),
            income_tax_starts: t("Income tax starts"),
            national_insurance_starts: t("National Insurance starts"),
            universal_credit_ends: t("Universal Credit stops"),
            auto_enrolment: t("Workplace pension starts"),
            benefit_cap_lifted: t("Benefit cap no longer applies"),
            childcare_counted: t("Childcare costs counted"),
            owner_service_charges_stop: t("Service charges no longer paid"),
            no_new_health_assessment: t("Earnings high enough that no new health assessment is made"),
            benefit_stops: t("{benefit} stops"),
            child_benefit_charge_starts: t("High Income Child Benefit Charge starts"),
            scottish_child_payment_stops: t("Scottish Child Payment stops"),
            help_stops: t("{help} stops"),
            table_summary: t("The chart's numbers"),
            column_hours: t("Hours a week"),
        },
        no_uc_capital: t("You would not get Universal Credit because your savings are over {limit}."),
        uc_nil: t("Your earnings would be high enough that no Universal Credit is left."),
        benefit_cap_applies: t("The benefit cap lowers your Universal Credit now. It stops in any month your earnings after tax, National Insurance and pension contributions are at least {threshold}."),
        benefit_cap_still_applies: t("With this work they would be {earned} in a usual month, so the cap would still apply."),
        benefit_cap_would_stop: t("With this work they would be {earned} in a usual month, so the cap would stop."),
        benefit_cap_with_work: t("With this work the benefit cap would lower your Universal Credit. It stops in any month your earnings after tax, National Insurance and pension contributions are at least {threshold}."),
        no_new_health_assessment: t("If you are waiting for a health assessment: while your earnings before tax are {limit} a month or more, DWP will not assess you, unless you get PIP, Adult Disability Payment, Disability Living Allowance or Attendance Allowance. If you have already been found to have LCW or LCWRA, you keep it while you work, though DWP can review it."),
        no_new_health_assessment_partner: t("If your partner is waiting for a health assessment: while their earnings before tax are {limit} a month or more, DWP will not assess them, unless they get PIP, Adult Disability Payment, Disability Living Allowance or Attendance Allowance. If they have already been found to have LCW or LCWRA, they keep it while they work, though DWP can review it."),
        volunteering_changes_nothing: t("Unpaid volunteering for a charity or voluntary organisation does not change Universal Credit or New Style ESA: no earnings are counted for it (UC Regs 2013 reg 60(4)(a); ESA Regs 2013 reg 39(1)(e)), and expenses paid back to you, such as bus fares, are not income. Tell DWP about it; if they decide the work would normally be paid, they can count what it would earn."),
        health_decision_kept: t("You have been found to have limited capability for work (LCW or LCWRA). Working does not end that by itself: it stays while you work, though DWP can review it (UC Regs 2013 reg 41). Tell DWP about your work when you start."),
        health_decision_kept_partner: t("Your partner has been found to have limited capability for work (LCW or LCWRA). Working does not end that by itself: it stays while they work, though DWP can review it (UC Regs 2013 reg 41). Tell DWP about their work when they start."),
        protected_rate_six_months: t("With this work your Universal Credit would stop. You keep the higher amount for your health ({protected} a month) only if you claim again within 6 months. After that, a new claim gets {new}."),
        protected_rate_six_months_partner: t("With this work your Universal Credit would stop. Your partner keeps the higher amount for their health ({protected} a month) only if you claim again within 6 months. After that, a new claim gets {new}."),
        next_pounds: NextPoundsText {
            heading: t("What you keep of the next {extra}"),
            you_keep: t("Of the next {extra} you earn in a month, you keep {kept}: {parts}."),
            partner_keep: t("Of the next {extra} your partner earns in a month, you keep {kept}: {parts}."),
            you_keep_all: t("Of the next {extra} you earn in a month, you keep all of it."),
            partner_keep_all: t("Of the next {extra} your partner earns in a month, you keep all of it."),
            you_lose: t("If you earned {extra} more in a month, you would have {lost} less in all: {parts}."),
            partner_lose: t("If your partner earned {extra} more in a month, you would have {lost} less in all: {parts}."),
            income_tax: t("{amount} goes in income tax"),
            national_insurance: t("{amount} in National Insurance"),
            pension: t("{amount} into the pension"),
            line_falls: t("{name} falls by {amount}"),
            line_rises: t("{name} goes up by {amount}"),
            and: t("and"),
        },
        transitional_protection: TransitionalProtectionText {
            heading: t("Moved to Universal Credit from another benefit?"),
            intro: t("If DWP moved you to Universal Credit with a letter (a migration notice), your statement may show transitional protection. It is added to your Universal Credit, now and when you work, so enter it here."),
            amount: InputQuestion {
                label: t("Transitional protection a month"),
                hint: t("Leave it empty if your statement does not show it."),
                ..money(
                    "",
                    "",
                    "Enter the transitional protection, or leave it empty",
                    "Enter the transitional protection as an amount of money, like 120",
                )
            },
        },
        first_months: FirstMonthsText {
            link: t("See your first {months} months in work"),
            heading: t("Your first {months} months in work"),
            intro: t("Universal Credit is worked out for each assessment period: a month that starts on the same day each month. It counts the pay that comes in the period, so the first months, and months with an extra payday, are not like a usual month."),
            start: InputQuestion {
                hint: t("For example, {example}"),
                ..date_question("The day you would start work", "Enter the day you would start, like {example}")
            },
            period_day: InputQuestion {
                label: t("The day of the month your assessment period starts"),
                hint: t("It is on your Universal Credit statement. If you are not sure, leave it empty: we use day {usual}."),
                prefix: "",
                suffix: "",
                missing: t("Enter a day of the month, like {usual}"),
                not_a_number: t("Enter a day of the month as a number, from {least} to {most}"),
                misplaced_comma: t("Enter a day of the month as a number, from {least} to {most}"),
                too_precise: t("Enter a day of the month as a number, from {least} to {most}"),
                too_small: t("Enter a day of the month as a number, from {least} to {most}"),
                too_large: t("Enter a day of the month as a number, from {least} to {most}"),
            },
            first_payday: InputQuestion {
                hint: t("If you do not know, leave it empty: we use {assumed}."),
                too_small: t("Enter a payday on or after the day you start"),
                too_large: t("Enter a payday within {most} days of the day you start"),
                ..date_question("Your first payday", "Enter your first payday, like {example}")
            },
            used: t("These months are for work starting on {start}, with assessment periods starting on day {day} of each month, and your first pay on {payday}, then {then}."),
            then_every_week: t("every week"),
            then_every_days: t("every {days} days"),
            then_last_working_day: t("on the last working day of each month"),
            then_day_of_month: t("on day {day} of each month (or the working day before)"),
            fix_answers: t("Check the dates above to see the months."),
            period: t("{first} to {last}"),
            column_money: t("Money"),
            column_amount: t("Amount"),
            total: t("Total for the period"),
            compared: t("Compared with a usual month"),
            uc_paid: t("Universal Credit for this period is paid on {date}."),
            paydays_none: t("None of your new pay comes in this period. Universal Credit counts no earnings for it."),
            paydays_more: t("Your pay comes {count} times in this period ({dates}), where most periods have {usual}. Universal Credit counts all of it, so it is {uc} lower for this period, and back up the period after."),
            paydays_fewer: t("Your pay comes {count} times in this period ({dates}), where most periods have {usual}. Universal Credit counts only the pay that comes in the period, so it is {uc} higher for this period."),
            paydays_once: t("Your pay comes once in this period ({dates}), where most periods have {usual}. Universal Credit counts only the pay that comes in the period, so it is {uc} higher for this period."),
            paid_before: t("{benefit} is paid for the {weeks} whole weeks before it stops on {date}: {amount}. Universal Credit counts it as stopped for the whole period, so this money is extra this period."),
            paid_before_one_week: t("{benefit} is paid for the whole week before it stops on {date}: {amount}. Universal Credit counts it as stopped for the whole period, so this money is extra this period."),
            still_paid: t("{benefit} is still paid this period: it stops on {date}, the week after your first pay over its limit. Universal Credit takes it off in full, so your total is much the same."),
            uc_nil: t("Your pay takes your Universal Credit to nothing this period, and your claim may close. If your pay is lower later, you may get it again: ask the Universal Credit service or an adviser."),
            uc_nil_surplus: t("Your pay this period is {surplus} more than the pay that takes Universal Credit to nothing."),
            uc_nil_transitional: t("Your transitional protection ends for good if your award ends (DWP is reported to wait for 4 periods in a row at nothing). Check with the Universal Credit service or an adviser before you take more hours."),
            surplus_may_count: t("If your Universal Credit starts again this period, some of last period's {surplus} above that amount may count again (the surplus earnings rule), so it could be lower than shown. We could not confirm this year's threshold for it."),
            help_lost: t("{help}: not this period, because of the pay that comes in it."),
            help_kept: t("{help}: yes this period, though not in a usual month, because less pay comes in it."),
            extra_pay: t("Your pay on {payday} has {amount} more in it, before tax. Universal Credit counts it in this period."),
            allowance_lost_one_week: t("The extra pay on {payday} is over the earnings limit for {benefit}, so it is not paid for the week from {from}: {amount} less. Universal Credit still takes off a whole month of it."),
            allowance_lost_weeks: t("The extra pay on {payday} is over the earnings limit for {benefit}, so it is not paid for the {weeks} weeks from {from}: {amount} less. Universal Credit still takes off a whole month of it."),
            housing_benefit_run_on: t("Housing Benefit is lower this period. If you had New Style ESA for 26 weeks or more, your council keeps paying at least the old amount for 4 weeks (an extended payment). We have not counted it: tell your council when you start work."),
            benefit_cap: t("The benefit cap takes {reduction} off your Universal Credit this period, because your pay in it is under {threshold}. Someone starting work has no grace period from the cap."),
            after_tax_year: t("The figures after {date} use this year's rates. Rates change each April, so those months are a guide."),
            change_of_work: t("The months are shown for starting new work. For a change to the work you do now, the usual month above is the guide, with the months that hold an extra payday in the notes."),
            not_a_new_job: t("The months are shown for starting a new paid job."),
            not_yet_shown: t("Not shown yet: Carer's Allowance in a week with more hours than usual, and the cut to transitional protection each April."),
        },
        compare: CompareText {
            heading: t("Compare other ways into work"),
            hint: t("Add up to {most} more: other hours, volunteering, a course, or working for yourself. Each is shown beside now and the work above."),
            way_heading: t("Way {n}"),
            add: t("Add a way to compare"),
            remove: t("Remove way {n}"),
            activity: choice(
                "What would you do?",
                "",
                ActivityOptions {
                    paid_work: option("Paid work"),
                    volunteering: option_hint("Unpaid volunteering", "For a charity or voluntary group"),
                    study: option("A course"),
                    self_employment: option("Work for yourself (self-employed)"),
                },
                "Select what you would do",
            ),
            who: choice(
                "Who would do it?",
                "",
                PersonOptions {
                    you: option("You"),
                    partner: option("Your partner"),
                },
                "Select who would do it",
            ),
            hours: hours("Hours a week", "For example 8, 16 or 30.", "Enter {least} or more"),
            volunteering_hours: hours("Hours of volunteering a week", "", "Enter {least} or more"),
            hourly_pay: HOURLY_PAY,
            full_time: choice(
                "Is the course full time?",
                "Your college or university will say. A degree course is usually full time.",
                YES_NO,
                "Select if the course is full time",
            ),
            loan: money(
                "Maintenance loan for the year, if any",
                "The most you could borrow for living costs, even if you would take less. Enter 0 if none. For a postgraduate loan only part counts, so this answer would be too low: ask a student adviser.",
                "Enter the loan for the year, or 0",
                "Enter the loan as an amount of money, like 5000",
            ),
            profit: money(
                "Profit a month, before tax",
                "What the business would take in, less its costs.",
                "Enter the profit a month",
                "Enter the profit as an amount of money, like 800",
            ),
            main_work: choice(
                "Would the business be your main work?",
                "Organised and regular, to make a profit. Universal Credit treats a main business differently from a small sideline.",
                YES_NO,
                "Select if the business would be your main work",
            ),
            start_up: choice(
                "Would the business be in its first 12 months?",
                "Universal Credit treats a new business differently for its first year.",
                YES_NO,
                "Select if the business would be in its first 12 months",
            ),
            show: t("Show"),
            better_off_month: t("Better or worse off a month"),
            better_off_week: t("Better or worse off a week"),
            next_pounds: t("Of the next {extra} earned, you keep"),
        },
        passported_help: PassportedHelpText {
            heading: t("Help that comes with Universal Credit"),
            intro: t("Some help comes with Universal Credit and stops at a set point as your pay goes up. We count what it is worth in your money above."),
            worth: t("Worth {amount} a month."),
            prescriptions_free_wales: t("Prescriptions are free for everyone in Wales, so work does not change them."),
            prescriptions_free_scotland: t("Prescriptions are free for everyone in Scotland, so work does not change them."),
            prescriptions_free_northern_ireland: t("Prescriptions are free for everyone in Northern Ireland, so work does not change them."),
            school_meals_not_counted_wales: t("Free school meals: every primary school child in Wales gets them. For secondary school, the rules depend on your earnings, and we have not counted them. Ask your school or council."),
            school_meals_not_counted_scotland: t("Free school meals: younger primary school children in Scotland get them, and older children in some families on Universal Credit. We have not counted them. Ask your school or council."),
            school_meals_not_counted_northern_ireland: t("Free school meals in Northern Ireland have their own rules, which depend on your earnings. We have not counted them. Ask your school or the Education Authority."),
            best_start_foods_not_counted: t("Best Start Foods, for pregnancy and young children in Scotland, comes with Universal Credit. We have not counted it. Ask Social Security Scotland."),
        },
        other_months: OtherMonthsText {
            weekly: t("Pay comes every week, so most months have {usual_paydays} paydays. The figures here are for those months. In {months} months of the year there are {paydays} paydays. Universal Credit counts the pay in each month, so in those months it would be {uc}, not {usual_uc}. Your money in all would be {total}."),
            fortnightly: t("Pay comes every 2 weeks, so most months have {usual_paydays} paydays. The figures here are for those months. In {months} months of the year there are {paydays} paydays. Universal Credit counts the pay in each month, so in those months it would be {uc}, not {usual_uc}. Your money in all would be {total}."),
            four_weekly: t("Pay comes every 4 weeks, so most months have {usual_paydays} payday. The figures here are for those months. In {months} month of the year there are {paydays} paydays. Universal Credit counts the pay in each month, so in that month it would be {uc}, not {usual_uc}. Your money in all would be {total}."),
        },
        not_sure_health: t("You were not sure if your Universal Credit includes an extra amount for health. We worked it out without it."),
        headroom_money: t("{benefit}: with this work you can earn {headroom} more a week (after tax, National Insurance and half of any pension) before it stops. Its limit is {limit} a week."),
        headroom_money_and_hours: t("{benefit}: with this work you can earn {headroom} more a week (after tax, National Insurance and half of any pension), and must stay under {hours_limit} hours a week, before it stops. Its limit is {limit} a week."),
        headroom_hours: t("{benefit}: it stops if you work {hours_limit} hours a week or more."),
        benefit_stops: t("{benefit} stops with this work: the whole week's payment is lost, not just part of it. The reason is under \"What changes and why\"."),
        headroom_now: t("With the work you do now, your earnings for {benefit} are {earnings} a week: you can earn {headroom} more a week before it stops. Its limit is {limit} a week."),
        most_hours: t("At the same pay for each hour, you could work up to {hours} a week and keep it."),
        headroom_money_partner: t("{benefit}: with this work your partner can earn {headroom} more a week (after tax, National Insurance and half of any pension) before it stops. Its limit is {limit} a week."),
        headroom_money_and_hours_partner: t("{benefit}: with this work your partner can earn {headroom} more a week (after tax, National Insurance and half of any pension), and must stay under {hours_limit} hours a week, before it stops. Its limit is {limit} a week."),
        headroom_now_partner: t("With the work your partner does now, their earnings for {benefit} are {earnings} a week: they can earn {headroom} more a week before it stops. Its limit is {limit} a week."),
        most_hours_partner: t("At the same pay for each hour, your partner could work up to {hours} a week and keep it."),
        esa_time_limit_reached: t("You said your New Style ESA has been paid for more than 365 days outside the support group. It stops after 365 days (Welfare Reform Act 2007 s.1A), so we have not counted it. If you are still paid it, check with DWP or an adviser."),
        esa_time_limit_reached_partner: t("You said your partner's New Style ESA has been paid for more than 365 days outside the support group. It stops after 365 days (Welfare Reform Act 2007 s.1A), so we have not counted it. If they are still paid it, check with DWP or an adviser."),
        scottish_child_payment_stops: t("Scottish Child Payment stops with this work, because it is paid only while you get Universal Credit. You would lose {amount} a month."),
        stopped_by_work_now: t("{benefit}: you said it is paid, but with the work done now its rules stop it, so we have not counted it. If it is still paid, check the hours and pay you gave, or ask an adviser."),
        child_maintenance_ignored: t("Child maintenance does not count as income for Universal Credit, so it does not change your Universal Credit. It is not shown here."),
        rent: RentText {
            lha_within: t("Your rent is within the Local Housing Allowance for {area}: {rate} a month for {category}. Universal Credit counts all of it."),
            lha_capped: t("Universal Credit counts your rent only up to the Local Housing Allowance for {area}: {rate} a month for {category}. Your rent is {rent} a month, so you pay the other {gap} a month from your other money."),
            lha_within_lowest: t("You were not sure of your area. Your rent is no more than the lowest Local Housing Allowance anywhere in {country} for {category}, {rate} a month, so Universal Credit counts all of it."),
            lha_not_checked: t("You were not sure of your area, so we could not check your rent against the Local Housing Allowance for {category}. We have counted all of your rent, but Universal Credit may count less."),
            category_shared: t("a room in a shared home"),
            category_one_bedroom: t("a home with 1 bedroom"),
            category_bedrooms: t("a home with {bedrooms} bedrooms"),
            shared_rate: t("You are single, under {age}, and have no children or other adults in your household, so Universal Credit uses the rate for a room in a shared home."),
            shared_rate_excepted: t("You are under {age}, but {reason}, so Universal Credit uses the rate for a home with 1 bedroom, not a room in a shared home."),
            excepted_disability_benefit: t("you get the daily living part of PIP or Adult Disability Payment, or the middle or highest care rate of Disability Living Allowance"),
            excepted_care_leaver: t("you were in care before you were 18"),
            excepted_homeless_hostel: t("you lived in hostels for homeless people for 3 months and accepted support to move on"),
            excepted_public_protection: t("you are managed under public protection arrangements"),
            excepted_domestic_abuse: t("you have experienced domestic abuse"),
            excepted_modern_slavery: t("you have been confirmed as a victim of modern slavery"),
            more_than_most_bedrooms: t("Your household is allowed {allowed} bedrooms, but the Local Housing Allowance goes up to {most} bedrooms only."),
            no_spare_bedrooms: t("Your home has {in_home} bedrooms and your household is allowed {allowed}, so Universal Credit counts all of your rent."),
            spare_bedrooms: t("Your home has {in_home} bedrooms and your household is allowed {allowed}. With {spare} spare, Universal Credit counts {rate} less of your rent: {reduction} a month less. This is sometimes called the bedroom tax."),
            bedrooms_not_said: t("You did not say how many bedrooms your home has, so we could not check for spare bedrooms. If it has more than {allowed}, Universal Credit counts {one} less of your rent for 1 spare bedroom, or {two} less for 2 or more."),
            england: t("England"),
            scotland: t("Scotland"),
            wales: t("Wales"),
            northern_ireland: t("Northern Ireland"),
        },
        council_tax: CouncilTaxText {
            bill: t("Your council tax ({council}, band {band}) is about {yearly} for the year, or {monthly} a month, before any Council Tax Reduction. The council's own figure may differ a little (parish charges in England; water and sewerage charges are added in Scotland)."),
            discount_one_adult: t("That is {rate} less than the full {full}, because only one adult lives in your home."),
            discount_disregarded: t("That is {rate} less than the full {full}, because only one adult in your home is counted: someone with a severe mental impairment and a qualifying benefit is not counted."),
            discount_all_disregarded: t("That is {rate} less than the full {full}, because no adult in your home is counted: each has a severe mental impairment and a qualifying benefit."),
            exempt: t("Your home is exempt from council tax: everyone who lives there has a severe mental impairment and a qualifying benefit, so there is nothing to pay."),
        },
        partial: PartialText {
            heading: t("This is only part of the answer"),
            intro: t("There are things we cannot work out yet:"),
            why: t("It can change how much Universal Credit you get, and it may change when you work. So we cannot say if you would be better off."),
            advice: t("For a full check, talk to a welfare rights adviser, for example at Citizens Advice, or to your employment support worker. Below is what we can work out without it. The Universal Credit figures assume you get Universal Credit."),
            total: t("Total we can work out"),
            not_shown: t("Not shown"),
            not_included: NotIncludedText {
                legacy_benefits: t("income-related ESA, Income Support, income-based JSA, Housing Benefit or tax credits"),
                pension_credit: t("Pension Credit"),
                student_income: t("a student loan or grant"),
                something_else: t("other money you told us about"),
                lha_area: t("how much of your rent Universal Credit counts, because we do not know your Local Housing Allowance area"),
                bedrooms_in_home: t("how much of your rent Universal Credit counts, because we do not know how many bedrooms your home has"),
                children_sexes: t("how much of your rent Universal Credit counts, because we do not know which of your children could share a bedroom"),
                council_tax_reduction: t("Council Tax Reduction: some of the scheme's figures for your household were not found (in Wales once Universal Credit stops, in Scotland with the health or carer part of Universal Credit)"),
                council_tax_not_known: t("your council tax and Council Tax Reduction, because you were not sure of your council or your band"),
                benefits_while_studying: t("New Style ESA, New Style JSA or Carer's Allowance while studying: their rules for students are not worked out"),
                benefits_while_self_employed: t("New Style ESA, New Style JSA or Carer's Allowance with self-employment: how they count self-employed earnings is not worked out"),
                housing_benefit_other_adults: t("Housing Benefit for your rent: the amount it takes off for other adults who live with you is not worked out"),
                housing_benefit_off_uc: t("Housing Benefit for your rent once Universal Credit stops: a new earnings rule for supported and temporary housing from October 2026, and some amounts for disabled people, are not included, so it may be more"),
                for_partner: t("{name} (your partner)"),
            },
        },
        assumptions_heading: t("What this estimate assumes"),
        next_heading: t("What to do next"),
        next: &[
            t("Talk to a work coach, an employment specialist or a welfare rights adviser before you decide."),
            t("If you start work, tell DWP about your hours and pay. Universal Credit is then worked out from your real pay each month."),
        ],
        change_answers: t("Change your answers"),
        start_again: t("Start again"),
        uc_breakdown: UcBreakdownText {
            heading: t("How your Universal Credit is worked out"),
            intro: t("Amounts are for a month. Universal Credit adds up the amounts you can get, then takes off some of your income."),
            standard_allowance: t("Standard allowance"),
            child_element: t("Amount for children"),
            disabled_child_addition: t("Extra for a disabled child"),
            lcw_element: t("Extra for limited capability for work (LCW)"),
            lcwra_element: t("Extra for your health (LCWRA)"),
            carer_element: t("Extra for caring"),
            housing_costs_element: t("Help with rent"),
            owner_service_charges: t("Help with service charges for your home"),
            childcare_costs_element: t("Help with childcare ({rate} of costs)"),
            transitional_element: t("Transitional protection (from your move to Universal Credit)"),
            maximum_amount: t("Total before income is taken off"),
            earnings: t("Earnings after tax, National Insurance and pension (the pension with its tax relief)"),
            work_allowance: t("Work allowance: earnings that do not count"),
            earnings_reduction: t("Taken off for earnings ({taper_pence} for each £1 over the work allowance)"),
            unearned_income: t("Taken off for other income"),
            tariff_income: t("Taken off for savings over {lower}"),
            benefit_cap_reduction: t("Taken off by the benefit cap"),
            award: t("Universal Credit"),
        },
        pay: PayText {
            heading: t("Your pay for {hours} a week"),
            partner_heading: t("Your partner's pay"),
            column: t("Your pay"),
            gross: t("Pay before anything is taken off"),
            gross_why: t("Hours a week times pay for each hour, as a monthly amount."),
            income_tax: t("Income tax"),
            income_tax_why: t("No income tax on the first {personal_allowance} of pay a year. Above that, most people pay {basic_rate} (rates differ a little in Scotland)."),
            national_insurance: t("National Insurance"),
            national_insurance_why: t("No National Insurance on the first {threshold_week} a week ({threshold_month} a month). Above that, {rate}."),
            pension: t("Workplace pension"),
            pension_why: t("If you earn over {trigger} a year and are {age} or over, your employer puts you in a pension. You pay {rate} of pay over {lower} a year, with some of it from tax relief. You can choose to leave."),
            take_home: t("Take-home pay"),
            tax_includes_benefits: t("The income tax includes tax on New Style ESA, Carer's Allowance or Carer Support Payment: they are taxable, and HMRC takes their tax from this pay through the tax code. Universal Credit counts the pay after this tax."),
        },
    },
    income: IncomeText {
        take_home_pay: line(
            "Your take-home pay",
            t("Your pay after income tax, National Insurance and any workplace pension."),
            "Your pay stays the same.",
        ),
        partner_take_home_pay: line(
            "Your partner's take-home pay",
            t("Their pay after income tax, National Insurance and any workplace pension."),
            "Your partner's pay stays the same.",
        ),
        universal_credit: line(
            "Universal Credit",
            t("Universal Credit goes down by {taper_pence} for each £1 you earn after tax, National Insurance and pension. If you have a work allowance, the first part of your earnings does not count."),
            "Your Universal Credit stays the same.",
        ),
        pip: line(
            "Personal Independence Payment (PIP)",
            LINE_UNCHANGED,
            "Your PIP does not change when you work.",
        ),
        adp: line(
            "Adult Disability Payment",
            LINE_UNCHANGED,
            "Adult Disability Payment does not change when you work.",
        ),
        dla: line(
            "Disability Living Allowance",
            LINE_UNCHANGED,
            "Disability Living Allowance does not change when you work.",
        ),
        cdp: line(
            "Child Disability Payment",
            LINE_UNCHANGED,
            "Child Disability Payment does not change when you work.",
        ),
        child_benefit: line(
            "Child Benefit",
            LINE_UNCHANGED,
            "Child Benefit does not change when you work.",
        ),
        new_style_esa: line(
            "New Style ESA",
            t("New Style ESA stops in any week you work outside the permitted work rules. Universal Credit takes it off in full."),
            "It stays the same.",
        ),
        new_style_jsa: line(
            "New Style JSA",
            t("New Style JSA goes down as you earn, and stops if you work too many hours a week. Universal Credit takes it off in full."),
            "It stays the same.",
        ),
        carers_allowance: line(
            "Carer's Allowance",
            t("Carer's Allowance stops in any week your earnings go over its limit. Universal Credit takes it off in full."),
            "It stays the same.",
        ),
        carer_support_payment: line(
            "Carer Support Payment",
            t("Carer Support Payment stops in any week your earnings go over its limit. Universal Credit takes it off in full."),
            "It stays the same.",
        ),
        scottish_carer_supplement: line(
            "Scottish Carer Supplement",
            t("Paid with Carer Support Payment, and stops when it stops. Universal Credit ignores it."),
            "It stays the same.",
        ),
        pension: line(
            "Pension (after tax)",
            LINE_UNCHANGED,
            "A pension does not change with work.",
        ),
        high_income_child_benefit_charge: line(
            "High Income Child Benefit Charge",
            t("Income tax that takes back some or all of Child Benefit. It starts when the higher earner's adjusted net income is over {charge_threshold} a year, and takes it all from {charge_all_at}. Adjusted net income is income before tax, less pension contributions. You can choose not to be paid Child Benefit, so there is no charge. Keep the claim: it protects National Insurance credits towards a State Pension."),
            "The High Income Child Benefit Charge stays the same.",
        ),
        housing_benefit: line(
            "Housing Benefit",
            t("Pays the rent of supported or temporary housing. It is the whole rent it can cover while you get any Universal Credit; after that it goes down as your income goes up."),
            "Housing Benefit stays the same.",
        ),
        council_tax_reduction: line(
            "Council Tax Reduction",
            t("Money off your council tax bill, counted here as money saved. It goes down as your income goes up."),
            "Council Tax Reduction stays the same.",
        ),
        scottish_child_payment: line(
            "Scottish Child Payment",
            t("Paid for each child under {child_payment_age} while you get any Universal Credit. It stops if earnings take your Universal Credit to nil."),
            "Scottish Child Payment stays the same.",
        ),
        free_prescriptions: line(
            "Value of free prescriptions",
            t("Counted at {prescription_certificate} a year, the price of a 12-month prescription prepayment certificate: what someone who needs regular medicine would pay without this help, a twelfth of it each month. Dental treatment and sight tests are free too; we have not put a value on them."),
            "You keep free prescriptions.",
        ),
        free_school_meals: line(
            "Value of free school meals",
            t("Counted at {meal_value} a meal for {school_days} school days a year, for each child from {meals_from_age} to 18. Younger children get free school meals whatever your income."),
            "You keep free school meals.",
        ),
        healthy_start: line(
            "Healthy Start",
            t("Money on a card for milk, fruit, vegetables and vitamins: {healthy_start_under_one} a week for each child under 1 and {healthy_start_one_to_four} a week for each child from 1 until 4. It is also paid from the 10th week of pregnancy, which we have not counted."),
            "You keep Healthy Start.",
        ),
        self_employment: line(
            "Self-employed profit after tax",
            t("What the business makes, less its costs, income tax and National Insurance. Universal Credit counts it like pay, and may count more (the minimum income floor)."),
            "Self-employed profit stays the same.",
        ),
        student_loan: line(
            "Student maintenance loan (a twelfth of the year's)",
            t("The loan for living costs, counted as a twelfth of the year's each month: it has to last the year, and is paid back later."),
            "The student loan stays the same.",
        ),
        warm_home_discount: line(
            "Warm Home Discount (a twelfth of it)",
            t("{warm_home_discount} off your electricity bill each winter, if you get Universal Credit on the qualifying date and the bill is in your or your partner's name. We count a twelfth of it each month."),
            "You keep the Warm Home Discount.",
        ),
        for_partner: t("{name} (your partner)"),
        for_child: t("{name} ({nth} child)"),
    },
    reasons: ReasonText {
        no_pay: t("No pay from work in this scenario."),
        pay_after_deductions: t("Pay after income tax, National Insurance and pension contributions."),
        not_means_tested: t("Does not change when you work: it is not means-tested and does not depend on earnings."),
        child_benefit_not_affected_by_work: t("Does not change when you work. On a high income, the High Income Child Benefit Charge takes some or all of it back as tax: it has its own line."),
        high_income_child_benefit_charge: t("Income tax of {percent} of the year's Child Benefit, because adjusted net income is {income} a year. The charge is one per cent for each {step} over {threshold}, and all of it from {all_at} (ITEPA 2003 s.681C). It falls on whichever partner has the higher adjusted net income (you, if they are the same). You can choose not to be paid Child Benefit, so there is no charge. Keep the claim: it protects National Insurance credits towards a State Pension."),
        no_high_income_child_benefit_charge: t("No High Income Child Benefit Charge: it starts when adjusted net income is {first_step} a year or more (ITEPA 2003 s.681C)."),
        scottish_child_payment_while_on_universal_credit: t("Paid for each child under {age} while you get any Universal Credit. Earnings do not change it unless they stop your Universal Credit (SSI 2020/351 reg 20)."),
        scottish_child_payment_stops_with_universal_credit: t("Stops because no Universal Credit is left: Scottish Child Payment is paid only while you get some Universal Credit (SSI 2020/351 reg 15). The whole payment goes at once."),
        no_universal_credit_capital_over_limit: t("No Universal Credit: savings are over {limit} (UC Regs 2013 reg 18)."),
        universal_credit_unchanged: t("Universal Credit stays the same."),
        earnings_tapered_above_work_allowance: t("Universal Credit goes down by {taper_pence} for each £1 of earnings after tax, National Insurance and pension above your work allowance of {work_allowance} a month (UC Regs 2013 reg 22)."),
        earnings_tapered_no_work_allowance: t("Universal Credit goes down by {taper_pence} for each £1 of earnings after tax, National Insurance and pension: there is no work allowance without children or a health condition that limits work (UC Regs 2013 reg 22)."),
        lower_earnings_less_tapered: t("Earnings are lower, so less is taken off Universal Credit for them (UC Regs 2013 reg 22)."),
        benefit_cap_lifted: t("The benefit cap no longer applies: {exemption}."),
        benefit_cap_no_longer_reduces: t("The benefit cap no longer reduces Universal Credit."),
        benefit_cap_reduces: t("The benefit cap takes {reduction} a month off Universal Credit (UC Regs 2013 reg 81)."),
        childcare_costs_now_counted: t("Working means UC can pay {rate} of childcare costs (UC Regs 2013 reg 32)."),
        childcare_costs_no_longer_counted: t("UC no longer pays childcare costs: the work condition is not met (UC Regs 2013 reg 32)."),
        owner_service_charges_stop_with_earnings: t("Help with service charges for a home you own stops in any month when you or your partner have any earnings (UC Regs 2013 Sch 5 para 4). When the earnings end, you may have to wait 9 months again."),
        universal_credit_nil_income_too_high: t("Income is high enough that no Universal Credit is left."),
        unearned_income_fell: t("A benefit or pension that Universal Credit takes off in full is lower or has stopped, so less is taken off (UC Regs 2013 reg 66)."),
        unearned_income_rose: t("A benefit or pension that Universal Credit takes off in full is higher, so more is taken off (UC Regs 2013 reg 66)."),
        no_earnings_to_test: t("No earnings from work, so it is paid in full."),
        within_earnings_rule: EarningsRuleText {
            permitted_work_lower_limit: t("Still paid: earnings of {earnings} a week after tax, National Insurance and half of any pension are within the permitted work limit of {limit} a week (ESA Regs 2013 reg 39)."),
            permitted_work_under_hours_limit: t("Still paid: you work under {hours_limit} hours a week and earn {earnings} a week after tax, National Insurance and half of any pension, within the permitted work limit of {limit} a week (ESA Regs 2013 reg 39)."),
            supported_permitted_work: t("Still paid: supported permitted work has no hours limit, and earnings of {earnings} a week are within its limit of {limit} a week (ESA Regs 2013 reg 39)."),
            jsa_remunerative_work: t("Still paid: you work under {hours_limit} hours a week."),
            carers_earnings_limit: t("Still paid: earnings of {earnings} a week after tax, National Insurance, half of any pension and allowed care costs are within the limit of {limit} a week."),
        },
        stops_over_earnings_rule: EarningsRuleText {
            permitted_work_lower_limit: t("Stops: at {hours_limit} hours a week or more, permitted work allows only {limit} a week, and you would earn {earnings} a week after tax, National Insurance and half of any pension (ESA Regs 2013 regs 37 and 39)."),
            permitted_work_under_hours_limit: t("Stops: earnings of {earnings} a week after tax, National Insurance and half of any pension are {over} over the permitted work limit of {limit} a week (ESA Regs 2013 regs 37 and 39)."),
            supported_permitted_work: t("Stops: earnings of {earnings} a week are {over} over the supported permitted work limit of {limit} a week (ESA Regs 2013 regs 37 and 39)."),
            jsa_remunerative_work: t("Stops: New Style JSA ends when you work {hours_limit} hours a week or more."),
            carers_earnings_limit: t("Stops: earnings of {earnings} a week after tax, National Insurance, half of any pension and allowed care costs are {over} over the limit of {limit} a week. Going over by a penny loses the whole week's payment."),
        },
        jsa_earnings_deducted: t("Earnings above {disregard} a week come off it pound for pound."),
        reduced_by_overlapping_benefit: t("Reduced by New Style ESA or JSA paid to the same person: you cannot be paid both in full (Overlapping Benefits Regs 1979 reg 4). Keeping the right to it still matters for the benefit cap."),
        pension_not_affected_by_work: t("A pension does not change when you work. Universal Credit takes it off in full, before tax."),
        ctr_tapered_national: t("Council Tax Reduction goes down by {taper_pence} for each £1 of income over what the scheme allows for your household. Universal Credit and earnings after tax both count as income."),
        ctr_tapered_typical: t("We used a typical council's scheme: Council Tax Reduction goes down by {taper_pence} for each £1 of income over what it allows for your household. Universal Credit and earnings after tax both count as income."),
        ctr_tapered_council: t("Your council's scheme: Council Tax Reduction goes down by {taper_pence} for each £1 of income over what it allows for your household. Universal Credit and earnings after tax both count as income."),
        ctr_banded: t("Your council's scheme gives a share of the bill by weekly earnings after tax: with {earnings} a week, {share}."),
        ctr_estimate_typical_scheme: t("This is an estimate: each council in England sets its own scheme, and yours may pay less. Your council's website has its scheme."),
        ctr_estimate_child_amount: t("This is an estimate: the amount the scheme allows for each child this year was not found, so last year's is used."),
        ctr_estimate_other_adults: t("This is an estimate: councils usually take off an amount for other adults who live with you, which is not worked out here."),
        ctr_estimate_premiums: t("This is an estimate: extra amounts some disabled people get in the scheme are not all worked out here."),
        ctr_estimate_scheme_figures: t("This is an estimate: some of your council's figures could not be checked against its published scheme. Your council's website has it."),
        ctr_estimate_savings: t("This is an estimate: without Universal Credit, the scheme counts some income from savings over the lower limit, which is not worked out here."),
        housing_benefit_with_universal_credit: t("While you get any Universal Credit, Housing Benefit pays all of the rent it can cover, whatever your income."),
        help_kept_under_pay_limit: t("You keep it while you get some Universal Credit and your household's take-home pay (earnings as Universal Credit counts them) is {limit} a month or less. Your take-home pay could go up by {headroom} a month before you lose it."),
        help_lost_over_pay_limit: t("Lost: your household's take-home pay, as Universal Credit counts it, is {take_home} a month, over the limit of {limit}."),
        self_employed_profit_after_tax: t("Profit after income tax and National Insurance, taken as a twelfth of the year's each month (you pay them through Self Assessment, usually twice a year)."),
        minimum_income_floor_applied: t("Universal Credit counts your self-employed earnings as {floor} a month, more than you earn: the minimum income floor, what someone working full time at the minimum wage would take home (UC Regs 2013 reg 62). DWP's own figure for the tax and National Insurance it takes off is not published, so ours is an estimate. It may be lower for the parent of a school-age child, who is expected to work fewer hours. In a couple with a young child, we have taken the partner who is not self-employed to be the main carer."),
        minimum_income_floor_start_up_period: t("In the first 12 months of the business (the start-up period), Universal Credit counts what you really earn: no minimum income floor (UC Regs 2013 reg 63)."),
        minimum_income_floor_not_main_work: t("Universal Credit counts what you really earn: the minimum income floor is only for a business that is your main work (UC Regs 2013 reg 64). DWP may ask you to look for other work."),
        minimum_income_floor_not_applied: t("Universal Credit counts what you really earn: the minimum income floor does not apply to someone with limited capability for work, a carer, or the parent of a young child (UC Regs 2013 reg 62)."),
        full_time_student_no_universal_credit: t("No Universal Credit: a full-time student gets it only in some cases, such as being responsible for a child, or getting PIP, DLA or Adult Disability Payment and having been found to have limited capability for work before the course began (UC Regs 2013 reg 14)."),
        student_income_counted: t("The maintenance loan counts as income: {per_month} a month in the {months} months of the course year it counts in, less {disregard} (UC Regs 2013 regs 68 to 71). In the summer holiday it does not count, so Universal Credit is higher then."),
        student_loan_twelfth: t("A twelfth of the year's maintenance loan: it has to last the year, and is paid back later."),
        help_kept_with_universal_credit: t("You keep it while you get any Universal Credit, whatever you earn."),
        help_stops_with_universal_credit: t("Lost, because no Universal Credit is left: it comes only with Universal Credit."),
        housing_benefit_tapered: t("With no Universal Credit, Housing Benefit goes down by {taper_pence} for each £1 of income over what it allows for your household. It may be more than this: a new earnings rule for supported and temporary housing, from October 2026, is not included."),
    },
    cap_exemptions: CapExemptionText {
        earnings: t("earnings after tax, National Insurance and pension are {earned_income} a month, at least {threshold} (reg 82(1)(a))"),
        lcwra_element: t("the award includes the LCWRA element (reg 83(1)(a))"),
        carer_element: t("the award includes the carer element (reg 83)"),
        disability_benefit: t("someone in the household gets PIP, DLA, ADP or CDP (reg 83(1))"),
        carers_allowance: t("someone in the household is entitled to Carer's Allowance or Carer Support Payment (reg 83(1))"),
        esa_support_component: t("someone in the household gets New Style ESA with the support component (reg 83(1))"),
    },
    assumptions: AssumptionText {
        rules_for_tax_year: t("The rules for tax year {tax_year}, April {first_year} to April {second_year}."),
        steady_pay_usual_month: t("Your pay is the same each week or month. Universal Credit counts the pay you get in each monthly assessment period, so if you are paid weekly, every 2 weeks or every 4 weeks, we show a usual month, and say what changes in the months with one more payday."),
        income_tax_shared_over_the_year: t("Income tax is the year's tax shared equally over the year. It counts a pension you get, and New Style ESA, Carer's Allowance or Carer Support Payment (with the Scottish Carer Supplement), but no other income."),
        other_benefits_not_included: t("We do not include Housing Benefit outside supported or temporary housing, help with NHS costs through the NHS Low Income Scheme, or local help such as council hardship funds."),
        tax_on_benefits_through_pay: t("New Style ESA, Carer's Allowance and Carer Support Payment are taxable. With a job, the tax on them is taken from your pay through your tax code. Without a job, any tax on them is not worked out. New Style JSA is taxable too, but its tax is settled when the claim ends, so it is not worked out here."),
    },
    scenario_names: ScenarioNameText {
        you: t("You"),
        partner: t("Partner"),
        hourly: t("{who}: {hours} a week at {hourly_pay} an hour"),
        salary: t("{who}: {hours} a week, {salary} a year"),
        hours_only: t("{who}: {hours} a week"),
        not_working: t("{who}: not working"),
        self_employed: t("{who}: self-employed {hours} a week, {profit} a month profit"),
        volunteering: t("{who}: volunteering {hours} a week"),
        full_time_study: t("{who}: studying full time"),
        part_time_study: t("{who}: studying part time"),
        separator: t("; "),
        no_paid_work: t("No paid work"),
    },
};

/// The exact labels of the calc command's JSON (`Copy::report`).
pub const REPORT: ReportText = ReportText {
    standard_allowance_single_under_25: t("Standard allowance (single, under 25)"),
    standard_allowance_single_25_or_over: t("Standard allowance (single, 25 or over)"),
    standard_allowance_couple_both_under_25: t("Standard allowance (couple, both under 25)"),
    standard_allowance_couple_one_or_both_25_or_over: t("Standard allowance (couple, one or both 25 or over)"),
    child_element: t("Child element, child {n}"),
    child_element_first_born_before_2017: t("Child element, child {n} (first child, born before 6 April 2017)"),
    disabled_child_addition_lower: t("Disabled child addition, child {n} (lower rate)"),
    disabled_child_addition_higher: t("Disabled child addition, child {n} (higher rate)"),
    lcw_element: t("Health element: LCW (claim from before 3 April 2017)"),
    lcwra_element_protected: t("Health element: LCWRA (protected rate)"),
    lcwra_element_new_claimant: t("Health element: LCWRA (rate for new claims from 6 April 2026)"),
    carer_element: t("Carer element"),
    housing_costs_element: t("Housing costs element (rent and eligible service charges {rent})"),
    housing_costs_element_less_contributions: t("Housing costs element (rent and eligible service charges {rent}, less housing cost contributions {contributions})"),
    housing_costs_element_limited: t("Housing costs element ({counted} of rent and eligible service charges {rent})"),
    housing_costs_element_limited_less_contributions: t("Housing costs element ({counted} of rent and eligible service charges {rent}, less housing cost contributions {contributions})"),
    owner_service_charges: t("Housing costs element for an owner-occupier (service charges {charges})"),
    childcare_costs_element: t("Childcare costs element ({rate} of {costs})"),
    transitional_element: t("Transitional element (managed migration)"),
    childcare_costs_element_capped: t("Childcare costs element ({rate} of {costs}, capped at {cap})"),
    earnings_reduction: t("Earnings reduction: {taper} of earnings {earned_income} above the work allowance {work_allowance}"),
    earnings_reduction_no_work_allowance: t("Earnings reduction: {taper} of earnings {earned_income}"),
    unearned_income: t("Unearned income: {income}"),
    tariff_income: t("Assumed income from savings of {savings} (reg 72)"),
    benefit_cap_reduction: t("Benefit cap: benefits over the limit of {cap} a month"),
};
