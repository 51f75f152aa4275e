//! English words for Benefit Bridge.

use super::{
    CheckAnswersText, Choice, ChoiceText, CommonText, Copy, Help, InputText, JobText, LineText,
    PayText, Questions, ResultsText, StartText, UcBreakdownText,
};

const fn choice(value: &'static str, label: &'static str) -> Choice {
    Choice {
        value,
        label,
        hint: "",
    }
}

const fn choice_hint(value: &'static str, label: &'static str, hint: &'static str) -> Choice {
    Choice { value, label, hint }
}

const YES_NO: &[Choice] = &[choice("yes", "Yes"), choice("no", "No")];

const fn age(label: &'static str, missing: &'static str) -> InputText {
    InputText {
        label,
        hint: "",
        prefix: "",
        suffix: "years old",
        missing,
        not_a_number: "Enter the age as a whole number, like 34",
        too_precise: "Enter the age as a whole number, like 34",
        too_small: "This check is for people aged 16 or over",
        too_large: "This check is for people under State Pension age (66 or under)",
    }
}

const fn money(
    label: &'static str,
    hint: &'static str,
    missing: &'static str,
    not_a_number: &'static str,
) -> InputText {
    InputText {
        label,
        hint,
        prefix: "£",
        suffix: "",
        missing,
        not_a_number,
        too_precise: "Enter the amount in pounds and pence, like 650 or 650.50",
        too_small: "Enter an amount of £0 or more",
        too_large: "Enter a smaller amount",
    }
}

const fn hours(label: &'static str, hint: &'static str, least: &'static str) -> InputText {
    InputText {
        label,
        hint,
        prefix: "",
        suffix: "hours a week",
        missing: "Enter the hours a week, like 16 or 16.5",
        not_a_number: "Enter the hours as a number, like 16 or 16.5",
        too_precise: "Enter the hours to the nearest quarter of an hour, like 16.25",
        too_small: least,
        too_large: "Enter 100 hours a week or fewer",
    }
}

const HOURLY_PAY: InputText = money(
    "Pay for each hour, before tax",
    "The National Living Wage is £12.71 an hour if you are 21 or over.",
    "Enter the pay for each hour, like 12.71",
    "Enter the pay as a number, like 12.71",
);

const DAILY_LIVING_CHOICES: &[Choice] = &[
    choice("none", "I do not get the daily living part"),
    choice("standard", "Standard rate (£76.70 a week)"),
    choice("enhanced", "Enhanced rate (£114.60 a week)"),
];

const MOBILITY_CHOICES: &[Choice] = &[
    choice("none", "I do not get the mobility part"),
    choice("standard", "Standard rate (£30.30 a week)"),
    choice("enhanced", "Enhanced rate (£80.00 a week)"),
];

const CARE_CHOICES: &[Choice] = &[
    choice("none", "No care part"),
    choice("lowest", "Lowest rate (£30.30 a week)"),
    choice("middle", "Middle rate (£76.70 a week)"),
    choice("highest", "Highest rate (£114.60 a week)"),
];

const DLA_MOBILITY_CHOICES: &[Choice] = &[
    choice("none", "No mobility part"),
    choice("lower", "Lower rate (£30.30 a week)"),
    choice("higher", "Higher rate (£80.00 a week)"),
];

const HEALTH_CHOICES: &[Choice] = &[
    choice_hint(
        "lcwra",
        "Yes, for limited capability for work and work-related activity (LCWRA)",
        "Your statement shows £429.80 or £217.26 a month for this.",
    ),
    choice_hint(
        "lcw",
        "Yes, for limited capability for work (LCW) only",
        "You were found to have LCW, but your statement shows no money for it.",
    ),
    choice("none", "No"),
    choice_hint(
        "not_sure",
        "I'm not sure",
        "We will work it out without it. You can check and change this later.",
    ),
];

const LCWRA_RATE_CHOICES: &[Choice] = &[
    choice_hint(
        "before_2026",
        "I had it before 6 April 2026 and have had it ever since",
        "Your statement shows £429.80 a month.",
    ),
    choice_hint(
        "severe",
        "I meet the severe conditions criteria",
        "DWP told you that your condition is lifelong and severe, so you will not be reassessed.",
    ),
    choice("terminal", "I am terminally ill"),
    choice_hint(
        "new",
        "None of these: I started getting it on or after 6 April 2026",
        "Your statement shows £217.26 a month.",
    ),
];

const DISABILITY_CHOICES: &[Choice] = &[
    choice("none", "No"),
    choice("pip", "Personal Independence Payment (PIP)"),
    choice_hint(
        "adp",
        "Adult Disability Payment (ADP)",
        "Paid in Scotland instead of PIP.",
    ),
    choice("dla", "Disability Living Allowance (DLA)"),
];

