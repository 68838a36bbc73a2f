import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's (OWASP) defaults
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps a sign-in for an unknown email as slow as for a known one.
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$eCyFTvP1i8QAWqyulsq0bQ$AMgXy6DBNFoOamN3Q7Qmqd12wMyVfATCVA5NySdinx0";
