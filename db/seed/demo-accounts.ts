import type { Role } from "../../app/domain/roles";
import type { demoOrganisations } from "./demo-organisations";

type OrganisationKey = (typeof demoOrganisations)[number]["key"];

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  organisation: OrganisationKey;
  jobTitle: string;
  phone: string;
}

/** One demo user for each role, plus the partners the end-to-end journeys need. */
export const demoAccounts = [
  {
    email: "dsl@northmoor-primary.example",
    name: "Priya Shah",
    role: "partner",
    organisation: "northmoorPrimary",
    jobTitle: "Designated safeguarding lead",
    phone: "01632 960111",
  },
  {
    email: "dsl@riverside-academy.example",
    name: "Tom Hughes",
    role: "partner",
    organisation: "riversideAcademy",
    jobTitle: "Designated safeguarding lead",
    phone: "01632 960112",
  },
  {
    email: "gp@castle-street-surgery.example",
    name: "Dr Anil Mehta",
    role: "partner",
    organisation: "castleStreet",
    jobTitle: "GP and practice safeguarding lead",
    phone: "01632 960105",
  },
  {
    email: "health.visitor@northmoor-health.example",
    name: "Grace Okafor",
    role: "partner",
    organisation: "healthVisiting",
    jobTitle: "Health visitor",
    phone: "07700 900101",
  },
  {
    email: "screener@northmoor-mash.example",
    name: "Daniel Evans",
    role: "mash_screener",
    organisation: "mash",
    jobTitle: "Social worker, MASH",
    phone: "01632 960201",
  },
  {
    email: "manager@northmoor-mash.example",
    name: "Helen Carter",
    role: "mash_manager",
    organisation: "mash",
    jobTitle: "MASH team manager",
    phone: "01632 960202",
  },
  {
    email: "police.officer@northmoor-police.example",
    name: "DC Mark Jones",
    role: "mash_agency_officer",
    organisation: "police",
    jobTitle: "Detective constable, MASH",
    phone: "01632 960203",
  },
  {
    email: "practitioner@northmoor-early-help.example",
    name: "Aisha Begum",
    role: "early_help_practitioner",
    organisation: "earlyHelp",
    jobTitle: "Early help practitioner",
    phone: "01632 960301",
  },
  {
    email: "manager@northmoor-early-help.example",
    name: "Owen Price",
    role: "early_help_manager",
    organisation: "earlyHelp",
    jobTitle: "Early help coordinator",
    phone: "01632 960302",
  },
  {
    email: "social.worker@northmoor-social-care.example",
    name: "Rachel Morgan",
    role: "social_worker",
    organisation: "socialCare",
    jobTitle: "Social worker",
    phone: "01632 960401",
  },
  {
    email: "manager@northmoor-social-care.example",
    name: "Daniel Osei",
    role: "social_care_manager",
    organisation: "socialCare",
    jobTitle: "Assessment team manager",
    phone: "01632 960404",
  },
  {
    email: "analyst@northmoor.example",
    name: "Grace Okafor",
    role: "analyst",
    organisation: "socialCare",
    jobTitle: "Performance analyst",
    phone: "01632 960403",
  },
  {
    email: "admin@northmoor.example",
    name: "Sam Patel",
    role: "admin",
    organisation: "socialCare",
    jobTitle: "System administrator",
    phone: "01632 960402",
  },
] as const satisfies readonly DemoAccount[];
