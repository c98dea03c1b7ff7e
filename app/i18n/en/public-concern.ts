/**
 * /report-a-concern: a member of the public telling the MASH they are
 * worried about a child. Plain English, no threshold language.
 */
export const publicConcern = {
  "publicConcern.title": "Tell us you are worried about a child",
  "publicConcern.intro":
    "Use this form to tell {council}’s children’s services that you are worried about a child or young person. You do not need an account.",
  "publicConcern.danger.heading": "If a child is in danger now",
  "publicConcern.danger.call999": "Call 999 if a child is in immediate danger. Do not use this form.",
  "publicConcern.danger.callMash":
    "If you are worried that a child is being harmed, you can also phone us on {phone} (Monday to Friday, 9am to 5pm) or {outOfHours} at other times.",
  "publicConcern.what.heading": "What happens next",
  "publicConcern.what.body":
    "A social worker will read what you tell us, usually within one working day. They may contact you if you give your details. You will not be told what happens to the child or family, to protect their privacy.",

  "publicConcern.child.heading": "The child",
  "publicConcern.child.hint": "Tell us as much as you know. It is fine to leave out anything you do not know.",
  "publicConcern.child.firstName.label": "Their first name",
  "publicConcern.child.firstName.tooLong": "Their first name must be 100 characters or fewer",
  "publicConcern.child.lastName.label": "Their last name",
  "publicConcern.child.lastName.tooLong": "Their last name must be 100 characters or fewer",
  "publicConcern.child.name.required":
    "Enter the child’s first or last name, or describe them in what you are worried about",
  "publicConcern.child.age.label": "How old they are",
  "publicConcern.child.age.hint": "For example, ‘about 6’ or ‘born March 2019’",
  "publicConcern.child.age.tooLong": "How old they are must be 50 characters or fewer",
  "publicConcern.child.whereTheyLive.label": "Where they live or where you see them",
  "publicConcern.child.whereTheyLive.hint": "An address, a street, or a description",
  "publicConcern.child.whereTheyLive.tooLong": "Where they live must be 500 characters or fewer",
  "publicConcern.child.postcode.label": "Postcode, if you know it",
  "publicConcern.child.postcode.invalid": "Enter a real postcode, like NM1 4TB, or leave it empty",
  "publicConcern.child.school.label": "Their school or nursery, if you know it",
  "publicConcern.child.school.tooLong": "The school or nursery must be 150 characters or fewer",

  "publicConcern.worry.label": "What are you worried about?",
  "publicConcern.worry.hint":
    "Tell us what you have seen or heard, when it happened, and who was there. If the child told you something, write down what they said.",
  "publicConcern.worry.required": "Enter what you are worried about",
  "publicConcern.worry.tooShort": "Tell us a little more about what you are worried about: at least 20 characters",
  "publicConcern.worry.tooLong": "What you are worried about must be 5,000 characters or fewer",

  "publicConcern.reporter.legend": "Do you want to tell us who you are?",
  "publicConcern.reporter.hint":
    "It helps us if we can contact you, but you can stay anonymous. We will not tell the family who you are.",
  "publicConcern.reporter.named": "Yes, you can contact me",
  "publicConcern.reporter.anonymous": "No, I want to stay anonymous",
  "publicConcern.reporter.required": "Select whether you want to tell us who you are",
  "publicConcern.reporter.name.label": "Your name",
  "publicConcern.reporter.name.required": "Enter your name",
  "publicConcern.reporter.name.tooLong": "Your name must be 100 characters or fewer",
  "publicConcern.reporter.relationship.legend": "How do you know the child?",
  "publicConcern.reporter.relationship.family": "I am a family member, relative or carer",
  "publicConcern.reporter.relationship.acquaintance": "I know them or their family, for example as a neighbour",
  "publicConcern.reporter.relationship.self": "I am the child or young person",
  "publicConcern.reporter.relationship.other": "Another way",
  "publicConcern.reporter.relationship.required": "Select how you know the child",
  "publicConcern.reporter.phone.label": "Phone number",
  "publicConcern.reporter.phone.invalid": "Enter a phone number, like 07700 900 982",
  "publicConcern.reporter.email.label": "Email address",
  "publicConcern.reporter.email.invalid": "Enter an email address in the correct format, like name@example.com",
  "publicConcern.reporter.contact.required": "Enter a phone number or email address so that we can contact you",

  "publicConcern.honeypot.label": "Leave this empty",
  "publicConcern.submit": "Send to children’s services",
  "publicConcern.error.tooMany":
    "You have sent several concerns in a short time. Wait an hour and try again, or phone us on the number above",

  "publicConcern.sent.title": "We have your concern",
  "publicConcern.sent.reference": "Your reference number",
  "publicConcern.sent.keep": "Keep this number. If you phone us about this, tell us the reference number.",
  "publicConcern.sent.body":
    "A social worker will read what you told us. If you gave your details, they may contact you. If you are worried a child is in danger now, call 999.",
} as const satisfies Record<string, string>;