const FREQUENCY_CHOICES: &[Choice] = &[
    choice("weekly", "Every week"),
    choice("fortnightly", "Every 2 weeks"),
    choice("four_weekly", "Every 4 weeks"),
    choice("monthly", "Every month"),
];

const QUESTIONS: Questions = Questions {
    partner: ChoiceText {
        legend: "Do you live with a partner?",
        hint: "A partner is someone you are married to, in a civil partnership with, or live with as a couple.",
        choices: &[choice("no", "No, I live on my own or without a partner"), choice("yes", "Yes, I live with my partner")],
        error: "Select if you live with a partner",
    },
    your_age: age("How old are you?", "Enter your age"),
    partner_age: age("How old is your partner?", "Enter your partner's age"),
    country: ChoiceText {
        legend: "Where do you live?",
        hint: "The rules for tax and some benefits are different in each country.",
        choices: &[
            choice("england", "England"),
            choice("scotland", "Scotland"),
            choice("wales", "Wales"),
            choice("northern_ireland", "Northern Ireland"),
        ],
        error: "Select where you live",
    },
    london: ChoiceText {
        legend: "Do you live in Greater London?",
        hint: "This is because the limit on benefits (the benefit cap) is higher in London.",
        choices: YES_NO,
        error: "Select if you live in Greater London",
    },
    your_health: ChoiceText {
        legend: "Does your Universal Credit include an extra amount because your health limits the work you can do?",
        hint: "Look at your latest Universal Credit statement in your online account.",
        choices: HEALTH_CHOICES,
        error: "Select if your Universal Credit includes an extra amount for your health",
    },
    partner_health: ChoiceText {
        legend: "Does your Universal Credit include an extra amount because your partner's health limits the work they can do?",
        hint: "Look at your latest Universal Credit statement in your online account.",
        choices: HEALTH_CHOICES,
        error: "Select if your Universal Credit includes an extra amount for your partner's health",
    },
    health_help: Help {
        summary: "How to tell which one you get",
        body: &[
            "We ask because this extra amount makes a big difference to what happens when you work.",
            "On your statement, look under 'Your health'. 'Limited capability for work and work-related activity' (LCWRA) comes with extra money each month. 'Limited capability for work' (LCW) on its own usually does not.",
            "Working does not end this extra amount by itself. DWP can review it, so tell them about your work.",
            "If you are waiting for a health assessment, choose 'I'm not sure' for now.",
        ],
    },
    your_lcwra_rate: ChoiceText {
        legend: "Which of these is true for you?",
        hint: "The extra amount for LCWRA is £429.80 a month for some people and £217.26 for others.",
        choices: LCWRA_RATE_CHOICES,
        error: "Select which is true for you",
    },
    partner_lcwra_rate: ChoiceText {
        legend: "Which of these is true for your partner?",
        hint: "The extra amount for LCWRA is £429.80 a month for some people and £217.26 for others.",
        choices: LCWRA_RATE_CHOICES,
        error: "Select which is true for your partner",
    },
    lcwra_rate_help: Help {
        summary: "Why there are two amounts",
        body: &[
            "From 6 April 2026 the extra amount for new claims is £217.26 a month.",
            "People who had it before then, and have had it ever since, keep £429.80. So do people who meet the severe conditions criteria or are terminally ill.",
            "Your statement shows which amount you get.",
        ],
    },
    your_disability: ChoiceText {
        legend: "Do you get a disability benefit?",
        hint: "These benefits do not change when you work. We include them in your total income.",
        choices: DISABILITY_CHOICES,
        error: "Select if you get a disability benefit",
    },
    partner_disability: ChoiceText {
        legend: "Does your partner get a disability benefit?",
        hint: "These benefits do not change when you work. We include them in your total income.",
        choices: DISABILITY_CHOICES,
        error: "Select if your partner gets a disability benefit",
    },
    your_rates_title: "Which parts of {benefit} do you get?",
    partner_rates_title: "Which parts of {benefit} does your partner get?",
    daily_living: ChoiceText {
        legend: "Daily living part",
        hint: "",
        choices: DAILY_LIVING_CHOICES,
        error: "Select the rate of the daily living part",
    },
    pip_mobility: ChoiceText {
        legend: "Mobility part",
        hint: "",
        choices: MOBILITY_CHOICES,
        error: "Select the rate of the mobility part",
    },
    dla_care: ChoiceText { legend: "Care part", hint: "", choices: CARE_CHOICES, error: "Select the rate of the care part" },
    dla_mobility: ChoiceText {
        legend: "Mobility part",
        hint: "",
        choices: DLA_MOBILITY_CHOICES,
        error: "Select the rate of the mobility part",
    },
    you_care: ChoiceText {
        legend: "Do you care for someone for 35 hours a week or more?",
        hint: "The person you care for gets a disability benefit such as PIP, DLA or Attendance Allowance.",
        choices: YES_NO,
        error: "Select if you care for someone for 35 hours a week or more",
    },
    partner_cares: ChoiceText {
        legend: "Does your partner care for someone for 35 hours a week or more?",
        hint: "The person they care for gets a disability benefit such as PIP, DLA or Attendance Allowance.",
        choices: YES_NO,
        error: "Select if your partner cares for someone for 35 hours a week or more",
    },
    children: InputText {
        label: "How many children live with you?",
        hint: "Count children under 16, and young people under 20 in school or college. Enter 0 if none.",
        prefix: "",
        suffix: "",
        missing: "Enter how many children live with you, or 0",
        not_a_number: "Enter the number of children as a whole number, like 2",
        too_precise: "Enter the number of children as a whole number, like 2",
        too_small: "Enter 0 or more",
        too_large: "This check can include up to 10 children",
    },
    child_age: InputText {
        label: "How old is your {n} child?",
        hint: "",
        prefix: "",
        suffix: "years old",
        missing: "Enter the child's age",
        not_a_number: "Enter the age as a whole number, like 7. Enter 0 for a baby.",
        too_precise: "Enter the age as a whole number, like 7",
        too_small: "Enter 0 or more",
        too_large: "Enter an age of 19 or under",
    },
    child_born_before_2017: ChoiceText {
        legend: "Was your {n} child born before 6 April 2017?",
        hint: "Universal Credit pays a little more for an eldest child born before this date.",
        choices: YES_NO,
        error: "Select if the child was born before 6 April 2017",
    },
    child_disability_title: "Does your {n} child get Disability Living Allowance or Child Disability Payment?",
    child_disability_hint: "Choose 'No care part' and 'No mobility part' if they get neither.",
    child_care: ChoiceText { legend: "Care part", hint: "", choices: CARE_CHOICES, error: "Select the rate of the care part" },
    child_mobility: ChoiceText {
        legend: "Mobility part",
        hint: "",
        choices: DLA_MOBILITY_CHOICES,
        error: "Select the rate of the mobility part",
    },
    housing: ChoiceText {
        legend: "Which of these describes your home?",
        hint: "",
        choices: &[
            choice("private", "I rent from a private landlord"),
            choice("social", "I rent from a council or housing association"),
            choice_hint("owner", "I own my home", "Including with a mortgage or shared ownership."),
            choice_hint("none", "I live with family or friends, or I pay no rent", ""),
        ],
        error: "Select where you live",
    },
    rent_title: "How much is your rent?",
    rent: InputText {
        label: "Rent",
        hint: "Include service charges that Universal Credit can pay, such as cleaning shared areas. Do not include bills like heating or water.",
        prefix: "£",
        suffix: "",
        missing: "Enter your rent",
        not_a_number: "Enter your rent as a number, like 650 or 650.50",
        too_precise: "Enter your rent in pounds and pence, like 650 or 650.50",
        too_small: "Enter your rent as £0 or more",
        too_large: "Enter a rent of £20,000 or less",
    },
    rent_frequency: ChoiceText {
        legend: "How often do you pay it?",
        hint: "",
        choices: FREQUENCY_CHOICES,
        error: "Select how often you pay your rent",
    },
    other_adults: InputText {
        label: "How many other adults aged 21 or over live with you?",
        hint: "Do not count your partner, lodgers, or anyone who gets PIP, DLA care, Attendance Allowance, Carer's Allowance or Pension Credit. Enter 0 if none.",
        prefix: "",
        suffix: "",
        missing: "Enter how many other adults live with you, or 0",
        not_a_number: "Enter the number of adults as a whole number, like 1",
        too_precise: "Enter the number of adults as a whole number, like 1",
        too_small: "Enter 0 or more",
        too_large: "This check can include up to 6 other adults",
    },
    savings: money(
        "How much do you have in savings?",
        "Include money in the bank, savings accounts and shares. If you have a partner, add theirs too. Enter 0 if none.",
        "Enter your savings, or 0",
        "Enter your savings as a number, like 1500",
    ),
    savings_help: Help {
        summary: "Why we ask about savings",
        body: &[
            "Savings over £6,000 lower your Universal Credit a little. Savings over £16,000 usually stop it.",
            "Do not count the home you live in or your personal belongings.",
        ],
    },
    childcare_title: "How much would you pay for childcare while you work?",
    childcare_hint: "Universal Credit can pay 85% of registered childcare costs while you work.",
    childcare: money(
        "Childcare costs each month",
        "Enter 0 if you would not pay for childcare.",
        "Enter your childcare costs, or 0",
        "Enter your childcare costs as a number, like 400",
    ),
    childcare_children: InputText {
        label: "How many children would go to childcare?",
        hint: "Enter 0 if none.",
        prefix: "",
        suffix: "",
        missing: "Enter how many children would go to childcare, or 0",
        not_a_number: "Enter the number of children as a whole number, like 1",
        too_precise: "Enter the number of children as a whole number, like 1",
        too_small: "Enter 0 or more",
        too_large: "Enter no more than the number of children who live with you",
    },
    you_work_now: ChoiceText {
        legend: "Do you do any paid work now?",
        hint: "",
        choices: YES_NO,
        error: "Select if you do any paid work now",
    },
    partner_works_now: ChoiceText {
        legend: "Does your partner do any paid work now?",
        hint: "",
        choices: YES_NO,
        error: "Select if your partner does any paid work now",
    },
    your_job_now: JobText {
        title: "About the work you do now",
        hint: "",
        hours: hours("Hours you usually work", "", "Enter 1 hour or more"),
        hourly_pay: HOURLY_PAY,
    },
    partner_job_now: JobText {
        title: "About the work your partner does now",
        hint: "",
        hours: hours("Hours they usually work", "", "Enter 1 hour or more"),
        hourly_pay: HOURLY_PAY,
    },
    paid: ChoiceText {
        legend: "How often is the pay?",
        hint: "",
        choices: FREQUENCY_CHOICES,
        error: "Select how often the pay comes",
    },
    new_work: JobText {
        title: "What work are you thinking about?",
        hint: "You can try other hours and pay on the results page.",
        hours: hours("Hours a week", "For example 8, 16 or 30.", "Enter 0 or more"),
        hourly_pay: HOURLY_PAY,
    },
    new_work_help: Help {
        summary: "If you are not sure",
        body: &[
            "Try 16 hours a week at £12.71 an hour, the National Living Wage. You can change it on the results page.",
            "If you already work, enter the hours and pay you would have after the change.",
        ],
    },
};

