/** The accessibility statement and privacy notice every GOV.UK-style service publishes, linked from the footer. */
export const about = {
  "accessibility.title": "Accessibility statement for Front Door",
  "accessibility.intro":
    "{council} runs Front Door, the service for telling children’s services you are worried about a child. We want as many people as possible to be able to use it. For example, you should be able to:",
  "accessibility.can.zoom": "change colours, contrast levels and fonts using browser or device settings",
  "accessibility.can.zoomIn": "zoom in up to 400% without the text spilling off the screen",
  "accessibility.can.keyboard": "get around the whole service using just a keyboard",
  "accessibility.can.speech": "use it with speech recognition software and a screen reader",
  "accessibility.can.noScript": "use every page with JavaScript turned off",
  "accessibility.standard.heading": "How accessible this service is",
  "accessibility.standard.body":
    "This service is built with the GOV.UK Design System and is tested against the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard: every page is checked with automated accessibility tests each time the service changes, and every form works without JavaScript.",
  "accessibility.charts.heading": "Charts in reports",
  "accessibility.charts.body":
    "Each chart in the reports has its figures in a table beneath it and as a download, so no figure is only in a picture.",
  "accessibility.problems.heading": "Reporting accessibility problems",
  "accessibility.problems.body":
    "If you find a problem that is not listed on this page, or you need information in a different format, contact {council} on {phone}. If you are worried about a child, do not wait: call {phone}, or 999 if a child is in immediate danger.",
  "accessibility.enforcement.heading": "Enforcement procedure",
  "accessibility.enforcement.body":
    "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).",
  "privacy.title": "Privacy notice for Front Door",
  "privacy.intro":
    "{council} is the data controller for the information you give in Front Door. This notice says what we collect, why, who sees it and how long we keep it.",
  "privacy.what.heading": "What we collect",
  "privacy.what.body":
    "The details of the children and adults you tell us about, what you are worried about, and your own name and contact details (unless you tell us about a concern anonymously). For people with an account, we also keep their sign-in details and a record of what they looked at and changed.",
  "privacy.why.heading": "Why we collect it, and our lawful basis",
  "privacy.why.body":
    "We use this information to keep children safe, as the Children Act 1989 and 2004 (and in Wales the Social Services and Well-being (Wales) Act 2014) require. Our lawful basis is public task (UK GDPR Article 6(1)(e)); for information about health, ethnicity or other special categories, it is substantial public interest for safeguarding children (Article 9(2)(g) and the Data Protection Act 2018, Schedule 1, paragraph 18).",
  "privacy.who.heading": "Who sees it",
  "privacy.who.body":
    "The council’s Multi-Agency Safeguarding Hub (MASH), and the social care and early help teams who work with the family. The MASH may share what is needed with the police, health services and schools to decide how to help a child, as the law allows without consent when a child may be at risk of harm. Everything anyone reads or changes is recorded.",
  "privacy.keep.heading": "How long we keep it",
  "privacy.keep.body":
    "Records about children are kept in line with the council’s records retention schedule for children’s social care. Sign-in sessions end after a period without use.",
  "privacy.rights.heading": "Your rights",
  "privacy.rights.body":
    "You can ask to see the information we hold about you, and ask us to correct it. Some rights are limited where using the information is needed to protect a child. To ask, or to complain, contact {council}. You can also complain to the Information Commissioner’s Office (ICO).",
} as const;
