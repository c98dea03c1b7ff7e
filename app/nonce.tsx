import { createContext, useContext } from "react";

/** The per-request Content Security Policy nonce, rendered on every script the page runs. */
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
