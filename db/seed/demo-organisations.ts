import type { OrganisationType } from "../../app/domain/organisations";

/** A small, fictional council's partnership. Every name, address and number is invented. */
export const demoOrganisations = [
  { key: "northmoorPrimary", name: "Northmoor Primary School", type: "school", phone: "01632 960101" },
  { key: "riversideAcademy", name: "Riverside Academy", type: "school", phone: "01632 960102" },
  { key: "littleAcorns", name: "Little Acorns Nursery", type: "early_years", phone: "01632 960103" },
  { key: "healthVisiting", name: "Northmoor Health Visiting Team", type: "health_visiting", phone: "01632 960104" },
  { key: "castleStreet", name: "Castle Street Surgery", type: "gp", phone: "01632 960105" },
  {
    key: "emergencyDepartment",
    name: "Northmoor General Hospital Emergency Department",
    type: "emergency_department",
    phone: "01632 960106",
  },
  { key: "police", name: "Northmoor Police Public Protection Unit", type: "police", phone: "01632 960107" },
  { key: "mash", name: "Northmoor MASH", type: "mash", phone: "01632 960200", email: "mash@northmoor.example" },
  { key: "earlyHelp", name: "Northmoor Early Help Team", type: "early_help", phone: "01632 960300" },
  { key: "socialCare", name: "Northmoor Children’s Social Care", type: "social_care", phone: "01632 960400" },
] as const satisfies readonly {
  key: string;
  name: string;
  type: OrganisationType;
  phone: string;
  email?: string;
}[];