const LINE_UNCHANGED: &str = "This does not change when you work.";

pub const EN: Copy = Copy {
    language: "en-GB",
    common: CommonText {
        service_name: "Benefit Bridge",
        skip_link: "Skip to main content",
        back: "Back",
        continue_button: "Continue",
        progress: "Question {n} of {total}",
        error_summary_title: "There is a problem",
        error_title_prefix: "Error: ",
        error_prefix_hidden: "Error:",
        estimate_note: "This is an estimate for April 2026 to April 2027. It is not a decision by DWP or HMRC.",
        footer: "Benefit Bridge works out everything on your device. Nothing you type is sent anywhere or saved.",
    },
    start: StartText {
        title: "Would you be better off in work?",
        lead: "Find out what would happen to your money if you started work, or worked more hours.",
        paragraphs: &[
            "This check works out your Universal Credit, tax and National Insurance now and with the work you are thinking about.",
            "It takes about 5 minutes. You can go back and change any answer.",
        ],
        you_need_heading: "It helps to have",
        you_need: &[
            "your latest Universal Credit statement",
            "your rent",
            "the hours and pay of the work you are thinking about",
        ],
        privacy_heading: "Your answers stay on this device",
        privacy: "Nothing you type leaves this device. There are no cookies and nothing is saved. If you close the page, your answers are gone.",
        start: "Start now",
    },
    questions: QUESTIONS,
    check_answers: CheckAnswersText {
        title: "Check your answers",
        change: "Change",
        submit: "See your results",
        intro: "You can change any answer before you see your results.",
    },
    results: ResultsText {
        title: "Your results",
        better_off: "You would be about {week} a week ({month} a month) better off working {hours} hours a week.",
        worse_off: "You would be about {week} a week ({month} a month) worse off working {hours} hours a week.",
        about_the_same: "You would have about the same money working {hours} hours a week.",
        no_work_yet: "With no hours of work, your money stays the same.",
        summary_heading: "Your money now and with work",
        column_item: "Money coming in",
        column_now: "Now",
        column_with_work: "With {hours} hours",
        column_change: "Change",
        per_week: "a week",
        per_month: "a month",
        total: "Total",
        lines_heading: "What changes and why",
        why: "Why?",
        rule: "The rule",
        stays_the_same_heading: "What stays the same",
        try_heading: "Try different hours or pay",
        try_hint: "The answer changes as you type.",
        try_hours: hours("Hours a week", "", "Enter 0 or more"),
        try_pay: HOURLY_PAY,
        try_update: "Update",
        no_uc_capital: "You would not get Universal Credit because your savings are over £16,000.",
        uc_nil: "Your earnings would be high enough that no Universal Credit is left.",
        benefit_cap_applies: "The benefit cap lowers your Universal Credit now. Earning at least £881 a month after tax and National Insurance lifts the cap.",
        not_sure_health: "You were not sure if your Universal Credit includes an extra amount for health. We worked it out without it.",
        assumptions_heading: "What this estimate assumes",
        assumptions: &[
            "Your pay is the same each week or month.",
            "Rules for April 2026 to April 2027.",
            "We do not yet include New Style ESA, Carer's Allowance, Council Tax Reduction or limits on rent for your area.",
        ],
        next_heading: "What to do next",
        next: &[
            "Talk to a work coach, an employment specialist or a welfare rights adviser before you decide.",
            "If you start work, tell DWP about your hours and pay. Universal Credit is then worked out from your real pay each month.",
        ],
        change_answers: "Change your answers",
        start_again: "Start again",
        take_home_pay: LineText {
            name: "Your take-home pay",
            why_changes: "Your pay after income tax, National Insurance and any workplace pension.",
            why_same: "Your pay stays the same.",
        },
        partner_take_home_pay: LineText {
            name: "Your partner's take-home pay",
            why_changes: "Their pay after income tax, National Insurance and any workplace pension.",
            why_same: "Your partner's pay stays the same.",
        },
        universal_credit: LineText {
            name: "Universal Credit",
            why_changes: "Universal Credit goes down by 55p for each £1 you earn after tax, National Insurance and pension. If you have a work allowance, the first part of your earnings does not count.",
            why_same: "Your Universal Credit stays the same.",
        },
        pip: LineText { name: "Personal Independence Payment (PIP)", why_changes: LINE_UNCHANGED, why_same: "Your PIP does not change when you work." },
        adp: LineText { name: "Adult Disability Payment", why_changes: LINE_UNCHANGED, why_same: "Adult Disability Payment does not change when you work." },
        dla: LineText { name: "Disability Living Allowance", why_changes: LINE_UNCHANGED, why_same: "Disability Living Allowance does not change when you work." },
        cdp: LineText { name: "Child Disability Payment", why_changes: LINE_UNCHANGED, why_same: "Child Disability Payment does not change when you work." },
        child_benefit: LineText { name: "Child Benefit", why_changes: LINE_UNCHANGED, why_same: "Child Benefit does not change when you work." },
        uc_breakdown: UcBreakdownText {
            heading: "How your Universal Credit is worked out",
            intro: "Amounts are for a month. Universal Credit adds up the amounts you can get, then takes off some of your income.",
            standard_allowance: "Standard allowance",
            child_element: "Amount for children",
            disabled_child_addition: "Extra for a disabled child",
            lcw_element: "Extra for limited capability for work (LCW)",
            lcwra_element: "Extra for your health (LCWRA)",
            carer_element: "Extra for caring",
            housing_costs_element: "Help with rent",
            childcare_costs_element: "Help with childcare (85% of costs)",
            maximum_amount: "Total before income is taken off",
            earnings: "Earnings after tax, National Insurance and pension",
            work_allowance: "Work allowance: earnings that do not count",
            earnings_reduction: "Taken off for earnings (55p for each £1 over the work allowance)",
            tariff_income: "Taken off for savings over £6,000",
            benefit_cap_reduction: "Taken off by the benefit cap",
            award: "Universal Credit",
        },
        pay: PayText {
            heading: "Your pay for {hours} hours a week",
            partner_heading: "Your partner's pay",
            column: "Your pay",
            gross: "Pay before anything is taken off",
            gross_why: "Hours a week times pay for each hour, as a monthly amount.",
            income_tax: "Income tax",
            income_tax_why: "No income tax on the first £12,570 of pay a year. Above that, most people pay 20% (rates differ a little in Scotland).",
            national_insurance: "National Insurance",
            national_insurance_why: "No National Insurance on the first £242 a week (£1,048 a month). Above that, 8%.",
            pension: "Workplace pension",
            pension_why: "If you earn over £10,000 a year and are 22 or over, your employer puts you in a pension. You pay 5% of pay over £6,240 a year, with some of it from tax relief. You can choose to leave.",
            take_home: "Take-home pay",
        },
    },
    ordinals: &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
};
