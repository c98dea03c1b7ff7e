import { hash, verify } from "@node-rs/argon2";

// OWASP's minimum for argon2id: 19 MiB of memory, two passes, one lane.
const argon2idOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2idOptions);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
