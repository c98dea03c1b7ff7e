export * from "./organisations";
export * from "./users";
export * from "./audit";
export * from "./thresholds";
export * from "./contacts";
export * from "./auth";
export * from "./mail";
export * from "./mash";
