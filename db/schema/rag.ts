import { pgEnum } from "drizzle-orm/pg-core";
import { ragRatings } from "../../app/domain/mash/rag";

/** A contact's and a decision's RAG rating: its own module, as contacts and the MASH's tables both need it when they load. */
export const ragRating = pgEnum("rag_rating", ragRatings);
