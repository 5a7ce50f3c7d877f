import "server-only";
import { db } from "@/lib/db";

/**
 * Operator use case: whether an email already has an account, so the admin CLI asks for a
 * password only when one will be used.
 */
export async function accountExistsAsOperator(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email } })) > 0;
}
