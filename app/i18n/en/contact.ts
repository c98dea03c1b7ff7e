/**
 * Messages for making a contact: the pages' error messages (GOV.UK style:
 * "Enter…", "Select…", "… must be a real date"), the guidance the schemas'
 * limits depend on, and the task list. Keys name the page and field.
 */
export const contact = {
  "contact.taskList.section.immediate-danger": "Immediate danger",
  "contact.taskList.section.your-details": "Your details",
  "contact.taskList.section.children": "Children",
  "contact.taskList.section.adults": "Household and significant adults",
  "contact.taskList.section.concern": "The concern",
  "contact.taskList.section.level": "Level of need",
  "contact.taskList.section.consent": "Consent and family awareness",
  "contact.taskList.section.check-and-submit": "Check and submit",
  "contact.taskList.status.cannot-start-yet": "Cannot start yet",
  "contact.taskList.status.not-started": "Not started",
  "contact.taskList.status.in-progress": "In progress",
  "contact.taskList.status.completed": "Completed",

  "contact.immediateDanger.required": "Select yes if a child is in immediate danger",
  "contact.immediateDanger.warning":
    "If a child is in immediate danger, phone the police on 999 and then the MASH. Do not rely on this form: it is not read straight away.",

  "contact.emergencyCalls.phonedPolice.required": "Confirm that you have phoned the police on 999",
  "contact.emergencyCalls.phonedMash.required": "Confirm that you have phoned the MASH",
  "contact.emergencyCalls.calledAt.required": "Enter the time you phoned",
  "contact.emergencyCalls.calledAt.invalid": "Enter the time you phoned in the format 9:30am or 14:30",

  "contact.referrer.name.required": "Enter your full name",
  "contact.referrer.name.tooLong": "Your full name must be 100 characters or less",
  "contact.referrer.role.required": "Enter your job title or role",
  "contact.referrer.role.tooLong": "Your job title or role must be 100 characters or less",
  "contact.referrer.organisation.required": "Enter the name of your organisation",
  "contact.referrer.organisation.tooLong": "The name of your organisation must be 150 characters or less",
  "contact.referrer.phone.required": "Enter a telephone number",
  "contact.referrer.phone.invalid": "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
  "contact.referrer.email.required": "Enter an email address",
  "contact.referrer.email.invalid": "Enter an email address in the correct format, like name@example.com",

  "contact.address.line1.required": "Enter address line 1, typically the building and street",
  "contact.address.line1.tooLong": "Address line 1 must be 100 characters or less",
  "contact.address.line2.tooLong": "Address line 2 must be 100 characters or less",
  "contact.address.town.required": "Enter town or city",
  "contact.address.town.tooLong": "Town or city must be 60 characters or less",
  "contact.address.postcode.required": "Enter postcode",
  "contact.address.postcode.invalid": "Enter a full UK postcode, like NM1 4TB",

  "contact.child.isUnborn.required": "Select yes if this is an unborn baby",
  "contact.child.firstName.required": "Enter the child’s first name",
  "contact.child.firstName.tooLong": "The child’s first name must be 100 characters or less",
  "contact.child.lastName.required": "Enter the child’s last name",
  "contact.child.lastName.tooLong": "The child’s last name must be 100 characters or less",
  "contact.child.otherNames.tooLong": "Other names must be 200 characters or less",
  "contact.child.dateOfBirth.required": "Enter the child’s date of birth",
  "contact.child.dateOfBirth.missingDay": "Date of birth must include a day",
  "contact.child.dateOfBirth.missingMonth": "Date of birth must include a month",
  "contact.child.dateOfBirth.missingYear": "Date of birth must include a year",
  "contact.child.dateOfBirth.missingDayAndMonth": "Date of birth must include a day and month",
  "contact.child.dateOfBirth.missingDayAndYear": "Date of birth must include a day and year",
  "contact.child.dateOfBirth.missingMonthAndYear": "Date of birth must include a month and year",
  "contact.child.dateOfBirth.yearFourDigits": "Year must include 4 numbers",
  "contact.child.dateOfBirth.invalid": "Date of birth must be a real date",
  "contact.child.dateOfBirth.tooLate": "Date of birth must be today or in the past",
  "contact.child.dateOfBirth.tooEarly":
    "Date of birth must be less than 18 years ago. For a young person aged 18 or over, contact adult social care",
  "contact.child.dueDate.required": "Enter the baby’s expected due date",
  "contact.child.dueDate.missingDay": "Expected due date must include a day",
  "contact.child.dueDate.missingMonth": "Expected due date must include a month",
  "contact.child.dueDate.missingYear": "Expected due date must include a year",
  "contact.child.dueDate.missingDayAndMonth": "Expected due date must include a day and month",
  "contact.child.dueDate.missingDayAndYear": "Expected due date must include a day and year",
  "contact.child.dueDate.missingMonthAndYear": "Expected due date must include a month and year",
  "contact.child.dueDate.yearFourDigits": "Year must include 4 numbers",
  "contact.child.dueDate.invalid": "Expected due date must be a real date",
  "contact.child.dueDate.tooEarly":
    "Expected due date must be no more than 2 weeks ago. If the baby has been born, select no and enter their date of birth",
  "contact.child.dueDate.tooLate": "Expected due date must be within the next 42 weeks",
  "contact.child.sex.required": "Select the child’s sex, or select not known",
  "contact.child.genderIdentity.tooLong": "How the child describes their gender must be 100 characters or less",
  "contact.child.nhsNumber.length": "NHS number must be 10 digits",
  "contact.child.nhsNumber.invalid": "Enter a valid NHS number. Check you have copied it correctly",
  "contact.child.nhsNumber.placeholder":
    "Enter the child’s own NHS number, not a made-up one such as 000 000 0000. If you do not know it, leave this blank",
  "contact.child.nhsNumber.notIssued":
    "This is not an NHS number issued in England or Wales (they start with 4, 6 or 7). Check it, or leave this blank",
  "contact.child.nhsNumber.testNumber":
    "NHS numbers starting 999 are for testing only. Enter the child’s real NHS number, or leave this blank",
  "contact.child.schoolOrSetting.tooLong": "School or setting must be 150 characters or less",
  "contact.child.ethnicity.invalid": "Select the child’s ethnic group from the list",
  "contact.child.disability.required": "Select yes if the child has a disability",
  "contact.child.disabilityDetails.tooLong": "Details of the disability must be 500 characters or less",
  "contact.child.firstLanguage.required": "Enter the child’s first language",
  "contact.child.firstLanguage.tooLong": "First language must be 60 characters or less",
  "contact.child.interpreterNeeded.required": "Select yes if the child or family need an interpreter",

  "contact.children.addAnother.required": "Select yes if you need to add another child",
  "contact.children.remove.required": "Select yes if you want to remove this child",

  "contact.adult.firstName.required": "Enter the adult’s first name",
  "contact.adult.firstName.tooLong": "The adult’s first name must be 100 characters or less",
  "contact.adult.lastName.tooLong": "The adult’s last name must be 100 characters or less",
  "contact.adult.relationship.required": "Enter how the adult is related to the child or children",
  "contact.adult.relationship.tooLong": "Relationship to the child must be 200 characters or less",
  "contact.adult.parentalResponsibility.required":
    "Select whether the adult has parental responsibility, or select not known",
  "contact.adult.dateOfBirth.missingDay": "Date of birth must include a day",
  "contact.adult.dateOfBirth.missingMonth": "Date of birth must include a month",
  "contact.adult.dateOfBirth.missingYear": "Date of birth must include a year",
  "contact.adult.dateOfBirth.missingDayAndMonth": "Date of birth must include a day and month",
  "contact.adult.dateOfBirth.missingDayAndYear": "Date of birth must include a day and year",
  "contact.adult.dateOfBirth.missingMonthAndYear": "Date of birth must include a month and year",
  "contact.adult.dateOfBirth.yearFourDigits": "Year must include 4 numbers",
  "contact.adult.dateOfBirth.invalid": "Date of birth must be a real date",
  "contact.adult.dateOfBirth.tooLate": "Date of birth must be in the past",
  "contact.adult.livesWithChild.required": "Select yes if the adult lives with the child",
  "contact.adult.knownRisk.required": "Select whether the adult poses a known risk to children, or select not known",
  "contact.adult.riskDetails.required": "Describe the risk the adult poses",
  "contact.adult.riskDetails.tooLong": "Description of the risk must be 2,000 characters or less",

  "contact.adults.addAnother.required": "Select yes if you need to add an adult",
  "contact.adults.remove.required": "Select yes if you want to remove this adult",

  "contact.descriptors.required": "Select at least one need that applies to the child",
  "contact.descriptors.unknown":
    "The threshold guidance has been updated and one of the needs you selected is no longer in it. Select the needs that apply again",

  "contact.concern.worry.hint":
    "Say what has happened or what you have seen, to whom, when, and how it affects the child. Write at least 50 characters.",
  "contact.concern.worry.required": "Enter what you are worried about",
  "contact.concern.worry.tooShort":
    "What you are worried about must be at least 50 characters. Say what has happened and how it affects the child",
  "contact.concern.worry.tooLong": "What you are worried about must be 5,000 characters or less",
  "contact.concern.workingWell.required": "Enter what is working well, or say if you do not know of anything",
  "contact.concern.workingWell.tooLong": "What is working well must be 5,000 characters or less",
  "contact.concern.needsToHappen.required": "Enter what you think needs to happen",
  "contact.concern.needsToHappen.tooLong": "What needs to happen must be 5,000 characters or less",

  "contact.level.agreesWithSuggestion.required": "Select yes if you agree with the suggested level of need",
  "contact.level.chosenLevel.required": "Select the level of need you think is right",
  "contact.level.chosenLevel.sameAsSuggested":
    "Select a level different from the suggested one, or select yes to agree with it",
  "contact.level.reason.required": "Enter why you think this is the right level of need",
  "contact.level.reason.tooLong": "Why you think this is the right level must be 2,000 characters or less",
  "contact.level.suggestionChanged":
    "The suggested level of need has changed because the needs you selected have changed. Check the suggested level and answer again",

  "contact.consent.familyAware.required": "Select yes if the family know you are making this contact",
  "contact.consent.familyUnawareReason.required": "Enter why the family do not know about this contact",
  "contact.consent.familyUnawareReason.tooLong": "Why the family do not know must be 2,000 characters or less",
  "contact.consent.familyConsented.required": "Select yes if the family have agreed to this contact",
  "contact.consent.noConsentReason.hint":
    "You do not need the family’s consent if asking for it would put a child at risk of significant harm. If that is the reason, say so.",
  "contact.consent.noConsentReason.required": "Enter why the family have not agreed to this contact",
  "contact.consent.noConsentReason.tooLong": "Why the family have not agreed must be 2,000 characters or less",
  "contact.consent.familyObjections.required": "Enter what the family object to",
  "contact.consent.familyObjections.tooLong": "What the family object to must be 2,000 characters or less",
  "contact.consent.significantHarm.required":
    "Select yes if you think the child is suffering, or likely to suffer, significant harm",
} as const satisfies Record<string, string>;
