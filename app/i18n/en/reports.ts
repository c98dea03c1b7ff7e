/** The front door dashboard, a partner's own figures, and the statutory returns. */
export const reports = {
  "nav.reports": "Reports",
  "reports.window.from": "From",
  "reports.window.to": "To",
  "reports.window.hint": "For example, 5 1 2025",
  "reports.window.error.fromInvalid": "Enter a real date for the start of the period",
  "reports.window.error.toInvalid": "Enter a real date for the end of the period",
  "reports.window.error.order": "The end of the period must be the same as or after the start",
  "reports.window.error.tooLong": "Choose a period of 2 years or less",

  "reports.returns.title": "Statutory returns",
  "reports.returns.lead":
    "Download Ofsted’s Annex A lists for an inspection, and the Children in Need census items for the referrals the front door made. Each download is recorded in the audit trail with your name, the list and the period.",
  "reports.returns.period": "Period",
  "reports.returns.periodHint":
    "Ofsted asks for the 6 months before the inspection. Contacts and referrals count by the date they were received.",
  "reports.returns.apply": "Change period",
  "reports.returns.showing": "Showing {from} to {to}",
  "reports.returns.annexA.heading": "Ofsted ILACS Annex A",
  "reports.returns.annexA.body":
    "Lists 1 (contacts), 2 (early help) and 3 (referrals), with the template’s column headers and codes: one row per child per contact, per assessment and per referral.",
  "reports.returns.annexA.workbook": "Download Annex A lists 1 to 3 (Excel workbook)",
  "reports.returns.annexA.list-1": "Download List 1, contacts (CSV)",
  "reports.returns.annexA.list-2": "Download List 2, early help (CSV)",
  "reports.returns.annexA.list-3": "Download List 3, referrals (CSV)",
  "reports.returns.census.heading": "Children in Need census: referrals",
  "reports.returns.census.body":
    "The census’s referral items, with its field names and codes, for each referral the front door made: for the case system or an analyst to merge into the return.",
  "reports.returns.census.download": "Download the census referral extract (CSV)",
} as const satisfies Record<string, string>;
